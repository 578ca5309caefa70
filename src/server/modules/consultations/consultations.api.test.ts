import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../audit/schema.js';
import { movableClock } from '../../platform/clock.js';
import { policyInput } from '../../testing/documents.js';
import { createTestMunicipality, type Municipality, PASSWORD } from '../../testing/fixtures.js';
import { startTestServer, type TestServer } from '../../testing/server.js';

/**
 * Remiss (issue 13, item 6): a draft sent to departments and people with a last date, answered
 * with comments tied to the text as sent, responded to by the owner, and compiled with the
 * version decided next. Refusals change nothing.
 */

const DAY = 24 * 3600 * 1000;
const clock = movableClock(new Date('2026-03-02T09:00:00Z'));
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ clock });
});
afterAll(async () => server?.close());

const LAST = '2026-03-20';

async function draft(m: Municipality, title = 'IT-policy') {
  const chef = await m.as('it_chef');
  const input = await policyInput(chef, m, {
    title,
    body: 'Policyn styr IT i kommunen.\n\nDen gäller alla förvaltningar.\n',
    items: [
      { kind: 'principle', number: 'P1', title: 'Befintliga lösningar först', text: 'Samverkan före inköp.', children: [] },
      { kind: 'principle', number: 'P2', title: 'Öppna standarder', text: '', children: [] },
    ],
  });
  const { body: doc } = await chef.post('/api/v1/documents', input);
  return { chef, doc: doc as { id: string; rowVersion: number; items: { id: string }[] } };
}

/** A draft sent on remiss to department a (the förvaltningschef's) and to the systemägare. */
async function sent(m: Municipality) {
  const { chef, doc } = await draft(m);
  const res = await chef.post(
    `/api/v1/documents/${doc.id}/consultations`,
    { departmentIds: [m.departments.a], personIds: [m.people.systemagare.personId], lastAnswerOn: LAST, coverLetter: 'Svara senast sista svarsdag.' },
    { 'if-match': `"${doc.rowVersion}"` },
  );
  expect(res.status).toBe(201);
  return { chef, doc, round: res.body as { id: string; myAnswer: null } };
}

const etag = (n: number) => ({ 'if-match': `"${n}"` });

