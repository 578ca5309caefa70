import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { acquisitionEndpoints } from '../../../../shared/endpoints/acquisitions';
import { applicationEndpoints } from '../../../../shared/endpoints/applications';
import { goalEndpoints } from '../../../../shared/endpoints/goals';
import { portfolioEndpoints } from '../../../../shared/endpoints/portfolio';
import { callEndpoint } from '../../../kit/api-client';
import { hasPermission } from '../../../kit/session/has-permission';
import { useSession } from '../../../kit/session/use-session';
import { itplanKeys } from './query-keys';

interface Option {
  value: string;
  label: string;
}

/** Every goal of the steering documents, to say which goals a need serves. */
export function useGoalOptions() {
  return useQuery({
    queryKey: itplanKeys.options('goals'),
    queryFn: ({ signal }) => callEndpoint(goalEndpoints.goals, { signal }),
    select: (data): Option[] => data.items.map((g) => ({ value: g.id, label: `${g.number ? `${g.number} ` : ''}${g.title} — ${g.documentTitle}` })),
    staleTime: 60_000,
  });
}

/** Every live system by name, to say which systems a need concerns. */
export function useSystemOptions() {
  return useQuery({
    queryKey: itplanKeys.options('systems'),
    queryFn: ({ signal }) => callEndpoint(applicationEndpoints.names, { signal }),
    select: (data): Option[] => data.items.map((s) => ({ value: s.id, label: s.name })),
    staleTime: 60_000,
  });
}

/** How many matches a picker lists; typing more narrows them. */
const SEARCH_PAGE = 50;

/** The portfolio's projects matching a search (name or purpose), for a need that already is a project; none without the right to read them. */
export function useProjectOptions(search: string) {
  const allowed = hasPermission(useSession(), 'project.read');
  return useQuery({
    queryKey: [...itplanKeys.options('projects'), search],
    queryFn: ({ signal }) => callEndpoint(portfolioEndpoints.list, { query: { q: search.slice(0, 200) || undefined, page: 1, pageSize: SEARCH_PAGE }, signal }),
    select: (data): Option[] => data.items.map((p) => ({ value: p.id, label: p.name })),
    enabled: allowed,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** The acquisitions matching a search (title or need text), for a need already on the acquisition route; none without the right to read them. */
export function useAcquisitionOptions(search: string) {
  const allowed = hasPermission(useSession(), 'acquisition.read');
  return useQuery({
    queryKey: [...itplanKeys.options('acquisitions'), search],
    queryFn: ({ signal }) => callEndpoint(acquisitionEndpoints.list, { query: { q: search.slice(0, 200) || undefined, page: 1, pageSize: SEARCH_PAGE }, signal }),
    select: (data): Option[] => data.items.map((a) => ({ value: a.id, label: a.title })),
    enabled: allowed,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
