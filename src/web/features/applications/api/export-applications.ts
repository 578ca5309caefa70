import { FILTER_KEYS, type ListSearch } from '../lib/list-search';
import { applicationEndpoints as endpoints } from '../../../../shared/endpoints/applications';
import { applicationListUrl } from './get-applications';

/** The .xlsx of the current filters and sort (all rows, no paging): a plain link the browser downloads. */
export function exportApplicationsUrl(search: ListSearch): string {
  const kept: ListSearch = { sort: search.sort, order: search.order };
  for (const key of FILTER_KEYS) Object.assign(kept, { [key]: search[key] });
  return applicationListUrl(kept, endpoints.export);
}
