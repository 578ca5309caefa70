import { DocxTooLargeError, docxToText } from './docx-text.js';
import { OdtTooLargeError, odtToText } from './odt-text.js';
import { PdfTooLargeError, pdfToText } from './pdf-text.js';

/**
 * A file's text as the import reads it (issue 13): a .pdf, .docx or .odt through its extractor,
 * which keeps headings, lists and tables in Markdown-like text; text files as they are. Run in the
 * import's worker (import-worker.ts), and by the corpus test directly.
 */

export class ExtractTooLargeError extends Error {}

export async function extractText(filename: string, bytes: Uint8Array | undefined, text: string | undefined): Promise<string> {
  if (!bytes) return text ?? '';
  const buffer = Buffer.from(bytes);
  try {
    if (/\.pdf$/i.test(filename)) return await pdfToText(new Uint8Array(buffer));
    if (/\.docx$/i.test(filename)) return await docxToText(buffer);
    if (/\.odt$/i.test(filename)) return odtToText(buffer);
  } catch (error) {
    if (error instanceof DocxTooLargeError || error instanceof OdtTooLargeError || error instanceof PdfTooLargeError) throw new ExtractTooLargeError();
    throw error;
  }
  return buffer.toString('utf8');
}
