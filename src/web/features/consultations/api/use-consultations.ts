import { useQuery } from '@tanstack/react-query';
import { consultationEndpoints as endpoints } from '../../../../shared/endpoints/consultations';
import { callEndpoint } from '../../../kit/api-client';

/** Every query of this feature starts with 'consultations', so one invalidation refreshes them all. */
export const consultationKeys = {
  all: ['consultations'] as const,
  ofDocument: (id: string) => ['consultations', 'document', id] as const,
  mine: () => ['consultations', 'mine'] as const,
  detail: (id: string) => ['consultations', 'detail', id] as const,
  compiled: (id: string, version: number) => ['consultations', 'compiled', id, version] as const,
};

/** A document's remiss rounds, and whether the person may send it on remiss now. */
export function useDocumentConsultations(documentId: string) {
  return useQuery({ queryKey: consultationKeys.ofDocument(documentId), queryFn: ({ signal }) => callEndpoint(endpoints.ofDocument, { params: { id: documentId }, signal }) });
}

/** Mina remisser: the open rounds the person or their department is to answer. */
export function useMyConsultations() {
  return useQuery({ queryKey: consultationKeys.mine(), queryFn: ({ signal }) => callEndpoint(endpoints.mine, { signal }) });
}

export function useConsultation(id: string) {
  return useQuery({ queryKey: consultationKeys.detail(id), queryFn: ({ signal }) => callEndpoint(endpoints.get, { params: { id }, signal }) });
}

/** The compiled remiss answers kept with a decided version. */
export function useCompiledAnswers(documentId: string, version: number) {
  return useQuery({
    queryKey: consultationKeys.compiled(documentId, version),
    queryFn: ({ signal }) => callEndpoint(endpoints.compiled, { params: { id: documentId, version }, signal }),
  });
}
