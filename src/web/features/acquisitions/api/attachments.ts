import { useMutation, useQueryClient } from '@tanstack/react-query';
import { acquisitionEndpoints as endpoints } from '../../../../shared/endpoints/acquisitions';
import { callEndpoint, endpointUrl } from '../../../kit/api-client';
import { acquisitionKeys } from './query-keys';

/** The API takes a pre-study attachment of at most 5 MB. */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

/** A file's bytes as base64, as the API takes attachments. */
async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/** The address that downloads an attachment (the server sends it as Content-Disposition: attachment). */
export function attachmentUrl(acquisitionId: string, attachmentId: string): string {
  return endpointUrl(endpoints.attachment, { params: { id: acquisitionId, attachmentId } });
}

/** Attaches a file to the pre-study. */
export function useUploadAttachment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, file }: { id: string; file: File }) =>
      callEndpoint(endpoints.attach, { params: { id }, body: { fileName: file.name, contentBase64: await fileToBase64(file) } }),
    onSuccess: (saved) => queryClient.setQueryData(acquisitionKeys.detail(saved.id), saved),
  });
}

/** An admin removes an attachment (kept and restorable) at the acquisition's version read. */
export function useDeleteAttachment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, attachmentId, rowVersion }: { id: string; attachmentId: string; rowVersion: number }) =>
      callEndpoint(endpoints.removeAttachment, { params: { id, attachmentId }, ifMatch: rowVersion }),
    onSettled: async (_, __, { id }) => {
      await queryClient.invalidateQueries({ queryKey: acquisitionKeys.detail(id) });
    },
  });
}

/** An admin restores a removed attachment. */
export function useRestoreAttachment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, attachmentId, rowVersion }: { id: string; attachmentId: string; rowVersion: number }) =>
      callEndpoint(endpoints.restoreAttachment, { params: { id, attachmentId }, body: {}, ifMatch: rowVersion }),
    onSuccess: (saved) => queryClient.setQueryData(acquisitionKeys.detail(saved.id), saved),
    onError: async (_, { id }) => {
      await queryClient.invalidateQueries({ queryKey: acquisitionKeys.detail(id) });
    },
  });
}
