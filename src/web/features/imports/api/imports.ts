import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { importEndpoints as endpoints } from '../../../../shared/endpoints/imports';
import type { ImportBatch, MappingEntry } from '../../../../shared/imports';
import { callEndpoint } from '../../../kit/api-client';

const batchKey = (id: string) => ['imports', 'batch', id] as const;

/** One import; polled twice a second while it reads or writes, so the progress bar moves. */
export function useImportBatch(id: string | undefined) {
  return useQuery({
    queryKey: batchKey(id ?? ''),
    queryFn: ({ signal }) => callEndpoint(endpoints.get, { params: { id: id! }, signal }),
    enabled: !!id,
    refetchInterval: (query) => (query.state.data?.status === 'analysing' || query.state.data?.status === 'running' ? 500 : false),
  });
}

/** Uploads a file and starts its dry run. */
export function useStartImport() {
  return useMutation({
    mutationFn: (body: { filename: string; contentBase64: string }) => callEndpoint(endpoints.start, { body }),
  });
}

function useBatchMutation<V>(call: (variables: V) => Promise<ImportBatch>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (batch) => {
      queryClient.setQueryData(batchKey(batch.id), batch);
      // The register changes as the batch writes: its lists are read again when next shown.
      void queryClient.invalidateQueries({ queryKey: ['applications'] });
    },
  });
}

export const useRunImport = () =>
  useBatchMutation(({ batch, mapping }: { batch: ImportBatch; mapping: MappingEntry[] }) =>
    callEndpoint(endpoints.run, { params: { id: batch.id }, body: { mapping }, ifMatch: batch.rowVersion }),
  );

export const useUndoImport = () => useBatchMutation((batch: ImportBatch) => callEndpoint(endpoints.undo, { params: { id: batch.id }, ifMatch: batch.rowVersion }));

/** A file's bytes as base64, in slices (a spread of a whole workbook would overflow the call stack). */
export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
