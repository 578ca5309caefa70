import { useMutation } from '@tanstack/react-query';
import { acquisitionEndpoints as endpoints } from '../../../../shared/endpoints/acquisitions';
import { callEndpoint } from '../../../kit/api-client';
import { useSaveDetail } from './use-save-detail';

/** The department withdraws the need (återkallar), with the reason. */
export function useWithdrawAcquisition() {
  const save = useSaveDetail();
  return useMutation({
    mutationFn: ({ id, rowVersion, reason }: { id: string; rowVersion: number; reason: string }) =>
      callEndpoint(endpoints.withdraw, { params: { id }, body: { reason }, ifMatch: rowVersion }),
    onSuccess: save,
  });
}

/** A withdrawn need is taken up again; the route goes on from its answers. */
export function useReopenAcquisition() {
  const save = useSaveDetail();
  return useMutation({
    mutationFn: ({ id, rowVersion }: { id: string; rowVersion: number }) =>
      callEndpoint(endpoints.reopen, { params: { id }, body: {}, ifMatch: rowVersion }),
    onSuccess: save,
  });
}
