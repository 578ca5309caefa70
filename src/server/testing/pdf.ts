import { deflateSync } from 'node:zlib';

/**
 * Hand-built PDFs for the import's hostile-file tests (issue 13): a PDF is objects, a cross-reference
 * table of their byte offsets and a trailer; these builders write exactly that, with the offsets
 * right, so the only thing wrong with each file is the attack it carries.
 */
function buildPdf(objects: (string | Buffer)[]): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  objects.forEach((body, i) => {
    offsets.push(length);
    const object = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), typeof body === 'string' ? Buffer.from(body, 'latin1') : body, Buffer.from('\nendobj\n', 'latin1')]);
    parts.push(object);
    length += object.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`;
  return Buffer.concat([...parts, Buffer.from(xref, 'latin1')]);
}

const stream = (dictionary: string, data: Buffer) => Buffer.concat([Buffer.from(`<< ${dictionary} /Length ${data.length} >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]);

/** One page whose content stream is `megabytes` of spaces, Flate-compressed to a few hundred kB. */
export function pdfBomb(megabytes = 300): Buffer {
  const content = deflateSync(Buffer.alloc(megabytes * 1024 * 1024, 0x20), { level: 9 });
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    stream('/Filter /FlateDecode', content),
  ]);
}

/** A page tree claiming a million pages. */
export function pdfManyPages(count = 1_000_000): Buffer {
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [3 0 R] /Count ${count} >>`,
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    stream('', Buffer.from('BT /F1 12 Tf 72 720 Td (Sida) Tj ET', 'latin1')),
  ]);
}

/** A page whose dictionary nests arrays `depth` deep. */
export function pdfDeeplyNested(depth = 200_000): Buffer {
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Annots ${'['.repeat(depth)}${']'.repeat(depth)} /Contents 4 0 R >>`,
    stream('', Buffer.from('BT /F1 12 Tf 72 720 Td (Sida) Tj ET', 'latin1')),
  ]);
}
