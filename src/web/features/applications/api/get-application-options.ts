import { useQuery } from '@tanstack/react-query';
import type { ApplicationList } from '../../../../shared/applications';
import { apiRequest, apiUrl } from '../../../app/api-client';
import { applicationKeys } from './query-keys';

export interface ApplicationOption {
  id: string;
  name: string;
}

const PAGE_SIZE = 200;
const MAX_PAGES = 25;

/**
 * Every system's id and name, for choosing integration targets. The API has no names-only
 * call, so this walks the list 200 at a time.
 */
async function fetchAllOptions(signal: AbortSignal): Promise<ApplicationOption[]> {
  const options: ApplicationOption[] = [];
  for (let page = 1; page <= MAX_PAGES; page += 1) {
    const url = apiUrl('/applications', { sort: 'name', order: 'asc', page, pageSize: PAGE_SIZE });
    const list = await apiRequest<ApplicationList>(url, { signal });
    options.push(...list.items.map(({ id, name }) => ({ id, name })));
    if (options.length >= list.total || list.items.length < PAGE_SIZE) break;
  }
  return options;
}

export function useApplicationOptions() {
  return useQuery({
    queryKey: applicationKeys.options(),
    queryFn: ({ signal }) => fetchAllOptions(signal),
    staleTime: 60_000,
  });
}
