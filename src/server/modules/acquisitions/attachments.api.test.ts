import { Document, Packer, Paragraph } from 'docx';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { needInput, startAcquisitionTestServer } from '../../testing/acquisitions.js';
import { createTestMunicipality } from '../../testing/fixtures.js';
import type { TestServer } from '../../testing/server.js';

/** A pre-study's attachments are stored only when their content is of the type their name claims (issue 11, item 15). */
let server: TestServer;
let caps: Record<string, string>;
beforeAll(async () => {
  ({ server, caps } = await startAcquisitionTestServer());
});
afterAll(async () => server?.close());

const base64 = (b: Buffer) => b.toString('base64');

describe('pre-study attachments', () => {
  it('refuses HTML saved as .pdf and a program saved as .docx, storing nothing, and keeps real files', async () => {
    const m = await createTestMunicipality(server);
    const chef = await m.as('forvaltningschef');
    const created = (await chef.post('/api/v1/acquisitions', needInput(m, caps))).body;
    const attach = (fileName: string, content: Buffer) => chef.post(`/api/v1/acquisitions/${created.id}/attachments`, { fileName, contentBase64: base64(content) });

    const page = await attach('Förstudie.pdf', Buffer.from('<!DOCTYPE html><html><body><script>fetch("/api/v1/session")</script></body></html>'));
    expect(page.status).toBe(400);
    expect(page.body.errors).toEqual([{ field: 'contentBase64', message: 'Filens innehåll är inte en .pdf-fil, fast namnet säger det: filen är av en annan typ eller skadad. Spara den i rätt format och försök igen.' }]);
    const program = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(120), Buffer.from('This program cannot be run in DOS mode.')]);
    chef.language = 'en';
    const exe = await attach('Kravspec.docx', program);
    expect(exe.status).toBe(400);
    expect(exe.body.errors).toEqual([{ field: 'contentBase64', message: expect.stringContaining('is not a .docx file') }]);
    expect((await attach('anteckning.txt', Buffer.from('<html><script>alert(1)</script></html>'))).status).toBe(400);
    expect((await chef.get(`/api/v1/acquisitions/${created.id}`)).body.attachments).toEqual([]);

    const pdf = await PDFDocument.create();
    pdf.addPage().drawText('Forstudie');
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Kravspecifikation')] }] }));
    expect((await attach('Förstudie.pdf', Buffer.from(await pdf.save()))).status).toBe(201);
    expect((await attach('Kravspec.docx', docx)).status).toBe(201);
    const kept = (await chef.get(`/api/v1/acquisitions/${created.id}`)).body.attachments.map((a: { fileName: string; contentType: string }) => [a.fileName, a.contentType]);
    expect(kept).toEqual(
      expect.arrayContaining([
        ['Förstudie.pdf', 'application/pdf'],
        ['Kravspec.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ]),
    );
    expect(kept).toHaveLength(2);
  });
});
