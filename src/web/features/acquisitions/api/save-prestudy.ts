import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../app/api-client';
import type { AcquisitionDetail } from './types';
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
      apiRequest<AcquisitionDetail>(`/acquisitions/${encodeURIComponent(id)}/prestudy`, { method: 'PUT', body: { prestudyText }, ifMatch: rowVersion }),
    onSuccess: save,
  });
}
