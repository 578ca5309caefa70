import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../testing/zip.js';
import { ImportFileError, proposeOffThread } from './import-runner.js';

describe('reading an import in a worker', () => {
  it('proposes a draft from a .docx and from text', async () => {
    const docx = buildDocx('<w:p><w:r><w:t>IT-strategi för Roders kommun</w:t></w:r></w:p>');
    expect((await proposeOffThread({ filename: 'strategi.docx', bytes: docx })).title).toBe('IT-strategi för Roders kommun');
    expect((await proposeOffThread({ filename: 'policy.txt', text: 'IT-policy\n\nText.' })).typeKey).toBe('policy');
  });

  it('ends a worker past its time limit or its memory limit and refuses the file as too large', async () => {
    const job = { filename: 'lang.docx', bytes: buildDocx(Array.from({ length: 20_000 }, (_, i) => `<w:p><w:r><w:t>Stycke ${i}</w:t></w:r></w:p>`).join('')) };
    await expect(proposeOffThread(job, { timeoutMs: 50, maxHeapMb: 512 })).rejects.toEqual(new ImportFileError('too_large'));
    await expect(proposeOffThread(job, { timeoutMs: 60_000, maxHeapMb: 16 })).rejects.toEqual(new ImportFileError('too_large'));
  });

  it('refuses a damaged .docx as unreadable', async () => {
    await expect(proposeOffThread({ filename: 'trasig.docx', bytes: Buffer.from('PK\x03\x04 trasig') })).rejects.toEqual(new ImportFileError('unreadable'));
  });
});
