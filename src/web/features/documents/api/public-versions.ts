import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { publicVersionEndpoints as endpoints } from '../../../../shared/endpoints/public-versions';
import { callEndpoint } from '../../../kit/api-client';
import { publicDocumentKeys } from './query-keys';

/** Every decided version of a published document, newest first. */
export function usePublicVersions(organisationId: string, id: string) {
  return useQuery({
    queryKey: publicDocumentKeys.versions(organisationId, id),
    queryFn: ({ signal }) => callEndpoint(endpoints.list, { params: { organisationId, id }, signal }),
  });
}

/** One decided version on its own, with its decision; re-read in the language chosen on this device (type names). */
export function usePublicVersion(organisationId: string, id: string, version: number) {
  const language = useTranslation().i18n.language === 'en' ? 'en' : 'sv';
  return useQuery({
    queryKey: publicDocumentKeys.version(organisationId, id, version, language),
    queryFn: ({ signal }) => callEndpoint(endpoints.get, { params: { organisationId, id, version }, signal }),
  });
}
