import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { buildDocx, buildZip, docxBomb } from '../testing/zip.js';
import { contentMatchesExtension, isPlainText } from './file-signature.js';
import { unzipEntries, ZipTooLargeError, ZipUnreadableError } from './zip.js';

const realDocx = async () => Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('IT-policy')] }] }));
const realPdf = async () => {
  const pdf = await PDFDocument.create();
  pdf.addPage().drawText('Förstudie');
  return Buffer.from(await pdf.save());
};
const realXlsx = async () => {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Kalkyl').addRow(['Licens', 1200]);
  return Buffer.from(await book.xlsx.writeBuffer());
};
const odt = (mimetype: string) => buildZip([{ name: 'mimetype', content: mimetype, store: true }, { name: 'content.xml', content: '<office:document-content/>' }]);
/** The start of a Windows program: "MZ", a DOS stub, NULs. */
const executable = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(120), Buffer.from('This program cannot be run in DOS mode.')]);
const html = Buffer.from('<!DOCTYPE html>\n<html><body><script>alert(document.cookie)</script></body></html>');

describe('the zip reader', () => {
  it('stops a zip bomb at the limit of bytes actually inflated, whatever its headers declare', () => {
    const bomb = docxBomb(50);
    expect(bomb.length).toBeLessThan(100_000);
    expect(() => unzipEntries(bomb, () => true, 3 * 1024 * 1024)).toThrow(ZipTooLargeError);
    // Many small entries count together.
    const many = buildZip(Array.from({ length: 20 }, (_, i) => ({ name: `part${i}.xml`, content: 'x'.repeat(200_000), declaredSize: 10 })));
    expect(() => unzipEntries(many, () => true, 3 * 1024 * 1024)).toThrow(ZipTooLargeError);
    expect(unzipEntries(many, (name) => name === 'part1.xml', 3 * 1024 * 1024).get('part1.xml')!.length).toBe(200_000);
  });

  it('refuses what is not a zip, or a damaged one', () => {
    expect(() => unzipEntries(Buffer.from('not a zip'), () => true, 1000)).toThrow(ZipUnreadableError);
    const docx = buildDocx('<w:p/>');
    expect(() => unzipEntries(docx.subarray(0, docx.length - 30), () => true, 1000)).toThrow(ZipUnreadableError);
  });
});

describe('the content signature check', () => {
  it('accepts real files of each type', async () => {
    expect(contentMatchesExtension('Förstudie.pdf', await realPdf())).toBe(true);
    expect(contentMatchesExtension('policy.docx', await realDocx())).toBe(true);
    expect(contentMatchesExtension('kalkyl.XLSX', await realXlsx())).toBe(true);
    expect(contentMatchesExtension('text.odt', odt('application/vnd.oasis.opendocument.text'))).toBe(true);
    expect(contentMatchesExtension('bild.png', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'))).toBe(true);
    expect(contentMatchesExtension('bild.jpg', Buffer.from('ffd8ffe000104a464946', 'hex'))).toBe(true);
    expect(contentMatchesExtension('anteckning.txt', Buffer.from('\uFEFFBehov: 40 användare <b>viktigt</b>\n'))).toBe(true);
    expect(contentMatchesExtension('plan.md', Buffer.from('# Plan\n\n<details>mer</details>\n'))).toBe(true);
  });

  it('refuses content of another type than the name claims', async () => {
    expect(contentMatchesExtension('förstudie.pdf', html)).toBe(false);
    expect(contentMatchesExtension('policy.docx', executable)).toBe(false);
    expect(contentMatchesExtension('policy.docx', await realXlsx())).toBe(false);
    expect(contentMatchesExtension('kalkyl.xlsx', await realDocx())).toBe(false);
    expect(contentMatchesExtension('text.odt', odt('application/vnd.oasis.opendocument.spreadsheet'))).toBe(false);
    expect(contentMatchesExtension('bild.png', await realPdf())).toBe(false);
    expect(contentMatchesExtension('anteckning.txt', html)).toBe(false);
    expect(contentMatchesExtension('anteckning.txt', Buffer.from('  <svg onload="alert(1)"></svg>'))).toBe(false);
    expect(contentMatchesExtension('anteckning.txt', executable)).toBe(false);
    expect(contentMatchesExtension('latin1.csv', Buffer.from('Namn;Förvaltning', 'latin1'))).toBe(false);
    expect(contentMatchesExtension('program.exe', executable)).toBe(false);
    expect(isPlainText(Buffer.from('<p>Stycke</p>'))).toBe(false);
  });
});
