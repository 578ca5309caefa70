import { useMutation } from '@tanstack/react-query';
import type { ImportProposal } from '../../../../shared/documents';
import { apiRequest } from '../../../app/api-client';

export type ImportSource = { filename: string; text: string } | { filename: string; contentBase64: string };

/** Turns a text or a file into a proposed draft. Nothing is saved: the person confirms it in the form. */
export function useImportDocument() {
  return useMutation({
    mutationFn: (source: ImportSource) => apiRequest<ImportProposal>('/documents/import', { method: 'POST', body: source }),
  });
}

/** A file's bytes as base64, for .docx (binary) files. */
export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}
