import { useMutation } from '@tanstack/react-query';
import { acquisitionEndpoints as endpoints } from '../../../../shared/endpoints/acquisitions';
import { callEndpoint } from '../../../kit/api-client';
import { useSaveDetail } from './use-save-detail';

export interface SavePrestudyVariables {
  id: string;
  rowVersion: number;
  prestudyText: string;
}

/** Saves the pre-study's text; a 412 means someone else changed the need first. */
export function useSavePrestudy() {
  const save = useSaveDetail();
  return useMutation({
    mutationFn: ({ id, rowVersion, prestudyText }: SavePrestudyVariables) =>
      callEndpoint(endpoints.prestudy, { params: { id }, body: { prestudyText }, ifMatch: rowVersion }),
    onSuccess: save,
  });
}
