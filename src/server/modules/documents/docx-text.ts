import { unzipEntries, ZipTooLargeError } from '../../platform/zip.js';

/**
 * A .docx's text, read in the import's worker (import-worker.ts). The zip is unpacked by
 * platform/zip.ts, counting the bytes actually inflated and stopping at the limit (a zip bomb
 * declares small sizes and inflates to hundreds of megabytes, issue 11 item 14); mammoth then
 * reads only those unpacked parts, re-packed uncompressed, so it never inflates anything itself.
 */

/** A .docx whose XML parts unpack beyond this is refused (at most 3 MB of text). */
const MAX_DOCX_XML_BYTES = 3 * 1024 * 1024;

export class DocxTooLargeError extends Error {}
class DocxUnreadableError extends Error {}

/** The parts mammoth reads: the document, styles, numbering, notes and their relationships. Images are left out. */
const TEXT_PART = /\.(?:xml|rels)$/i;

/** A .docx as Markdown-like text (headings and lists kept), through mammoth's HTML. */
export async function docxToText(buffer: Buffer): Promise<string> {
  let parts: Map<string, Buffer>;
  try {
    parts = unzipEntries(buffer, (name) => TEXT_PART.test(name), MAX_DOCX_XML_BYTES);
  } catch (error) {
    throw error instanceof ZipTooLargeError ? new DocxTooLargeError() : new DocxUnreadableError();
  }
  const { default: JSZip } = await import('jszip');
  const repacked = new JSZip();
  for (const [name, content] of parts) repacked.file(name, content);
  const mammoth = await import('mammoth');
  let value: string;
  try {
    const unpacked = await repacked.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
    // Images are not read (the import keeps the text): each becomes an empty <img>, stripped below.
    // Word's Title style is the document's title (#), its headings one level below it.
    const styleMap = ["p[style-name='Title'] => h1:fresh", ...[1, 2, 3, 4, 5].map((n) => `p[style-name='heading ${n}'] => h${n + 1}:fresh`), ...[1, 2, 3, 4, 5].map((n) => `p[style-name='Heading ${n}'] => h${n + 1}:fresh`)];
    ({ value } = await mammoth.convertToHtml({ buffer: unpacked }, { styleMap, convertImage: mammoth.images.imgElement(async () => ({ src: '' })) }));
  } catch {
    throw new DocxUnreadableError();
  }
  const decode = (s: string) => s.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
  return value
    // Tables stay tables: one Markdown row per <tr>, a cell's paragraphs joined.
    .replace(/<tr[^>]*>([\s\S]*?)<\/tr>/g, (_, row: string) => `| ${[...row.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((c) => decode(c[1]!.replace(/<\/p>\s*<p[^>]*>/g, ' ')).replace(/\|/g, '/').trim()).join(' | ')} |\n`)
    .replace(/<\/table>/g, '\n')
    .replace(/<h([1-6])[^>]*>([\s\S]*?)<\/h\1>/g, (_, level: string, inner: string) => `\n${'#'.repeat(Number(level))} ${decode(inner)}\n\n`)
    .replace(/<li[^>]*>([\s\S]*?)<\/li>/g, (_, inner: string) => `- ${decode(inner)}\n`)
    .replace(/<p[^>]*>([\s\S]*?)<\/p>/g, (_, inner: string) => `${decode(inner)}\n\n`)
    .replace(/<[^>]+>/g, '');
}