describe('sending a draft on remiss', () => {
  it('moves the document to remiss, freezes the text and notifies the recipients', async () => {
    const m = await createTestMunicipality(server);
    const { chef, doc, round } = await sent(m);
    const after = await chef.get(`/api/v1/documents/${doc.id}`);
    expect(after.body.status).toBe('consultation');
    // The owner edits the draft on remiss; the round keeps the text as sent.
    const input = { ...after.body, typeId: after.body.typeId, items: [] };
    const edited = await chef.put(`/api/v1/documents/${doc.id}`, { title: input.title, typeId: input.typeId, ownerId: input.ownerId, body: 'Ny text.', items: [] }, etag(after.body.rowVersion));
    expect(edited.status).toBe(200);
    const detail = await chef.get(`/api/v1/consultations/${round.id}`);
    expect(detail.body.snapshot.body).toBe('Policyn styr IT i kommunen.\n\nDen gäller alla förvaltningar.');
    expect(detail.body.snapshot.items.map((i: { number: string }) => i.number)).toEqual(['P1', 'P2']);
    expect(detail.body.recipients.map((r: { name: string; status: string }) => [r.name, r.status])).toEqual([
      ['Sara Systemägare', 'pending'],
      ['Socialförvaltningen', 'pending'],
    ]);
    const head = await m.as('forvaltningschef');
    const notes = await head.get('/api/v1/notifications');
    expect(notes.body.items[0]).toMatchObject({ topic: 'consultation', text: `IT-policy har skickats på remiss till dig. Sista svarsdag: ${LAST}.`, link: `/remisser/${round.id}` });
    const events = await server.database.db.select().from(auditEvents).where(eq(auditEvents.organisationId, m.id));
    expect(events.filter((e) => e.entityId === doc.id && e.action === 'transition').map((e) => e.after)).toEqual([{ status: 'consultation', version: 1 }]);
    expect(events.find((e) => e.entityId === round.id)).toMatchObject({ entityType: 'consultation', action: 'send', after: { lastAnswerOn: LAST, departmentIds: [m.departments.a] } });
  });

  it('refuses a past date, no recipients and another municipality’s department in Swedish, naming the fields, and changes nothing', async () => {
    const m = await createTestMunicipality(server);
    const other = await createTestMunicipality(server, 'Annankommun');
    const { chef, doc } = await draft(m);
    const bad = await chef.post(`/api/v1/documents/${doc.id}/consultations`, { departmentIds: [other.departments.a], lastAnswerOn: '2026-03-01' }, etag(doc.rowVersion));
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    expect(bad.body.errors).toEqual([
      { field: 'departmentIds', message: 'Finns inte i kommunen.' },
      { field: 'lastAnswerOn', message: 'Sista svarsdag måste ligga efter i dag.' },
    ]);
    chef.language = 'en';
    const none = await chef.post(`/api/v1/documents/${doc.id}/consultations`, { lastAnswerOn: LAST }, etag(doc.rowVersion));
    chef.language = null;
    expect(none.body.errors).toEqual([{ field: 'personIds', message: 'Choose at least one department or person to send the consultation to.' }]);
    const stale = await chef.post(`/api/v1/documents/${doc.id}/consultations`, { personIds: [m.people.lasare.personId], lastAnswerOn: LAST }, etag(doc.rowVersion + 5));
    expect(stale.status).toBe(412);
    const missing = await chef.post(`/api/v1/documents/${doc.id}/consultations`, { personIds: [m.people.lasare.personId], lastAnswerOn: LAST });
    expect(missing.status).toBe(428);
    expect((await chef.get(`/api/v1/documents/${doc.id}`)).body.status).toBe('draft');
    expect((await chef.get(`/api/v1/documents/${doc.id}/consultations`)).body.items).toEqual([]);
    // Someone who may not move the document, and another municipality, cannot send it.
    const reader = await m.as('lasare');
    expect((await reader.post(`/api/v1/documents/${doc.id}/consultations`, { personIds: [m.people.lasare.personId], lastAnswerOn: LAST }, etag(doc.rowVersion))).status).toBe(403);
    const stranger = await other.as('it_chef');
    expect((await stranger.post(`/api/v1/documents/${doc.id}/consultations`, { personIds: [other.people.lasare.personId], lastAnswerOn: LAST }, etag(doc.rowVersion))).status).toBe(404);
    expect((await stranger.get(`/api/v1/documents/${doc.id}/consultations`)).status).toBe(404);
  });
});

