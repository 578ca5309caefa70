import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { documentEndpoints as endpoints } from '../../../../shared/endpoints/documents';
import { callEndpoint } from '../../../kit/api-client';
import { PAGE_SIZE, type DocumentListSearch } from '../lib/list-search';
import { documentKeys } from './query-keys';

export function useDocuments(search: DocumentListSearch) {
  const { view: _view, ...filters } = search;
  return useQuery({
    queryKey: documentKeys.list(filters),
    queryFn: ({ signal }) => callEndpoint(endpoints.list, { query: { ...filters, pageSize: PAGE_SIZE }, signal }),
    // Keep the old page on screen while the next one loads, so the table does not jump.
    placeholderData: keepPreviousData,
  });
}

/** Every document (up to the API's page limit), for choosing a parent or a replacement. */
export function useDocumentChoices(enabled = true) {
  return useQuery({
    queryKey: documentKeys.choices(),
    queryFn: ({ signal }) => callEndpoint(endpoints.list, { query: { pageSize: 200 }, signal }),
    select: (data) => data.items,
    enabled,
  });
}
