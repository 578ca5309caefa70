import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import type { ApiClient } from '../../testing/client.js';

/** Polls the batch until it stops working, as the page does (up to two minutes). */
export async function settled(client: ApiClient, id: string) {
  for (let i = 0; i < 1200; i++) {
    const res = await client.get(`/api/v1/imports/${id}`);
    if (res.body.status !== 'analysing' && res.body.status !== 'running') return res;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the import never settled');
}

/** Uploads a file and waits for its dry run. */
export async function dryRun(client: ApiClient, filename: string, contentBase64: string) {
  const res = await client.post('/api/v1/imports', { filename, contentBase64 });
  expect(res.status, JSON.stringify(res.body)).toBe(202);
  return settled(client, res.body.id);
}

/** Runs a dry-run batch with the mapping and waits for it to finish. */
export async function run(client: ApiClient, batch: { body: { id: string }; headers: Headers }, mapping: unknown[] = []) {
  const res = await client.post(`/api/v1/imports/${batch.body.id}/run`, { mapping }, { 'if-match': batch.headers.get('etag')! });
  expect(res.status, JSON.stringify(res.body)).toBe(202);
  return settled(client, batch.body.id);
}

/** A workbook of the given sheets and rows, as base64 for the upload. */
export async function workbook(sheets: Record<string, unknown[][]>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = wb.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
  }
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}
