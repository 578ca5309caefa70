import { useMutation } from '@tanstack/react-query';
import type { BodyInputOf } from '../../../../shared/endpoint';
import { acquisitionEndpoints as endpoints } from '../../../../shared/endpoints/acquisitions';
import { callEndpoint } from '../../../kit/api-client';
import { useSaveDetail } from './use-save-detail';

export type AnswerDraft = BodyInputOf<typeof endpoints.answer>;

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
      callEndpoint(endpoints.answer, { params: { id }, body: input, ifMatch: rowVersion }),
    onSuccess: save,
  });
}
