import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../app/api-client';
import { PORTFOLIO_PREFIX } from './query-keys';

interface ProjectChoice {
  id: string;
  name: string;
  status: string;
}

/** The portfolio's projects by name, to point a matter at one. */
export function useProjectChoices() {
  return useQuery({
    queryKey: [...PORTFOLIO_PREFIX, 'council-choices'] as const,
    queryFn: ({ signal }) => apiRequest<{ items: ProjectChoice[] }>('/projects', { signal }),
    select: (data) => data.items,
    staleTime: 60_000,
  });
}

interface DocumentChoice {
  id: string;
  title: string;
}

/** The steering documents by title, to point a matter at one (e.g. a strategy to be decided). */
export function useDocumentChoices() {
  return useQuery({
    queryKey: [...PORTFOLIO_PREFIX, 'council-document-choices'] as const,
    queryFn: ({ signal }) => apiRequest<{ items: DocumentChoice[] }>('/documents?pageSize=200', { signal }),
    select: (data) => data.items,
    staleTime: 60_000,
  });
}
