import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, dateInSweden } from '../../../shared/dates.js';
import { createTestMunicipality } from '../../testing/fixtures.js';
import { entityEvents } from '../audit/queries.js';
import { readPdf } from '../../testing/pdf-text.js';
import { startTestServer, type TestServer } from '../../testing/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

describe('the IT council', () => {
  it('numbers matters §1, §2 … and exports the minutes as .docx and PDF in Swedish', async () => {
    const m = await createTestMunicipality(server);
    const chef = await m.as('it_chef');
    const meeting = (await chef.post('/api/v1/council/meetings', { meetingDate: '2026-03-12', location: 'Stadshuset, rum Åsen' })).body;
    await chef.post(`/api/v1/council/meetings/${meeting.id}/items`, { title: 'Val av justerare', subjectKind: 'other' });
    const second = (await chef.post(`/api/v1/council/meetings/${meeting.id}/items`, { title: 'Byte av ärendehanteringssystem', subjectKind: 'other', background: 'Nuvarande avtal löper ut 2027 😀.' })).body;
    expect(second.items.map((i: { number: number }) => i.number)).toEqual([1, 2]);
    const item = second.items[1];
    const stale = await chef.put(`/api/v1/council/items/${item.id}/decision`, { decision: 'rejected', decisionText: 'x', decidedOn: '2026-03-12' }, { 'if-match': '"9"' });
    expect(stale.status).toBe(412);
    const bad = await chef.put(`/api/v1/council/items/${item.id}/decision`, { decision: 'maybe', decisionText: '', decidedOn: '2026-02-30', diarienummer: 'x' }, { 'if-match': '"1"' });
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['decidedOn', 'decision', 'decisionText']);
    // A decision is dated on or after its meeting and never after today.
    const decide = (decidedOn: string) => chef.put(`/api/v1/council/items/${item.id}/decision`, { decision: 'approved', decisionText: 'Godkänns.', decidedOn }, { 'if-match': '"1"' });
    const early = await decide('2026-03-11');
    expect(early.status).toBe(400);
    expect(early.body.errors).toEqual([{ field: 'decidedOn', message: 'Beslutet kan inte dateras före sammanträdet (2026-03-12).' }]);
    // Tomorrow in Sweden, where the server's 'today' is: a UTC date is still yesterday there after 22:00 or 23:00 UTC.
    const tomorrow = addDays(dateInSweden(new Date()), 1);
    const future = await decide(tomorrow > '2026-03-12' ? tomorrow : '2099-01-01');
    expect(future.body.errors).toEqual([{ field: 'decidedOn', message: 'Ett beslut kan inte dateras efter i dag.' }]);
    await chef.put(`/api/v1/council/items/${item.id}/decision`, { decision: 'returned', decisionText: 'Ärendet återremitteras för en förstudie om samverkan.', decidedOn: '2026-03-12', diarienummer: 'KS 2026/0101' }, { 'if-match': '"1"' });

    const docx = await chef.get(`/api/v1/council/meetings/${meeting.id}/minutes.docx`);
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-type')).toContain('wordprocessingml');
    const text = (await mammoth.extractRawText({ buffer: docx.raw })).value;
    expect(text).toContain('Protokoll, IT-rådet');
    expect(text).toContain('12 mars 2026');
    expect(text).toContain('§ 2 Byte av ärendehanteringssystem');
    expect(text).toContain('Dnr KS 2026/0101');
    expect(text).toContain('Återremitteras. Ärendet återremitteras för en förstudie om samverkan.');
    expect(text).toContain('Inget beslut fattat.');

    const pdf = await chef.get(`/api/v1/council/meetings/${meeting.id}/minutes.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.raw.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.raw.length).toBeGreaterThan(1000);
  });

  it('makes the minutes an archivable PDF: Noto Sans embedded, any name as written, amounts on one line', async () => {
    const m = await createTestMunicipality(server);
    const chef = await m.as('it_chef');
    const meeting = (await chef.post('/api/v1/council/meetings', { meetingDate: '2026-03-12', location: 'Sámediggi, Kiruna' })).body;
    // The amount lands at every position of a line once: the minutes must never split it.
    const background = Array.from({ length: 40 }, (_, k) => `${'x'.repeat(k % 13)} värde 2 389 585 kr`).join(' ');
    await chef.post(`/api/v1/council/meetings/${meeting.id}/items`, { title: 'Samråd med Áŋŋá Đuođđa och Łukasz Wiśniewski 😀', subjectKind: 'other', background });

    const res = await chef.get(`/api/v1/council/meetings/${meeting.id}/minutes.pdf`);
    expect(res.status).toBe(200);
    const pdf = await readPdf(res.raw);
    // Every font is embedded (FontFile2), none is a standard font, and every glyph drawn has a shape.
    expect(pdf.fonts.length).toBeGreaterThan(0);
    for (const font of pdf.fonts) expect(font).toMatchObject({ subtype: 'Type0', fontFile2: true, baseFont: expect.stringMatching(/^[A-Z]{6}\+NotoSans-(Regular|Bold)$/) });
    expect(pdf.blankGlyphs).toEqual([]);
    expect(pdf.text).toContain('§ 1 Samråd med Áŋŋá Đuođđa och Łukasz Wiśniewski ?');
    const amounts = pdf.lines.filter((l) => l.includes('585'));
    expect(amounts.length).toBeGreaterThan(0);
    for (const line of pdf.lines.filter((l) => l.includes('värde'))) expect(line).toMatch(/värde( 2\u00a0389\u00a0585\u00a0kr|$)/);
    expect(pdf.lines.filter((l) => /^(389|585|kr)/.test(l))).toEqual([]);
    expect(pdf.text.match(/2\u00a0389\u00a0585\u00a0kr/g)).toHaveLength(40);
    // PDF/A-2b: XMP naming part 2 level B and repeating the title and dates, an sRGB output intent, a file id.
    expect(pdf.xmp).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(pdf.xmp).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    expect(pdf.xmp).toContain(`<rdf:li xml:lang="x-default">${pdf.info.title}</rdf:li>`);
    expect(pdf.xmp).toContain(`<xmp:CreateDate>${pdf.info.created!.toISOString().slice(0, 19)}Z</xmp:CreateDate>`);
    expect(pdf.xmp).toContain(`<xmp:ModifyDate>${pdf.info.modified!.toISOString().slice(0, 19)}Z</xmp:ModifyDate>`);
    expect(pdf.metadataFiltered).toBe(false);
    expect(pdf.outputIntents).toBe(1);
    expect(pdf.trailerId).toMatch(/^\[ <[0-9a-f]{32}> <[0-9a-f]{32}> \]$/);
  });

  it('records who attended, chaired, kept and checked the minutes, and the PDF lists them', async () => {
    const m = await createTestMunicipality(server);
    const other = await createTestMunicipality(server);
    const admin = await m.as('admin');
    const chef = await m.as('it_chef');
    const anna = (await admin.post('/api/v1/people', { name: 'Áŋŋá Đuođđa', title: 'Samisk samordnare' })).body;
    const lukasz = (await admin.post('/api/v1/people', { name: 'Łukasz Wiśniewski', title: 'IT-strateg' })).body;
    const eva = (await admin.post('/api/v1/people', { name: 'Eva Ek', title: null })).body;
    const theirs = (await (await other.as('admin')).post('/api/v1/people', { name: 'Granne' })).body;
    const meeting = (await chef.post('/api/v1/council/meetings', { meetingDate: '2026-03-12' })).body;
    const url = `/api/v1/council/meetings/${meeting.id}/participants`;
    const put = (participants: unknown[], version = meeting.rowVersion) => chef.put(url, { participants }, { 'if-match': `"${version}"` });

    // A person of another municipality is unknown here; an external needs a name; one chair, one secretary, two adjusters at most.
    const broken = [
      { personId: anna.id, role: 'chair' },
      { personId: theirs.id },
      { name: '  ' },
      { personId: lukasz.id, role: 'chair' },
      { personId: anna.id },
      { personId: eva.id, role: 'adjuster' },
      { name: 'Pekka Määttä', role: 'adjuster' },
      { name: 'Tredje', role: 'adjuster' },
    ];
    const bad = await put([...broken, { personId: lukasz.id, role: 'nobody' }]);
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([{ field: 'participants.8.role', message: expect.any(String) }]);
    const rules = await put([...broken, { name: 'Sekr 1', role: 'secretary' }, { name: 'Sekr 2', role: 'secretary' }]);
    expect(rules.status).toBe(400);
    expect(rules.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'participants.1.personId', message: 'Finns inte i kommunen.' },
        { field: 'participants.2.name', message: 'Fältet måste fyllas i.' },
        { field: 'participants.3.role', message: 'Bara en av de närvarande kan vara ordförande.' },
        { field: 'participants.4.personId', message: 'Värdet förekommer flera gånger.' },
        { field: 'participants.7.role', message: 'Högst två av de närvarande kan vara justerare.' },
        { field: 'participants.9.role', message: 'Bara en av de närvarande kan vara sekreterare.' },
      ]),
    );
    expect(rules.body.errors).toHaveLength(6);
    expect((await put([], meeting.rowVersion + 5)).status).toBe(412);
    expect((await (await m.as('lasare')).put(url, { participants: [] }, { 'if-match': `"${meeting.rowVersion}"` })).status).toBe(403);

    const ok = await put([
      { personId: anna.id, role: 'chair' },
      { personId: lukasz.id, role: 'secretary' },
      { personId: eva.id, role: 'adjuster', note: 'Ekonomichef' },
      { name: 'Pekka Määttä', note: 'Gällivare kommun', role: 'adjuster', personId: null },
      { name: 'Sara Berg', note: 'Leverantör' },
    ]);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('etag')).toBe(`"${meeting.rowVersion + 1}"`);
    expect(ok.body.participants).toEqual([
      { personId: anna.id, name: 'Áŋŋá Đuođđa', note: '', role: 'chair' },
      { personId: lukasz.id, name: 'Łukasz Wiśniewski', note: '', role: 'secretary' },
      { personId: eva.id, name: 'Eva Ek', note: 'Ekonomichef', role: 'adjuster' },
      { personId: null, name: 'Pekka Määttä', note: 'Gällivare kommun', role: 'adjuster' },
      { personId: null, name: 'Sara Berg', note: 'Leverantör', role: 'attendee' },
    ]);
    // The old version is spent.
    expect((await put([], meeting.rowVersion)).status).toBe(412);
    const audited = await entityEvents(server.database.db, m.id, 'council_meeting', meeting.id);
    expect(audited[0]).toMatchObject({ action: 'participants', before: { participants: [] }, after: { participants: expect.arrayContaining([expect.objectContaining({ name: 'Sara Berg' })]) } });

    const pdf = await readPdf((await chef.get(`/api/v1/council/meetings/${meeting.id}/minutes.pdf`)).raw);
    expect(pdf.blankGlyphs).toEqual([]);
    const row = (name: string) => pdf.lines.indexOf(name);
    // The attendance table: name, capacity, title or organisation (a person's title when none is recorded).
    expect(pdf.lines.slice(row('Áŋŋá Đuođđa'), row('Áŋŋá Đuođđa') + 3)).toEqual(['Áŋŋá Đuođđa', 'Ordförande', 'Samisk samordnare']);
    expect(pdf.lines.slice(row('Łukasz Wiśniewski'), row('Łukasz Wiśniewski') + 3)).toEqual(['Łukasz Wiśniewski', 'Sekreterare', 'IT-strateg']);
    expect(pdf.lines.slice(row('Pekka Määttä'), row('Pekka Määttä') + 3)).toEqual(['Pekka Määttä', 'Justerare', 'Gällivare kommun']);
    expect(pdf.lines.slice(row('Sara Berg'), row('Sara Berg') + 2)).toEqual(['Sara Berg', 'Leverantör']);
    // The signatures name the secretary, the chair and both adjusters.
    const signatures = pdf.lines.slice(pdf.lines.indexOf('Underskrifter'));
    expect(signatures).toEqual(['Underskrifter', 'Sekreterare', 'Łukasz Wiśniewski', 'Ordförande', 'Áŋŋá Đuođđa', 'Justerare', 'Eva Ek', 'Justerare', 'Pekka Määttä']);
  });

  it('refuses an item about another municipality’s project, and a läsare may read but not decide', async () => {
    const m = await createTestMunicipality(server);
    const other = await createTestMunicipality(server);
    const theirs = (await (await other.as('it_chef')).post('/api/v1/projects', { name: 'Deras projekt' })).body;
    const chef = await m.as('it_chef');
    const meeting = (await chef.post('/api/v1/council/meetings', { meetingDate: '2026-04-01' })).body;
    const res = await chef.post(`/api/v1/council/meetings/${meeting.id}/items`, { title: 'x', subjectKind: 'project', subjectId: theirs.id });
    expect(res.body.errors).toEqual([{ field: 'subjectId', message: 'Finns inte i kommunen.' }]);
    const reader = await m.as('lasare');
    expect((await reader.get(`/api/v1/council/meetings/${meeting.id}`)).body.allowedManage).toBe(false);
    expect((await reader.post(`/api/v1/council/meetings/${meeting.id}/items`, { title: 'x', subjectKind: 'other' })).status).toBe(403);
  });
});
