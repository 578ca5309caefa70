import { readFileSync } from 'node:fs';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestMunicipality, type Municipality } from '../../testing/fixtures.js';
import { startTestServer, type TestServer } from '../../testing/server.js';
import { pdfBomb, pdfDeeplyNested, pdfManyPages } from '../../testing/pdf.js';
import { buildDocx, buildZip, docxBomb } from '../../testing/zip.js';

/**
 * The document import's uploads (issue 11, items 14 and 15): a .docx is read in a worker thread,
 * counting the bytes it really inflates, and every file must be of the type its name claims.
 */
let server: TestServer;
let m: Municipality;
beforeAll(async () => {
  server = await startTestServer();
  m = await createTestMunicipality(server);
});
afterAll(async () => server?.close());

/** How long a worker takes to start on this machine (from source, it loads tsx first): measured with a small text. */
let workerStartMs = 0;
beforeAll(async () => {
  const chef = await m.as('it_chef');
  const started = performance.now();
  await chef.post('/api/v1/documents/import', { filename: 'warm.txt', text: 'IT-policy' });
  workerStartMs = performance.now() - started;
});

const base64 = (b: Buffer) => b.toString('base64');

/** Asks /health over and over until `work` settles: how long the longest wait was, and how many answered. */
async function healthWhile<T>(work: Promise<T>) {
  let done = false;
  const result = work.finally(() => (done = true));
  let longest = 0;
  let answered = 0;
  while (!done) {
    const started = performance.now();
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    longest = Math.max(longest, performance.now() - started);
    answered++;
  }
  return { result: await result, longest, answered };
}

describe('importing a file', () => {
  it('refuses a zip bomb as too large from the bytes it inflates, while the server answers others', async () => {
    const chef = await m.as('it_chef');
    // 200 kB on disk, declaring 1 000 bytes, inflating to 200 MB.
    const bomb = docxBomb(200);
    expect(bomb.length).toBeLessThan(250_000);
    let importDone = 0;
    let healthDone = 0;
    const upload = chef.post('/api/v1/documents/import', { filename: 'bomb.docx', contentBase64: base64(bomb) }).finally(() => (importDone = performance.now()));
    const health = fetch(`${server.url}/health`).finally(() => (healthDone = performance.now()));
    const [refused, healthy] = await Promise.all([upload, health]);
    expect(healthy.status).toBe(200);
    expect(healthDone).toBeLessThan(importDone);
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0]).toEqual({ field: 'contentBase64', message: 'Filens innehåll är för stort för att läsas in (högst 3 MB text).' });
    expect((await chef.get('/api/v1/documents')).body.total).toBe(0);
  });

  it('reads a long .docx off the event loop: other requests keep being answered meanwhile', async () => {
    const chef = await m.as('it_chef');
    const long = buildDocx(Array.from({ length: 8_000 }, (_, i) => `<w:p><w:r><w:t>Stycke ${i} om kommunens IT</w:t></w:r></w:p>`).join(''));
    const started = performance.now();
    const { result: proposal, longest, answered } = await healthWhile(chef.post('/api/v1/documents/import', { filename: 'lang.docx', contentBase64: base64(long) }));
    const took = performance.now() - started;
    expect(proposal.status, JSON.stringify(proposal.body)).toBe(200);
    expect(proposal.body.body).toContain('Stycke 7999 om kommunens IT');
    // Read on the event loop, the parse held every /health request for nearly all of it.
    expect(answered).toBeGreaterThan(2);
    expect(longest).toBeLessThan(took / 2);
  });

  it('refuses a program saved as .docx and a web page as text, naming the field in the person’s language', async () => {
    const chef = await m.as('it_chef');
    const program = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(200)]);
    const exe = await chef.post('/api/v1/documents/import', { filename: 'policy.docx', contentBase64: base64(program) });
    expect(exe.status).toBe(400);
    expect(exe.body.errors[0]).toEqual({ field: 'contentBase64', message: expect.stringContaining('inte en .docx-fil') });
    const page = Buffer.from('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>');
    const htmlFile = await chef.post('/api/v1/documents/import', { filename: 'policy.txt', contentBase64: base64(page) });
    expect(htmlFile.body.errors[0]).toEqual({ field: 'contentBase64', message: expect.stringContaining('inte en .txt-fil') });
    const english = await m.as('admin');
    english.language = 'en';
    const htmlText = await english.post('/api/v1/documents/import', { filename: 'policy.txt', text: page.toString('utf8') });
    expect(htmlText.status).toBe(400);
    expect(htmlText.body.errors[0]).toEqual({ field: 'text', message: 'The text looks like a web page (HTML) or holds binary characters. Paste or choose plain text.' });
    expect((await chef.get('/api/v1/documents')).body.total).toBe(0);
  });

  it('still reads a real .docx written by a word processor', async () => {
    const chef = await m.as('it_chef');
    const doc = new Document({
      sections: [{ children: [new Paragraph({ text: 'IT-policy för Roders kommun', heading: HeadingLevel.TITLE }), new Paragraph({ text: 'Principer', heading: HeadingLevel.HEADING_1 }), new Paragraph({ text: 'Befintliga lösningar prövas först', bullet: { level: 0 } })] }],
    });
    const proposal = await chef.post('/api/v1/documents/import', { filename: 'policy.docx', contentBase64: base64(await Packer.toBuffer(doc)) });
    expect(proposal.status, JSON.stringify(proposal.body)).toBe(200);
    expect(proposal.body).toMatchObject({ title: 'IT-policy för Roders kommun', typeKey: 'policy' });
    expect(proposal.body.items.map((i: { title: string }) => i.title)).toContain('Befintliga lösningar prövas först');
  });
});

