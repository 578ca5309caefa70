import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../app/api-client';
import { ACQUISITIONS_PREFIX, councilKeys } from './query-keys';

/** Marks a reported acquisition as received by the IT council; the row's version guards it (412 if changed). */
export function useNoteAcquisition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, rowVersion }: { id: string; rowVersion: number; title: string }) =>
      apiRequest<unknown>(`/acquisitions/${encodeURIComponent(id)}/noted`, { method: 'POST', body: {}, ifMatch: rowVersion }),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: [...councilKeys.all, 'inbox'] }),
        queryClient.invalidateQueries({ queryKey: ACQUISITIONS_PREFIX }),
      ]);
    },
  });
}
