import { getRouteApi } from '@tanstack/react-router';
import type { ListSearch } from './list-search';

const route = getRouteApi('/_authed/system');

/** The list's state lives in the address: reading it and changing it go through here. */
export function useListSearch() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  /** A new filter or sort starts again at page 1; paging keeps the rest. */
  const update = (patch: Partial<ListSearch>) =>
    navigate({
      search: (previous: ListSearch) => ({ ...previous, ...patch, page: 'page' in patch ? patch.page : undefined }),
    });
  return { search, update };
}