describe('answering a remiss', () => {
  it('lets anyone of a recipient department save, edit and submit one answer, listed under Mina remisser', async () => {
    const m = await createTestMunicipality(server);
    const { round, doc } = await sent(m);
    const head = await m.as('forvaltningschef');
    const mine = await head.get('/api/v1/consultations/mine');
    expect(mine.body.items).toEqual([expect.objectContaining({ id: round.id, documentTitle: 'IT-policy', lastAnswerOn: LAST, overdue: false, myStatus: 'pending', answered: 0, recipients: 2 })]);
    const detail = (await head.get(`/api/v1/consultations/${round.id}`)).body;
    expect(detail.myAnswer).toMatchObject({ name: 'Socialförvaltningen', status: 'pending', canEdit: true });
    const saved = await head.put(
      `/api/v1/consultations/${round.id}/answer`,
      { noObjection: false, comments: [{ itemId: doc.items[0]!.id, text: 'Lägg till e-tjänster.' }, { paragraph: 2, text: 'Även bolagen?' }] },
      etag(detail.myAnswer.rowVersion),
    );
    expect(saved.status).toBe(200);
    expect(saved.body.myAnswer.comments.map((c: { text: string }) => c.text)).toEqual(['Lägg till e-tjänster.', 'Även bolagen?']);
    // The owner does not see a draft answer.
    const chef = await m.as('it_chef');
    expect((await chef.get(`/api/v1/consultations/${round.id}`)).body.recipients.find((r: { name: string }) => r.name === 'Socialförvaltningen')).toMatchObject({ status: 'draft', comments: [] });
    const edited = await head.put(`/api/v1/consultations/${round.id}/answer`, { noObjection: false, comments: [{ itemId: doc.items[0]!.id, text: 'Lägg till e-tjänster först.' }] }, etag(saved.body.myAnswer.rowVersion));
    expect(edited.status).toBe(200);
    const submitted = await head.post(`/api/v1/consultations/${round.id}/answer/submit`, undefined, etag(edited.body.myAnswer.rowVersion));
    expect(submitted.status).toBe(200);
    expect(submitted.body.myAnswer).toMatchObject({ status: 'submitted', canEdit: false });
    const seen = (await chef.get(`/api/v1/consultations/${round.id}`)).body.recipients.find((r: { name: string }) => r.name === 'Socialförvaltningen');
    expect(seen).toMatchObject({ status: 'submitted', answeredBy: 'Frida Förvaltningschef', comments: [expect.objectContaining({ itemId: doc.items[0]!.id, text: 'Lägg till e-tjänster först.' })] });
    // Answering twice is refused and changes nothing.
    const again = await head.put(`/api/v1/consultations/${round.id}/answer`, { noObjection: true, comments: [] }, etag(submitted.body.myAnswer.rowVersion));
    expect(again.status).toBe(409);
    expect(again.body.detail).toBe('Svaret är redan inskickat och kan inte ändras.');
    expect((await head.post(`/api/v1/consultations/${round.id}/answer/submit`, undefined, etag(submitted.body.myAnswer.rowVersion))).status).toBe(409);
    const events = await server.database.db.select().from(auditEvents).where(eq(auditEvents.organisationId, m.id));
    expect(events.filter((e) => e.entityType === 'consultation_answer').map((e) => e.action)).toEqual(['update', 'update', 'submit']);
  });

  it('refuses a non-recipient, an item of another document, a comment with inget att erinra, a stale answer and an answer after the last date', async () => {
    const m = await createTestMunicipality(server);
    const { round } = await sent(m);
    const { doc: otherDoc } = await draft(m, 'Annan policy');
    const reader = await m.as('lasare');
    const refused = await reader.put(`/api/v1/consultations/${round.id}/answer`, { noObjection: true }, etag(1));
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toBe('Du är inte mottagare av remissen och kan inte svara på den.');
    const owner = await m.as('systemagare');
    const bad = await owner.put(
      `/api/v1/consultations/${round.id}/answer`,
      { noObjection: true, comments: [{ itemId: otherDoc.items[0]!.id, text: 'x' }, { paragraph: 9, text: 'y' }, { text: '\u0000' }] },
      etag(1),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['comments.2.text']);
    const wrong = await owner.put(`/api/v1/consultations/${round.id}/answer`, { noObjection: true, comments: [{ itemId: otherDoc.items[0]!.id, text: 'x' }, { paragraph: 9, text: 'y' }] }, etag(1));
    expect(wrong.body.errors).toEqual([
      { field: 'comments', message: expect.stringContaining('inget att erinra') },
      { field: 'comments.0.itemId', message: 'Punkten finns inte i texten som skickades på remiss.' },
      { field: 'comments.1.paragraph', message: 'Stycket finns inte i texten som skickades på remiss.' },
    ]);
    expect((await owner.post(`/api/v1/consultations/${round.id}/answer/submit`, undefined, etag(1))).status).toBe(400);
    expect((await owner.put(`/api/v1/consultations/${round.id}/answer`, { noObjection: true }, etag(7))).status).toBe(412);
    expect((await owner.get(`/api/v1/consultations/${round.id}`)).body.myAnswer).toMatchObject({ status: 'pending', noObjection: false, comments: [], rowVersion: 1 });
    clock.advance(19 * DAY);
    try {
      // Sessions expire over weeks of idleness: sign in again on the day after the last date.
      await owner.login(m.people.systemagare.email, PASSWORD);
      const late = await owner.put(`/api/v1/consultations/${round.id}/answer`, { noObjection: true }, etag(1));
      expect(late.status).toBe(409);
      expect(late.body.code).toBe('consultation_closed');
      const mine = await owner.get('/api/v1/consultations/mine');
      expect(mine.body.items[0]).toMatchObject({ overdue: true, myStatus: 'pending' });
    } finally {
      clock.advance(-19 * DAY);
    }
    const stranger = await (await createTestMunicipality(server, 'Annankommun')).as('it_chef');
    expect((await stranger.get(`/api/v1/consultations/${round.id}`)).status).toBe(404);
    expect((await stranger.put(`/api/v1/consultations/${round.id}/answer`, { noObjection: true }, etag(1))).status).toBe(404);
  });
});

