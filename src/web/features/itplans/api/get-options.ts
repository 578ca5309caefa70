import { useQuery } from '@tanstack/react-query';
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

/** The portfolio's projects (the newest 200), for a need that already is a project; none without the right to read them. */
export function useProjectOptions() {
  const allowed = hasPermission(useSession(), 'project.read');
  return useQuery({
    queryKey: itplanKeys.options('projects'),
    queryFn: ({ signal }) => callEndpoint(portfolioEndpoints.list, { query: { page: 1, pageSize: 200 }, signal }),
    select: (data): Option[] => data.items.map((p) => ({ value: p.id, label: p.name })),
    enabled: allowed,
    staleTime: 60_000,
  });
}

/** The acquisitions (the newest 200), for a need already on the acquisition route. */
export function useAcquisitionOptions() {
  const allowed = hasPermission(useSession(), 'acquisition.read');
  return useQuery({
    queryKey: itplanKeys.options('acquisitions'),
    queryFn: ({ signal }) => callEndpoint(acquisitionEndpoints.list, { query: { page: 1, pageSize: 200 }, signal }),
    select: (data): Option[] => data.items.map((a) => ({ value: a.id, label: a.title })),
    enabled: allowed,
    staleTime: 60_000,
  });
}