describe('importing a PDF or an OpenDocument text (issue 13)', () => {
  it('proposes a draft from a PDF with its headings, page furniture left out', async () => {
    const chef = await m.as('it_chef');
    const pdf = readFileSync(new URL('../../../../test/fixtures/documents/10-it-policy.pdf', import.meta.url));
    const proposal = await chef.post('/api/v1/documents/import', { filename: 'policy.pdf', contentBase64: base64(pdf) });
    expect(proposal.status, JSON.stringify(proposal.body)).toBe(200);
    expect(proposal.body).toMatchObject({ title: 'IT-policy för Stenhamra kommun', typeKey: 'policy', diarienummer: 'KS 2016/0210', decidedOn: '2016-05-30', decidingBody: 'Kommunfullmäktige' });
    expect(proposal.body.sources.decidedOn).toContain('antogs av kommunfullmäktige');
    expect(proposal.body.items.map((i: { kind: string; title: string }) => [i.kind, i.title])).toEqual([
      ['principle', 'Helhetssyn'],
      ['principle', 'Användarnas behov'],
      ['principle', 'Standardisering'],
      ['principle', 'Informationssäkerhet'],
    ]);
    expect(proposal.body.items[0].reason).toBe('sub-heading of "Principer"');
    expect(proposal.body.body).not.toMatch(/STENHAMRA KOMMUN|\(2\)/);
  });

  it('proposes a draft from an .odt', async () => {
    const chef = await m.as('it_chef');
    const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>
      <text:h text:outline-level="1">Riktlinje för e-post</text:h><text:p>Dnr: KS 2024/0042</text:p>
      <text:h text:outline-level="2">Regler</text:h><text:list><text:list-item><text:p>E-post gallras efter två år</text:p></text:list-item><text:list-item><text:p>Funktionsbrevlådor har en ägare</text:p></text:list-item></text:list>
      </office:text></office:body></office:document-content>`;
    const odt = buildZip([
      { name: 'mimetype', content: Buffer.from('application/vnd.oasis.opendocument.text'), store: true },
      { name: 'content.xml', content: Buffer.from(content) },
    ]);
    const proposal = await chef.post('/api/v1/documents/import', { filename: 'riktlinje.odt', contentBase64: base64(odt) });
    expect(proposal.status, JSON.stringify(proposal.body)).toBe(200);
    expect(proposal.body).toMatchObject({ title: 'Riktlinje för e-post', typeKey: 'riktlinje', diarienummer: 'KS 2024/0042' });
    expect(proposal.body.items.map((i: { kind: string; title: string }) => [i.kind, i.title])).toEqual([
      ['principle', 'E-post gallras efter två år'],
      ['principle', 'Funktionsbrevlådor har en ägare'],
    ]);
  });

  it.each([
    ['a PDF bomb (300 MB of content in a few hundred kB)', pdfBomb(300), 'file_too_large'],
    ['a PDF claiming a million pages', pdfManyPages(), 'file_too_large'],
    ['a PDF nesting arrays 200 000 deep', pdfDeeplyNested(), null],
  ])('refuses %s well before the worker’s time limit while the server answers others', async (_name, file, reason) => {
    const chef = await m.as('it_chef');
    const started = performance.now();
    const { result: refused, longest } = await healthWhile(chef.post('/api/v1/documents/import', { filename: 'hostile.pdf', contentBase64: base64(file) }));
    // Loading the worker from source takes time on a busy machine; the file itself must not.
    const took = performance.now() - started;
    if (reason) expect(refused.status).toBe(400);
    if (reason) expect(refused.body.errors[0].message).toContain('för stort');
    if (!reason) expect([200, 400]).toContain(refused.status);
    // Timing on a shared 2-core machine is a benchmark's business: here only that the file does not
    // run into the worker's 30 s limit, and that no /health request waited for the parse to end (a
    // parse on the event loop would hold one request for all of it).
    expect(took).toBeLessThan(15_000 + workerStartMs);
    expect(longest).toBeLessThan(Math.max(1000, took / 2));
  });
});

describe('KPIs proposed by an import', () => {
  it('proposes a relative KPI under its goal, which the goals endpoint stores as levels the follow-up judges', async () => {
    const chef = await m.as('it_chef');
    const text = '# Plan för e-förvaltning\n\n## Fokusområden\n\n### Effektivitet\n\nKommunen ska minska handläggningstiden för bygglov med 25 % till 2027.\n';
    const proposal = await chef.post('/api/v1/documents/import', { filename: 'plan.md', text });
    expect(proposal.status, JSON.stringify(proposal.body)).toBe(200);
    const goal = proposal.body.items[0].children[0];
    expect(goal.kind).toBe('goal');
    expect(goal.kpis).toEqual([
      expect.objectContaining({ unit: 'percent', targetValue: -25, targetDate: '2027-12-31', direction: 'lower', relative: true, source: 'Kommunen ska minska handläggningstiden för bygglov med 25 % till 2027' }),
    ]);
    // Saved as the review saves it: the document, then the KPI on the saved goal, baseline 40 days.
    const types = (await chef.get('/api/v1/document-types')).body.items as { id: string; key: string }[];
    const strip = (items: { kind: string; title: string; children: unknown[] }[]): unknown[] => items.map((i) => ({ kind: i.kind, title: i.title, children: strip(i.children as never) }));
    const doc = await chef.post('/api/v1/documents', { title: 'Plan för e-förvaltning', typeId: types.find((t) => t.key === 'handlingsplan')!.id, items: strip(proposal.body.items) });
    expect(doc.status, JSON.stringify(doc.body)).toBe(201);
    const kpi = await chef.post('/api/v1/kpis', {
      goalId: doc.body.items[0].children[0].id,
      name: goal.kpis[0].name,
      definition: goal.kpis[0].definition,
      unit: 'days',
      direction: 'lower',
      baselineValue: 40,
      baselineDate: '2024-12-31',
      targets: [{ value: 30, targetDate: '2027-12-31' }],
    });
    expect(kpi.status, JSON.stringify(kpi.body)).toBe(201);
    const measured = await chef.post(`/api/v1/kpis/${kpi.body.id}/measurements`, { periodEnd: '2025-12-31', value: 29 });
    expect(measured.body.evaluation.status).toBe('met');
  });
});

describe('the responsibility table proposed by the import (issue 13, item 7)', () => {
  it("proposes a Word table's rows and a responsibility section's sentences, each with its source, which the table's API then saves", async () => {
    const chef = await m.as('it_chef');
    const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
    const row = (...cells: string[]) => new TableRow({ children: cells.map(cell) });
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: 'Informationssäkerhetspolicy för Roders kommun', heading: HeadingLevel.TITLE }),
            new Paragraph({ text: 'Principer', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ text: 'Informationen klassas innan den hanteras', bullet: { level: 0 } }),
            new Paragraph({ text: 'Ansvarsfördelning', heading: HeadingLevel.HEADING_1 }),
            new Table({ rows: [row('Roll', 'Ansvar'), row('Kommunstyrelsen', 'Leder arbetet med informationssäkerhet'), row('Nämnderna', 'Ansvarar för sina verksamhetssystem')] }),
            new Paragraph('IT-chefen ska följa upp policyn varje år. Ansvaret följer linjen.'),
            new Paragraph({ text: 'Versioner', heading: HeadingLevel.HEADING_1 }),
            new Table({ rows: [row('Version', 'Datum', 'Ändring', 'Ansvarig'), row('1.0', '2024-01-10', 'Ny policy', 'IT-chef')] }),
          ],
        },
      ],
    });
    const proposal = await chef.post('/api/v1/documents/import', { filename: 'policy.docx', contentBase64: base64(await Packer.toBuffer(doc)) });
    expect(proposal.status, JSON.stringify(proposal.body)).toBe(200);
    expect(proposal.body.responsibilities).toEqual([
      { party: 'Kommunstyrelsen', responsibility: 'Leder arbetet med informationssäkerhet', source: 'Kommunstyrelsen | Leder arbetet med informationssäkerhet' },
      { party: 'Nämnderna', responsibility: 'Ansvarar för sina verksamhetssystem', source: 'Nämnderna | Ansvarar för sina verksamhetssystem' },
      { party: 'IT-chefen', responsibility: 'Följa upp policyn varje år', source: 'IT-chefen ska följa upp policyn varje år.' },
    ]);
    // Saved as the review saves it: the document, then the kept rows under the table's version 0.
    const types = (await chef.get('/api/v1/document-types')).body.items as { id: string; key: string }[];
    const created = await chef.post('/api/v1/documents', { title: proposal.body.title, typeId: types.find((t) => t.key === 'policy')!.id, items: [] });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const kept = proposal.body.responsibilities.slice(0, 2).map(({ party, responsibility }: { party: string; responsibility: string }) => ({ party, responsibility }));
    const saved = await chef.put(`/api/v1/documents/${created.body.id}/responsibilities`, { rows: kept }, { 'if-match': '"0"' });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect((await chef.get(`/api/v1/documents/${created.body.id}/responsibilities`)).body.rows.map((r: { party: string }) => r.party)).toEqual(['Kommunstyrelsen', 'Nämnderna']);
  });

  it('proposes none from a text without a responsibility table or section', async () => {
    const chef = await m.as('it_chef');
    const text = '# IT-policy\n\n## Principer\n\n- IT-chefen ska se till att varje system har en ägare\n\n| Nyckeltal | Målvärde |\n| --- | --- |\n| Andel e-tjänster | 70 % |\n';
    const proposal = await chef.post('/api/v1/documents/import', { filename: 'policy.md', text });
    expect(proposal.status, JSON.stringify(proposal.body)).toBe(200);
    expect(proposal.body.responsibilities).toEqual([]);
  });
});
