import { unzipEntries, ZipTooLargeError } from '../../platform/zip.js';

/**
 * An OpenDocument text's (.odt) text for the import (issue 13), read in the import's worker. The
 * zip is unpacked by platform/zip.ts, counting the bytes it really inflates (a zip bomb stops at
 * the limit); content.xml is then read with one left-to-right pass over its tags: headings keep
 * their outline level as Markdown `#`, list items become `- `, table rows `| a | b |`.
 */

const MAX_CONTENT_BYTES = 3 * 1024 * 1024;

export class OdtTooLargeError extends Error {}
class OdtUnreadableError extends Error {}

const decode = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#(\d{1,6});/g, (_, n: string) => String.fromCodePoint(Math.min(Number(n), 0x10ffff))).replace(/&amp;/g, '&');

export function odtToText(bytes: Buffer): string {
  let parts: Map<string, Buffer>;
  try {
    parts = unzipEntries(bytes, (name) => name === 'content.xml', MAX_CONTENT_BYTES);
  } catch (error) {
    throw error instanceof ZipTooLargeError ? new OdtTooLargeError() : new OdtUnreadableError();
  }
  const xml = parts.get('content.xml')?.toString('utf8');
  if (!xml) throw new OdtUnreadableError();
  const out: string[] = [];
  let current: { prefix: string; text: string } | null = null;
  let row: string[] | null = null;
  let cell: string[] | null = null;
  let listDepth = 0;
  const close = () => {
    if (!current) return;
    const text = current.text.replace(/\s+/g, ' ').trim();
    if (cell) cell.push(text);
    else if (text) out.push(`${current.prefix}${text}`, current.prefix.startsWith('-') ? '' : '');
    current = null;
  };
  // One pass over tags and text; no nesting is kept beyond counters, so depth cannot blow up.
  for (const m of xml.matchAll(/<(\/?)([\w:.-]+)([^>]*?)(\/?)>|([^<]+)/g)) {
    if (m[5] !== undefined) {
      if (current) current.text += decode(m[5]);
      continue;
    }
    const [, closing, name, attrs, selfClosing] = m;
    if (!closing) {
      if (name === 'text:h') {
        close();
        const level = Number(/text:outline-level="(\d)"/.exec(attrs!)?.[1] ?? '1');
        current = { prefix: `${'#'.repeat(Math.min(6, Math.max(1, level)))} `, text: '' };
      } else if (name === 'text:p') {
        if (!current) current = { prefix: listDepth > 0 ? '- ' : '', text: '' };
        else current.text += ' ';
      } else if (name === 'text:list') listDepth++;
      else if (name === 'table:table-row') row = [];
      else if (name === 'table:table-cell') cell = [];
      else if (name === 'text:s') current && (current.text += ' ');
      else if (name === 'text:tab' && current) current.text += '\t';
      else if (name === 'text:line-break' && current) current.text += ' ';
      if (selfClosing && (name === 'text:p' || name === 'text:h')) close();
    } else if (name === 'text:p' || name === 'text:h') close();
    else if (name === 'text:list') listDepth = Math.max(0, listDepth - 1);
    else if (name === 'table:table-cell') {
      close();
      if (row && cell) row.push(cell.join(' '));
      cell = null;
    } else if (name === 'table:table-row') {
      if (row?.length) out.push(`| ${row.map((c) => c.replace(/\|/g, '/')).join(' | ')} |`);
      row = null;
    } else if (name === 'table:table') out.push('');
  }
  close();
  return out.join('\n');
}
