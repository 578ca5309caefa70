import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BodyInputOf } from '../../../../shared/endpoint';
import { acquisitionEndpoints as endpoints } from '../../../../shared/endpoints/acquisitions';
import { callEndpoint } from '../../../kit/api-client';
import { APPLICATIONS_PREFIX } from './query-keys';
import { useSaveDetail } from './use-save-detail';

export interface InstallVariables {
  id: string;
  rowVersion: number;
  input: BodyInputOf<typeof endpoints.install>;
}

/** Registers the bought (or joined) solution as installed: it becomes a system in the register. */
export function useInstallAcquisition() {
  const save = useSaveDetail();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, rowVersion, input }: InstallVariables) =>
      callEndpoint(endpoints.install, { params: { id }, body: input, ifMatch: rowVersion }),
    onSuccess: async (saved) => {
      await save(saved);
      // The register (its own feature) has a new system.
      await queryClient.invalidateQueries({ queryKey: APPLICATIONS_PREFIX, refetchType: 'none' });
    },
  });
}
