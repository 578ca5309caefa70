import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AnswerInput, ConsultationInput, ResponseKind } from '../../../../shared/consultations';
import { consultationEndpoints as endpoints } from '../../../../shared/endpoints/consultations';
import { callEndpoint } from '../../../kit/api-client';
import { consultationKeys } from './use-consultations';

function useRefresh() {
  const queryClient = useQueryClient();
  // Sending moves the document to remiss: the documents' own queries change too.
  return () => Promise.all([queryClient.invalidateQueries({ queryKey: consultationKeys.all }), queryClient.invalidateQueries({ queryKey: ['documents'] })]);
}

/** Sends a draft on remiss; the document's row version is the If-Match. */
export function useSendConsultation() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ documentId, rowVersion, input }: { documentId: string; rowVersion: number; input: ConsultationInput }) =>
      callEndpoint(endpoints.send, { params: { id: documentId }, body: input, ifMatch: rowVersion }),
    onSuccess: refresh,
  });
}

export function useSaveAnswer() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, rowVersion, input }: { id: string; rowVersion: number; input: AnswerInput }) => callEndpoint(endpoints.saveAnswer, { params: { id }, body: input, ifMatch: rowVersion }),
    onSuccess: refresh,
  });
}

export function useSubmitAnswer() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, rowVersion }: { id: string; rowVersion: number }) => callEndpoint(endpoints.submitAnswer, { params: { id }, ifMatch: rowVersion }),
    onSuccess: refresh,
  });
}

export function useRespond() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, commentId, rowVersion, response, text }: { id: string; commentId: string; rowVersion: number; response: ResponseKind; text: string }) =>
      callEndpoint(endpoints.respond, { params: { id, commentId }, body: { response, text }, ifMatch: rowVersion }),
    onSuccess: refresh,
  });
}
