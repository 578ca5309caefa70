import { useQuery } from '@tanstack/react-query';
import { documentEndpoints } from '../../../../shared/endpoints/documents';
import { portfolioEndpoints } from '../../../../shared/endpoints/portfolio';
import { callEndpoint } from '../../../kit/api-client';
import { PORTFOLIO_PREFIX } from './query-keys';

const CHOICE_PAGE_SIZE = 200;

/** The portfolio's projects by name, every page of them, to point a matter at one. */
export function useProjectChoices() {
  return useQuery({
    queryKey: [...PORTFOLIO_PREFIX, 'council-choices'] as const,
    queryFn: async ({ signal }) => {
      const first = await callEndpoint(portfolioEndpoints.list, { query: { pageSize: CHOICE_PAGE_SIZE }, signal });
      const items = [...first.items];
      for (let page = 2; (page - 1) * CHOICE_PAGE_SIZE < first.total; page++) {
        items.push(...(await callEndpoint(portfolioEndpoints.list, { query: { page, pageSize: CHOICE_PAGE_SIZE }, signal })).items);
      }
      return items;
    },
    staleTime: 60_000,
  });
}

/** The steering documents by title, to point a matter at one (e.g. a strategy to be decided). */
export function useDocumentChoices() {
  return useQuery({
    queryKey: [...PORTFOLIO_PREFIX, 'council-document-choices'] as const,
    queryFn: ({ signal }) => callEndpoint(documentEndpoints.list, { query: { pageSize: 200 }, signal }),
    select: (data) => data.items,
    staleTime: 60_000,
  });
}
