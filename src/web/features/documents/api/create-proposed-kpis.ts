import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { KpiInput } from '../../../../shared/goals';
import { goalEndpoints } from '../../../../shared/endpoints/goals';
import { callEndpoint } from '../../../kit/api-client';

export interface KpiCreation {
  name: string;
  input: KpiInput;
}

export interface KpiCreationResult {
  name: string;
  /** The created KPI's id, or the error that stopped it. */
  id?: string;
  error?: unknown;
}

/**
 * Creates the KPIs kept in an import's review through the goals module's own endpoint, one by one
 * after the document (their goals need its item ids); one failing does not stop the others, and
 * each result is kept so the page can show what failed.
 */
export function useCreateProposedKpis() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (kpis: KpiCreation[]): Promise<KpiCreationResult[]> => {
      const results: KpiCreationResult[] = [];
      for (const kpi of kpis) {
        try {
          const created = await callEndpoint(goalEndpoints.create, { body: kpi.input });
          results.push({ name: kpi.name, id: created.id });
        } catch (error) {
          results.push({ name: kpi.name, error });
        }
      }
      return results;
    },
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: ['goals'] });
    },
  });
}
