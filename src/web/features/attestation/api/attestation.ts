import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BodyInputOf } from '../../../../shared/endpoint';
import { attestationEndpoints as endpoints } from '../../../../shared/endpoints/attestation';
import { callEndpoint, endpointUrl } from '../../../kit/api-client';

/** Every query of this feature starts with 'attestation'. */
const keys = {
  all: ['attestation'] as const,
  mine: () => ['attestation', 'mine'] as const,
  task: (id: string) => ['attestation', 'task', id] as const,
  overview: () => ['attestation', 'overview'] as const,
};

export function useMyTasks() {
  return useQuery({ queryKey: keys.mine(), queryFn: ({ signal }) => callEndpoint(endpoints.myTasks, { signal }) });
}

/** The task and the record as it stands now; read again on return from correcting the record. */
export function useTask(id: string) {
  return useQuery({ queryKey: keys.task(id), queryFn: ({ signal }) => callEndpoint(endpoints.task, { params: { id }, signal }), refetchOnMount: 'always' });
}

export function useConfirmTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, rowVersion }: { id: string; rowVersion: number }) => callEndpoint(endpoints.confirm, { params: { id }, ifMatch: rowVersion }),
    onSuccess: async (task) => {
      queryClient.setQueryData(keys.task(task.id), task);
      await queryClient.invalidateQueries({ queryKey: keys.all });
    },
  });
}

export function useOverview() {
  return useQuery({ queryKey: keys.overview(), queryFn: ({ signal }) => callEndpoint(endpoints.overview, { signal }) });
}

export function useOpenRound() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BodyInputOf<typeof endpoints.openRound>) => callEndpoint(endpoints.openRound, { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}

export function useCloseRound() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, rowVersion }: { id: string; rowVersion: number }) => callEndpoint(endpoints.closeRound, { params: { id }, ifMatch: rowVersion }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}

/** The overdue list's workbook: a plain link the browser downloads. */
export const overdueExportUrl = () => endpointUrl(endpoints.overdueExport, {});

export function useSettings() {
  return useQuery({ queryKey: ['attestation', 'settings'], queryFn: ({ signal }) => callEndpoint(endpoints.settings, { signal }) });
}

export function useUpdateSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ rowVersion, intervalMonths }: { rowVersion: number; intervalMonths: number }) => callEndpoint(endpoints.updateSettings, { body: { intervalMonths }, ifMatch: rowVersion }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}
