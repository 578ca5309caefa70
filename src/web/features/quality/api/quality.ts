import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { qualityEndpoints as endpoints } from '../../../../shared/endpoints/quality';
import type { QualityWeights } from '../../../../shared/quality';
import { callEndpoint } from '../../../kit/api-client';

/** Under 'applications' so every change to a system refreshes the distribution too. */
export function useQualityDistribution() {
  return useQuery({
    queryKey: ['applications', 'quality-distribution'],
    queryFn: ({ signal }) => callEndpoint(endpoints.distribution, { signal }),
  });
}

export function useQualityWeights() {
  return useQuery({ queryKey: ['quality', 'weights'], queryFn: ({ signal }) => callEndpoint(endpoints.weights, { signal }) });
}

export function useUpdateQualityWeights() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ weights, rowVersion }: { weights: QualityWeights; rowVersion: number }) => callEndpoint(endpoints.updateWeights, { body: weights, ifMatch: rowVersion }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(['quality', 'weights'], saved);
      // Every stored score changed with the weights.
      await queryClient.invalidateQueries({ queryKey: ['applications'] });
    },
  });
}