describe('compiling the answers', () => {
  it('lets the owner respond to each comment, see who has not answered, and keeps the compiled answers with the decided version', async () => {
    const m = await createTestMunicipality(server);
    const { chef, doc, round } = await sent(m);
    const head = await m.as('forvaltningschef');
    await head.put(`/api/v1/consultations/${round.id}/answer`, { noObjection: false, comments: [{ itemId: doc.items[1]!.id, text: 'Nämn ODF.' }] }, etag(1));
    await head.post(`/api/v1/consultations/${round.id}/answer/submit`, undefined, etag(2));
    const detail = (await chef.get(`/api/v1/consultations/${round.id}`)).body;
    expect(detail.allowedRespond).toBe(true);
    const comment = detail.recipients.find((r: { name: string }) => r.name === 'Socialförvaltningen').comments[0];
    // Only the owner responds; a stale row version is refused.
    expect((await head.put(`/api/v1/consultations/${round.id}/comments/${comment.id}/response`, { response: 'accepted', text: 'x' }, etag(comment.rowVersion))).status).toBe(403);
    expect((await chef.put(`/api/v1/consultations/${round.id}/comments/${comment.id}/response`, { response: 'maybe' }, etag(comment.rowVersion))).status).toBe(400);
    const responded = await chef.put(`/api/v1/consultations/${round.id}/comments/${comment.id}/response`, { response: 'partly', text: 'ODF nämns i riktlinjen.' }, etag(comment.rowVersion));
    expect(responded.status).toBe(200);
    expect((await chef.put(`/api/v1/consultations/${round.id}/comments/${comment.id}/response`, { response: 'accepted', text: '' }, etag(comment.rowVersion))).status).toBe(412);
    // Not yet decided: no compiled answers.
    expect((await chef.get(`/api/v1/documents/${doc.id}/versions/1/consultation`)).status).toBe(404);
    const current = (await chef.get(`/api/v1/documents/${doc.id}`)).body;
    const decided = await chef.post(`/api/v1/documents/${doc.id}/transitions`, { to: 'adopted', decidedOn: '2026-04-01', diarienummer: 'KS 2026/0042' }, etag(current.rowVersion));
    expect(decided.status).toBe(200);
    const compiled = await (await m.as('lasare')).get(`/api/v1/documents/${doc.id}/versions/1/consultation`);
    expect(compiled.status).toBe(200);
    expect(compiled.body.rounds).toEqual([expect.objectContaining({ id: round.id, lastAnswerOn: LAST, notAnswered: ['Sara Systemägare'] })]);
    expect(compiled.body.rows).toEqual([
      { roundId: round.id, recipient: 'Socialförvaltningen', target: 'P2 Öppna standarder', itemId: doc.items[1]!.id, paragraph: null, comment: 'Nämn ODF.', noObjection: false, response: 'partly', responseText: 'ODF nämns i riktlinjen.' },
    ]);
    // Decided: no more answers, and the compiled answers no longer change.
    const late = await (await m.as('systemagare')).put(`/api/v1/consultations/${round.id}/answer`, { noObjection: true }, etag(1));
    expect([late.status, late.body.code]).toEqual([409, 'consultation_ended']);
    const changed = await chef.put(`/api/v1/consultations/${round.id}/comments/${comment.id}/response`, { response: 'accepted', text: '' }, etag(comment.rowVersion + 1));
    expect([changed.status, changed.body.code]).toEqual([409, 'consultation_decided']);
    expect((await (await m.as('systemagare')).get('/api/v1/consultations/mine')).body.items).toEqual([]);
  });
});
