import { inflateRawSync } from 'node:zlib';

/**
 * A zip archive's table of contents, and its entries unpacked under a budget of bytes actually
 * inflated (issue 11, item 14). The sizes a zip declares are never trusted: a zip bomb declares
 * a kilobyte and inflates to hundreds of megabytes. Inflation stops as soon as the output passes
 * what is left of the budget, so refusing a bomb costs the budget, not the bomb.
 *
 * Only what Office and OpenDocument files use: stored and deflated entries, no encryption, no
 * zip64 (their parts are far below 4 GB).
 */

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
  encrypted: boolean;
}

/** Not a zip this reader understands: damaged, encrypted, zip64 or another format. */
export class ZipUnreadableError extends Error {}

/** Unpacking would pass the budget of inflated bytes. */
export class ZipTooLargeError extends Error {}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** More entries than any document has; bounds the work of reading the directory. */
const MAX_ENTRIES = 10_000;

/** The archive's entries as its central directory lists them (nothing is inflated). */
export function zipEntries(bytes: Buffer): ZipEntry[] {
  // The end-of-directory record is the last 22 bytes, or earlier by a comment of at most 64 kB.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes.readUInt32LE(i) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new ZipUnreadableError('no end of central directory');
  const count = bytes.readUInt16LE(end + 10);
  const size = bytes.readUInt32LE(end + 12);
  const start = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || start === 0xffffffff || size === 0xffffffff) throw new ZipUnreadableError('zip64');
  if (count > MAX_ENTRIES) throw new ZipUnreadableError('too many entries');
  if (start + size > end) throw new ZipUnreadableError('central directory out of bounds');
  const entries: ZipEntry[] = [];
  let at = start;
  for (let n = 0; n < count; n++) {
    if (at + 46 > end || bytes.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new ZipUnreadableError('bad central directory');
    const flags = bytes.readUInt16LE(at + 8);
    const nameLength = bytes.readUInt16LE(at + 28);
    const next = at + 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    if (next > end) throw new ZipUnreadableError('bad central directory');
    const compressedSize = bytes.readUInt32LE(at + 20);
    const localHeaderOffset = bytes.readUInt32LE(at + 42);
    if (compressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) throw new ZipUnreadableError('zip64');
    entries.push({
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
      method: bytes.readUInt16LE(at + 10),
      compressedSize,
      localHeaderOffset,
      encrypted: (flags & 1) === 1,
    });
    at = next;
  }
  return entries;
}

/**
 * One entry's content, inflating at most `maxBytes`: past that it throws ZipTooLargeError, having
 * produced no more than about `maxBytes` plus one inflate chunk (zlib stops at the limit).
 */
export function unzipEntry(bytes: Buffer, entry: ZipEntry, maxBytes: number): Buffer {
  if (entry.encrypted) throw new ZipUnreadableError('encrypted');
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL_HEADER) throw new ZipUnreadableError('bad local header');
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) throw new ZipUnreadableError('entry out of bounds');
  if (entry.method === 0) {
    if (data.length > maxBytes) throw new ZipTooLargeError();
    return data;
  }
  if (entry.method !== 8) throw new ZipUnreadableError(`compression method ${entry.method}`);
  let content: Buffer;
  try {
    content = inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new ZipTooLargeError();
    throw new ZipUnreadableError('bad deflate data');
  }
  if (content.length > maxBytes) throw new ZipTooLargeError();
  return content;
}

/**
 * The entries `wanted` picks, unpacked with at most `maxBytes` inflated over them all together (a
 * bomb may also be many entries, or entries that overlap the same compressed data).
 */
export function unzipEntries(bytes: Buffer, wanted: (name: string) => boolean, maxBytes: number): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  let left = maxBytes;
  for (const entry of zipEntries(bytes)) {
    if (!wanted(entry.name) || entry.name.endsWith('/')) continue;
    const content = unzipEntry(bytes, entry, left);
    left -= content.length;
    out.set(entry.name, content);
  }
  return out;
}
