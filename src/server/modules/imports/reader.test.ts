import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readSpreadsheet } from './reader.js';
import type { Cell } from './values.js';

/** Every sheet's header and rows as the reader hands them over. */
async function read(bytes: Buffer) {
  const sheets: { name: string; header: Cell[]; rows: [number, Cell[]][] }[] = [];
  await readSpreadsheet('register.xlsx', bytes, { sheet: (name, header) => (sheets.push({ name, header, rows: [] }), true), row: (n, cells) => sheets.at(-1)!.rows.push([n, cells]) }, () => undefined);
  return sheets;
}

async function workbook(options: { useSharedStrings: boolean }) {
  const wb = new ExcelJS.Workbook();
  const systems = wb.addWorksheet('Systemregister');
  systems.addRow(['Namn', 'Årlig kostnad (kr)', 'Leverantör']);
  systems.addRow(['Raindance', 1_800_000, 'Leverantör AB']);
  systems.addRow(['Heroma', 500_000, { richText: [{ text: 'Visma ' }, { font: { bold: true }, text: 'Enterprise' }] }]);
  const agreements = wb.addWorksheet('Avtal & "kontrakt"');
  agreements.addRow(['Namn', 'System']);
  agreements.addRow(['Ekonomiavtalet', 'Raindance']);
  return Buffer.from(await wb.xlsx.writeBuffer(options));
}

const expected = [
  {
    name: 'Systemregister',
    header: ['Namn', 'Årlig kostnad (kr)', 'Leverantör'],
    rows: [
      [2, ['Raindance', 1_800_000, 'Leverantör AB']],
      [3, ['Heroma', 500_000, 'Visma Enterprise']],
    ],
  },
  { name: 'Avtal & "kontrakt"', header: ['Namn', 'System'], rows: [[2, ['Ekonomiavtalet', 'Raindance']]] },
];

describe('the spreadsheet reader', () => {
  it('reads a workbook whose shared strings come after its sheets (as exceljs writes it) straight from the stream, with no temporary file', async () => {
    const bytes = await workbook({ useSharedStrings: true });
    const before = new Set(readdirSync(tmpdir()));
    // Many at once: the temporary files exceljs falls back on lost a sheet's rows under load.
    const results = await Promise.all(Array.from({ length: 8 }, () => read(bytes)));
    for (const sheets of results) expect(sheets).toEqual(expected);
    expect(readdirSync(tmpdir()).filter((f) => !before.has(f) && f.startsWith(`tmp-${process.pid}-`))).toEqual([]);
  });

  it('reads a workbook with its text in the cells (no shared strings part)', async () => {
    expect(await read(await workbook({ useSharedStrings: false }))).toEqual(expected);
  });
});
