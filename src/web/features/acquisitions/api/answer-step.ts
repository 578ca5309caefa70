import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { answerInput } from '../../../../shared/acquisitions';
import { apiRequest } from '../../../app/api-client';
import type { AcquisitionDetail } from './types';
import { useSaveDetail } from './use-save-detail';

export type AnswerDraft = z.input<typeof answerInput>;

export interface AnswerStepVariables {
  id: string;
  rowVersion: number;
  input: AnswerDraft;
}

/** Records one answer on the route; answering an earlier step again replaces it and every later answer. */
export function useAnswerStep() {
  const save = useSaveDetail();
  return useMutation({
    mutationFn: ({ id, rowVersion, input }: AnswerStepVariables) =>
      apiRequest<AcquisitionDetail>(`/acquisitions/${encodeURIComponent(id)}/answers`, { method: 'POST', body: input, ifMatch: rowVersion }),
    onSuccess: save,
  });
}
