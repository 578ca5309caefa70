import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scheduledJobs } from '../../compose.js';
import { movableClock } from '../../platform/clock.js';
import { type Job, runJobOnce } from '../../platform/jobs.js';
import { ApiClient } from '../../testing/client.js';
import { createTestMunicipality, PASSWORD, type Municipality, systemInput } from '../../testing/fixtures.js';
import { startTestServer, type TestServer } from '../../testing/server.js';
import { startSmtpServer } from '../../testing/smtp.js';

/**
 * The attestation reminders end to end: a round opened in Roder, the scheduler's reminder job on
 * day 14 and 28, and the digest mail that a real SMTP server receives (issue 12, items 2 and 3).
 */
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let server: TestServer;
let reminders: Job;
let digest: Job;
// Monday 2 March 2026, 10:00 in Sweden.
const clock = movableClock(new Date('2026-03-02T09:00:00Z'));
const DAY = 24 * 3_600_000;

beforeAll(async () => {
  smtp = await startSmtpServer();
  server = await startTestServer({ clock, config: { smtpUrl: smtp.url, publicUrl: 'https://roder.test' } });
  const jobs = scheduledJobs(server.config, () => {});
  reminders = jobs.find((j) => j.name === 'attestation-reminders')!;
  digest = jobs.find((j) => j.name !== 'attestation-reminders')!;
});
afterAll(async () => {
  await server?.close();
  await smtp?.close();
});

const mailsTo = (email: string) => smtp.received.filter((mail) => mail.to.includes(email));

/** A day passes; the reminder job and then the digest run, as the scheduler would in the morning. */
async function nextDays(days: number) {
  clock.advance(days * DAY);
  await runJobOnce(server.database.db, clock, reminders);
  await runJobOnce(server.database.db, clock, digest);
}

async function openRound(m: Municipality, names: string[]) {
  const admin = await m.as('admin');
  for (const name of names) expect((await admin.post('/api/v1/applications', systemInput({ name, ownerId: m.people.systemagare.personId }))).status).toBe(201);
  const round = await admin.post('/api/v1/attestation/rounds', {});
  expect(round.status, JSON.stringify(round.body)).toBe(201);
}

describe('attestation reminders', () => {
  it('reminds an owner after 14 and 28 days in one digest mail, once each, and never for a confirmed system', async () => {
    const m = await createTestMunicipality(server);
    await openRound(m, ['Procapita', 'Lifecare']);
    const owner = m.people.systemagare;

    await nextDays(13);
    expect(mailsTo(owner.email)).toHaveLength(0);

    await nextDays(1);
    const first = mailsTo(owner.email);
    expect(first).toHaveLength(1);
    expect(first[0]!.text).toContain('Bekräfta att uppgifterna om Procapita stämmer (väntat i 14 dagar).');
    expect(first[0]!.text).toContain('Bekräfta att uppgifterna om Lifecare stämmer (väntat i 14 dagar).');
    expect(first[0]!.text).toMatch(/https:\/\/roder\.test\/attestering\/[0-9a-f-]{36}/);
    // Signed in now: a session from before the fortnight has run out on the test's clock.
    const sara = new ApiClient(server.url);
    await sara.login(owner.email, PASSWORD);
    const list = (await sara.get('/api/v1/notifications')).body;
    expect(list.total).toBe(2);

    // The owner confirms one; the next days bring no new reminder, day 28 only the other one.
    const tasks = (await sara.get('/api/v1/attestation/tasks')).body.items as { id: string; systemName?: string; applicationName?: string }[];
    const task = await sara.get(`/api/v1/attestation/tasks/${tasks[0]!.id}`);
    const confirmedName = JSON.stringify(task.body).includes('Procapita') ? 'Procapita' : 'Lifecare';
    expect((await sara.post(`/api/v1/attestation/tasks/${tasks[0]!.id}/confirm`, {}, { 'if-match': task.headers.get('etag')! })).status).toBe(200);
    await nextDays(1);
    expect(mailsTo(owner.email)).toHaveLength(1);
    await nextDays(13);
    const second = mailsTo(owner.email);
    expect(second).toHaveLength(2);
    const other = confirmedName === 'Procapita' ? 'Lifecare' : 'Procapita';
    expect(second[1]!.text).toContain(`Uppgifterna om ${other} är inte bekräftade och har väntat i 28 dagar.`);
    expect(second[1]!.text).not.toContain(confirmedName);
    await nextDays(1);
    expect(mailsTo(owner.email)).toHaveLength(2);
  });

  it('reminds only the municipality whose round is open', async () => {
    const a = await createTestMunicipality(server);
    const b = await createTestMunicipality(server);
    await openRound(a, ['Treserva']);
    expect((await (await b.as('admin')).post('/api/v1/applications', systemInput({ name: 'Visma', ownerId: b.people.systemagare.personId }))).status).toBe(201);
    await nextDays(14);
    expect(mailsTo(a.people.systemagare.email)).toHaveLength(1);
    expect(mailsTo(b.people.systemagare.email)).toHaveLength(0);
  });
});
