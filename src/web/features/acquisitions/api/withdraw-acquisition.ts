import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../app/api-client';
import type { AcquisitionDetail } from './types';
import { useSaveDetail } from './use-save-detail';

/** The department withdraws the need (återkallar), with the reason. */
export function useWithdrawAcquisition() {
  const save = useSaveDetail();
  return useMutation({
    mutationFn: ({ id, rowVersion, reason }: { id: string; rowVersion: number; reason: string }) =>
      apiRequest<AcquisitionDetail>(`/acquisitions/${encodeURIComponent(id)}/withdraw`, { method: 'POST', body: { reason }, ifMatch: rowVersion }),
    onSuccess: save,
  });
}

/** A withdrawn need is taken up again; the route goes on from its answers. */
export function useReopenAcquisition() {
  const save = useSaveDetail();
  return useMutation({
    mutationFn: ({ id, rowVersion }: { id: string; rowVersion: number }) =>
      apiRequest<AcquisitionDetail>(`/acquisitions/${encodeURIComponent(id)}/reopen`, { method: 'POST', body: {}, ifMatch: rowVersion }),
    onSuccess: save,
  });
}
