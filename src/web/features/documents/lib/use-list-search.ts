import { getRouteApi } from '@tanstack/react-router';
import type { DocumentListSearch } from './list-search';

const route = getRouteApi('/_authed/styrdokument');

/** The register's state lives in the address: reading it and changing it go through here. */
export function useDocumentListSearch() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  /** A new filter starts again at page 1; paging keeps the rest. */
  const update = (patch: Partial<DocumentListSearch>) =>
    navigate({
      search: (previous: DocumentListSearch) => ({ ...previous, ...patch, page: 'page' in patch ? patch.page : undefined }),
    });
  return { search, update };
}
