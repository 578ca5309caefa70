import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { installInput } from '../../../../shared/acquisitions';
import { apiRequest } from '../../../app/api-client';
import { APPLICATIONS_PREFIX } from './query-keys';
import type { AcquisitionDetail } from './types';
import { useSaveDetail } from './use-save-detail';

export interface InstallVariables {
  id: string;
  rowVersion: number;
  input: z.input<typeof installInput>;
}

/** Registers the bought (or joined) solution as installed: it becomes a system in the register. */
export function useInstallAcquisition() {
  const save = useSaveDetail();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, rowVersion, input }: InstallVariables) =>
      apiRequest<AcquisitionDetail>(`/acquisitions/${encodeURIComponent(id)}/install`, { method: 'POST', body: input, ifMatch: rowVersion }),
    onSuccess: async (saved) => {
      await save(saved);
      // The register (its own feature) has a new system.
      await queryClient.invalidateQueries({ queryKey: APPLICATIONS_PREFIX, refetchType: 'none' });
    },
  });
}
