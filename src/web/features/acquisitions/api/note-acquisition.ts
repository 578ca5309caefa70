import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../app/api-client';
import type { AcquisitionDetail } from './types';
import { useSaveDetail } from './use-save-detail';

/** The IT council marks the reported need as received (anmälningsplikt). */
export function useNoteAcquisition() {
  const save = useSaveDetail();
  return useMutation({
    mutationFn: ({ id, rowVersion }: { id: string; rowVersion: number }) =>
      apiRequest<AcquisitionDetail>(`/acquisitions/${encodeURIComponent(id)}/noted`, { method: 'POST', body: {}, ifMatch: rowVersion }),
    onSuccess: save,
  });
}
