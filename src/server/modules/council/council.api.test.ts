import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestMunicipality } from '../../testing/fixtures.js';
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
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
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
