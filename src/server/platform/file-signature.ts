import { unzipEntry, zipEntries } from './zip.js';

/**
 * Whether a file's content is what its extension claims (issue 11, item 15): every upload is
 * checked by this before anything is read or stored, so HTML saved as .pdf or a program renamed
 * .docx is refused. Judged by the content's own signature, the way the format's readers do:
 *
 * - pdf: starts with `%PDF-`; png and jpg: their magic numbers.
 * - docx, xlsx, pptx: a zip holding `[Content_Types].xml` and the format's main part
 *   (word/document.xml, xl/workbook.xml, ppt/presentation.xml).
 * - odt, ods: a zip whose `mimetype` entry names the OpenDocument type.
 * - txt, md, markdown, csv: valid UTF-8 without NUL, and not an HTML page: text whose first tag
 *   is one a browser sniffs as HTML (`<!DOCTYPE html`, `<html`, `<script`, `<body`, … the
 *   WHATWG MIME-sniffing list) is refused, as a downloaded "text" file could be opened as a page.
 */

const OFFICE_PARTS: Record<string, string> = { docx: 'word/document.xml', xlsx: 'xl/workbook.xml', pptx: 'ppt/presentation.xml' };
const OPEN_DOCUMENT: Record<string, string> = { odt: 'application/vnd.oasis.opendocument.text', ods: 'application/vnd.oasis.opendocument.spreadsheet' };
const TEXT = new Set(['txt', 'md', 'markdown', 'csv']);

/** The tags the WHATWG MIME Sniffing Standard takes as the start of an HTML document. */
const HTML_START = /^(?:<!doctype html|<html|<head|<script|<iframe|<h1|<div|<font|<table|<a|<style|<title|<b|<body|<br|<p|<!--)(?:[\s>]|$)/i;
/** Also refused at the start of a text: markup a browser renders as a document of its own. */
const MARKUP_START = /^(?:<svg|<\?xml[^>]*>\s*<(?:svg|html))[\s>]/i;

const startsWith = (bytes: Buffer, signature: number[]) => signature.every((b, i) => bytes[i] === b);

function isZipWith(bytes: Buffer, check: (names: Set<string>) => boolean): boolean {
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return false;
  try {
    return check(new Set(zipEntries(bytes).map((e) => e.name)));
  } catch {
    return false;
  }
}

function isOpenDocument(bytes: Buffer, mimetype: string): boolean {
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return false;
  try {
    const entry = zipEntries(bytes).find((e) => e.name === 'mimetype');
    return !!entry && unzipEntry(bytes, entry, 200).toString('utf8').trim() === mimetype;
  } catch {
    return false;
  }
}

/** Text as a text type must be: UTF-8 (a BOM allowed), no NUL, not an HTML page. */
export function isPlainText(bytes: Buffer): boolean {
  if (bytes.includes(0)) return false;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  const start = text.replace(/^\uFEFF/, '').trimStart().slice(0, 200);
  return !HTML_START.test(start) && !MARKUP_START.test(start);
}

/** Whether `bytes` are a file of the type the name's extension claims; false for an unknown extension. */
export function contentMatchesExtension(fileName: string, bytes: Buffer): boolean {
  const extension = /\.([A-Za-z0-9]{1,8})$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (extension === 'pdf') return bytes.subarray(0, 5).toString('latin1') === '%PDF-';
  if (extension === 'png') return startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (extension === 'jpg' || extension === 'jpeg') return startsWith(bytes, [0xff, 0xd8, 0xff]);
  const part = OFFICE_PARTS[extension];
  if (part) return isZipWith(bytes, (names) => names.has('[Content_Types].xml') && names.has(part));
  const mimetype = OPEN_DOCUMENT[extension];
  if (mimetype) return isOpenDocument(bytes, mimetype);
  if (TEXT.has(extension)) return isPlainText(bytes);
  return false;
}
