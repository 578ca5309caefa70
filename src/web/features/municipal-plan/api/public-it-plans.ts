import { useQuery } from '@tanstack/react-query';
import { publicItPlanEndpoints as endpoints } from '../../../../shared/endpoints/public-it-plans';
import { callEndpoint, endpointUrl } from '../../../kit/api-client';

/** The public queries start with their own prefix: nothing signed-in shares their cache. */
const publicKeys = {
  list: (organisationId: string) => ['public-it-plans', organisationId] as const,
  version: (organisationId: string, roundId: string, version: number) => ['public-it-plans', organisationId, roundId, version] as const,
};

/** Every decided version of the municipality's IT plans, newest decision first; no login. */
export function usePublicPlans(organisationId: string) {
  return useQuery({
    queryKey: publicKeys.list(organisationId),
    queryFn: ({ signal }) => callEndpoint(endpoints.list, { params: { organisationId }, signal }),
  });
}

/** One decided version, frozen as decided; no login. */
export function usePublicPlanVersion(organisationId: string, roundId: string, version: number) {
  return useQuery({
    queryKey: publicKeys.version(organisationId, roundId, version),
    queryFn: ({ signal }) => callEndpoint(endpoints.version, { params: { organisationId, roundId, version }, signal }),
  });
}

/** The address of a decided version's PDF: a plain link the browser follows. */
export function publicPdfUrl(organisationId: string, roundId: string, version: number) {
  return endpointUrl(endpoints.versionPdf, { params: { organisationId, roundId, version } });
}
