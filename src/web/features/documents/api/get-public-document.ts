import { useQuery } from '@tanstack/react-query';
import { publicDocumentEndpoints as endpoints } from '../../../../shared/endpoints/documents';
import { callEndpoint } from '../../../kit/api-client';
import { useTranslation } from 'react-i18next';
import { publicDocumentKeys } from './query-keys';

/** The decided version in force of one document, as anyone may read it. */
export function usePublicDocument(organisationId: string, id: string) {
  // Re-read in the language chosen on this device: the server names types in it.
  const language = useTranslation().i18n.language === 'en' ? 'en' : 'sv';
  return useQuery({
    queryKey: publicDocumentKeys.detail(organisationId, id, language),
    queryFn: ({ signal }) => callEndpoint(endpoints.get, { params: { organisationId, id }, signal }),
  });
}
