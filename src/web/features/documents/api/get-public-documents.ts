import { useQuery } from '@tanstack/react-query';
import { publicDocumentEndpoints as endpoints } from '../../../../shared/endpoints/documents';
import { callEndpoint } from '../../../kit/api-client';
import { useTranslation } from 'react-i18next';
import { publicDocumentKeys } from './query-keys';

/** A municipality's decided steering documents, readable without signing in. */
export function usePublicDocuments(organisationId: string) {
  // Re-read in the language chosen on this device: the server names types in it.
  const language = useTranslation().i18n.language === 'en' ? 'en' : 'sv';
  return useQuery({
    queryKey: publicDocumentKeys.list(organisationId, language),
    queryFn: ({ signal }) => callEndpoint(endpoints.list, { params: { organisationId }, signal }),
  });
}
