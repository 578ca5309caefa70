import { useMutation } from '@tanstack/react-query';
import { acquisitionEndpoints as endpoints } from '../../../../shared/endpoints/acquisitions';
import { callEndpoint } from '../../../kit/api-client';
import { useSaveDetail } from './use-save-detail';

/** The IT council marks the reported need as received (anmälningsplikt). */
export function useNoteAcquisition() {
  const save = useSaveDetail();
  return useMutation({
    mutationFn: ({ id, rowVersion }: { id: string; rowVersion: number }) =>
      callEndpoint(endpoints.noted, { params: { id }, body: {}, ifMatch: rowVersion }),
    onSuccess: save,
  });
}
