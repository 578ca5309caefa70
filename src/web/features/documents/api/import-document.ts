import { useMutation } from '@tanstack/react-query';
import type { BodyInputOf } from '../../../../shared/endpoint';
import { documentEndpoints as endpoints } from '../../../../shared/endpoints/documents';
import { callEndpoint } from '../../../kit/api-client';

type ImportBody = BodyInputOf<typeof endpoints.import>;
/** Exactly one of a text and a file, as the endpoint's body requires. */
export type ImportSource = Required<Pick<ImportBody, 'filename' | 'text'>> | Required<Pick<ImportBody, 'filename' | 'contentBase64'>>;

/** Turns a text or a file into a proposed draft. Nothing is saved: the person confirms it in the form. */
export function useImportDocument() {
  return useMutation({
    mutationFn: (source: ImportSource) => callEndpoint(endpoints.import, { body: source }),
  });
}

/** A file's bytes as base64, for .docx, .odt and .pdf (binary) files. */
export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}
