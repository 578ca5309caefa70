import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OverlapMarkInput } from '../../../../shared/applications';
import { applicationEndpoints as endpoints } from '../../../../shared/endpoints/applications';
import { callEndpoint } from '../../../kit/api-client';
import { applicationKeys } from './query-keys';

export interface MarkOverlapVariables {
  capabilityId: string;
  /** The mark's row version when changing one; absent when marking an unmarked group. */
  rowVersion?: number;
  input: OverlapMarkInput;
}

/** Marks a group intended or under migration, or changes its mark (If-Match: never an overwrite). */
export function useMarkOverlap() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ capabilityId, rowVersion, input }: MarkOverlapVariables) =>
      rowVersion === undefined
        ? callEndpoint(endpoints.markOverlap, { params: { capabilityId }, body: input })
        : callEndpoint(endpoints.updateOverlapMark, { params: { capabilityId }, body: input, ifMatch: rowVersion }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: applicationKeys.overlaps() }),
  });
}
