import { constants, crc32, deflateRawSync } from 'node:zlib';

/** One file in a zip built for a test: its name, its content, and optionally the size it claims. */
export interface ZipEntry {
  name: string;
  /** The content, or an already deflated one (see `repeatedDeflate`). */
  content: Buffer | string | Deflated;
  /** Stored instead of deflated (ODF's `mimetype` must be). */
  store?: boolean;
  /** The uncompressed size the headers declare; the real one when left out. A zip bomb lies here. */
  declaredSize?: number;
}

/** Deflated data with the CRC and size of what it inflates to. */
export interface Deflated {
  data: Buffer;
  crc: number;
  size: number;
}

const isDeflated = (content: ZipEntry['content']): content is Deflated => typeof content === 'object' && 'crc' in content;

/**
 * `head`, then `chunk` `times` over, then `tail`, deflated without ever holding the whole in
 * memory: each piece is compressed on its own and ended by a sync flush, so the pieces join into
 * one valid stream (a deflate stream may be cut into blocks anywhere).
 */
function repeatedDeflate(head: Buffer, chunk: Buffer, times: number, tail: Buffer): Deflated {
  const piece = (b: Buffer) => deflateRawSync(b, { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  const middle = piece(chunk);
  const data = Buffer.concat([piece(head), ...Array.from({ length: times }, () => middle), deflateRawSync(tail, { level: 9 })]);
  let crc = crc32(head);
  for (let i = 0; i < times; i++) crc = crc32(chunk, crc);
  return { data, crc: crc32(tail, crc), size: head.length + chunk.length * times + tail.length };
}

/**
 * A zip archive written byte by byte, so a test can make real files (a .docx, an .odt) and
 * hostile ones: entries whose headers declare a size other than what they inflate to.
 */
export function buildZip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const deflated = isDeflated(entry.content) ? entry.content : null;
    const content = deflated ? Buffer.alloc(0) : typeof entry.content === 'string' ? Buffer.from(entry.content, 'utf8') : (entry.content as Buffer);
    const data = deflated?.data ?? (entry.store ? content : deflateRawSync(content, { level: 9 }));
    const name = Buffer.from(entry.name, 'utf8');
    const crc = deflated?.crc ?? crc32(content);
    const size = entry.declaredSize ?? deflated?.size ?? content.length;
    const method = entry.store && !deflated ? 0 : 8;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

/**
 * A .docx whose word/document.xml is `bodyXml` inside the document element (or that whole part,
 * already deflated); `declaredSize` makes
 * its headers claim another size. The zip bomb of issue 11 item 14 is a paragraph of a few hundred
 * megabytes of spaces declaring 1 000 bytes: about 200 kB on disk.
 */
const DOCUMENT_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';
const DOCUMENT_TAIL = '</w:body></w:document>';

export function buildDocx(bodyXml: string | Deflated, declaredSize?: number): Buffer {
  const document = typeof bodyXml === 'string' ? `${DOCUMENT_HEAD}${bodyXml}${DOCUMENT_TAIL}` : bodyXml;
  return buildZip([
    { name: '[Content_Types].xml', content: CONTENT_TYPES },
    { name: '_rels/.rels', content: RELS },
    { name: 'word/document.xml', content: document, declaredSize },
  ]);
}

/** The zip bomb: `megabytes` MB of spaces in word/document.xml that declares 1 000 bytes. */
export function docxBomb(megabytes = 200): Buffer {
  const head = Buffer.from(`${DOCUMENT_HEAD}<w:p><w:r><w:t xml:space="preserve">`);
  const tail = Buffer.from(`</w:t></w:r></w:p>${DOCUMENT_TAIL}`);
  return buildDocx(repeatedDeflate(head, Buffer.alloc(1024 * 1024, ' '), megabytes, tail), 1000);
}

/** An .xlsx whose one sheet is `megabytes` MB of spaces declaring 1 000 bytes (issue 12, item 1). */
export function xlsxBomb(megabytes = 450): Buffer {
  const head = Buffer.from('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>');
  const tail = Buffer.from('</sheetData></worksheet>');
  return buildZip([
    { name: '[Content_Types].xml', content: '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
    { name: 'xl/workbook.xml', content: '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="Systemregister" sheetId="1"/></sheets></workbook>' },
    { name: 'xl/worksheets/sheet1.xml', content: repeatedDeflate(head, Buffer.alloc(1024 * 1024, ' '), megabytes, tail), declaredSize: 1000 },
  ]);
}
