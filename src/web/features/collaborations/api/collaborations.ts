import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { collaborationEndpoints as endpoints } from '../../../../shared/endpoints/collaborations';
import { callEndpoint } from '../../../kit/api-client';

export interface CatalogueSearch {
  q?: string;
  capability?: string;
  supplier?: string;
  municipality?: string;
  page: number;
}

const keys = {
  all: ['collaborations'] as const,
  list: ['collaborations', 'list'] as const,
  catalogue: (search: CatalogueSearch) => ['collaborations', 'catalogue', search] as const,
};

export function useCollaborations() {
  return useQuery({ queryKey: keys.list, queryFn: ({ signal }) => callEndpoint(endpoints.list, { signal }) });
}

export function useCatalogue(search: CatalogueSearch) {
  return useQuery({
    queryKey: keys.catalogue(search),
    queryFn: ({ signal }) => callEndpoint(endpoints.catalogue, { query: { ...search, pageSize: 25 }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** Every change of membership changes what the catalogue shows: both are read afresh. */
function useRefreshing<V, R>(mutationFn: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }) });
}

export const useCreateCollaboration = () => useRefreshing((name: string) => callEndpoint(endpoints.create, { body: { name } }));

export const useInvite = () =>
  useRefreshing(({ id, municipality }: { id: string; municipality: string }) => callEndpoint(endpoints.invite, { params: { id }, body: { municipality } }));

export const useChangeMembership = () =>
  useRefreshing(({ id, version, action }: { id: string; version: number; action: 'accept' | 'decline' | 'leave' }) =>
    callEndpoint(endpoints[action], { params: { id }, ifMatch: version }).then(() => undefined),
  );
