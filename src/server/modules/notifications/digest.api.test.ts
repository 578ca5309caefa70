import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scheduledJobs } from '../../compose.js';
import { movableClock } from '../../platform/clock.js';
import { loadConfig } from '../../platform/config.js';
import { type Database, openDatabase, queryRows } from '../../platform/db.js';
import { type Job, runJobOnce } from '../../platform/jobs.js';
import { sql } from 'drizzle-orm';
import { createTestMunicipality, type Municipality } from '../../testing/fixtures.js';
import { startTestServer, type TestServer } from '../../testing/server.js';
import { startSmtpServer } from '../../testing/smtp.js';
import { createNotifications, type NotificationInput } from './commands.js';
import { digestJobs } from './digest.js';

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let server: TestServer;
/** A second server's database handle (PostgreSQL), or the same embedded database again. */
let secondDatabase: Database | null = null;
let job: Job;
const log: string[] = [];
// Wednesday 4 March 2026, 09:00 in Sweden.
const clock = movableClock(new Date('2026-03-04T08:00:00Z'));
const QUARTER = 15 * 60_000;
const DAY = 24 * 3_600_000;

beforeAll(async () => {
  smtp = await startSmtpServer();
  server = await startTestServer({ config: { smtpUrl: smtp.url, publicUrl: 'https://roder.test' } });
  if (server.config.databaseUrl) secondDatabase = await openDatabase({ url: server.config.databaseUrl, dataDir: null });
  job = digestJobs(server.config, (m) => log.push(m))[0]!;
});
afterAll(async () => {
  await secondDatabase?.close();
  await server?.close();
  await smtp?.close();
});

/** The next digest run: a new period of the job, on the given server's database. */
async function run(db = server.database.db) {
  clock.advance(QUARTER);
  return runJobOnce(db, clock, job);
}

const attestation = (personId: string, system: string): NotificationInput => ({
  personId,
  topic: 'attestation',
  messageKey: 'attestation.reminder',
  params: { system, days: 14 },
  link: `/system/${system.toLowerCase()}`,
  dedupeKey: `attestation:${system}`,
});
const handover = (personId: string, from: string): NotificationInput => ({
  personId,
  topic: 'handover',
  messageKey: 'handover.assigned',
  params: { count: 2, from },
  link: null,
  dedupeKey: `handover:${from}`,
});

/** A promise, or a failure when it takes longer than `ms` (a write that waits on the mail server). */
const within = <T>(ms: number, promise: Promise<T>) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref())]);

const notify = (m: Municipality, items: NotificationInput[]) => server.database.db.transaction((tx) => createNotifications(tx, m.id, items, clock));
/** What the SMTP server received for this municipality's people (other tests' municipalities share the server). */
const mailsOf = (m: Municipality) => {
  const addresses = new Set(Object.values(m.people).map((p) => p.email));
  return smtp.received.filter((mail) => mail.to.some((to) => addresses.has(to)));
};

describe('digest mail', () => {
  it('one mail per person, in their language, with links, and each notification mailed once', async () => {
    const m = await createTestMunicipality(server);
    await (await m.as('lasare')).put('/api/v1/session/language', { language: 'en' });
    const sara = m.people.systemagare;
    const lars = m.people.lasare;
    await notify(m, [attestation(sara.personId, 'Procapita'), attestation(sara.personId, 'Lifecare'), handover(sara.personId, 'Ola'), attestation(lars.personId, 'Treserva')]);
    expect(await run()).toBe(true);
    const mails = mailsOf(m);
    expect(mails).toHaveLength(2);
    const toSara = mails.find((mail) => mail.to.includes(sara.email))!;
    expect(toSara.to).toEqual([sara.email]);
    expect(toSara.subject).toBe(`Roder: 3 nya aviseringar i ${m.name}`);
    expect(toSara.text).toContain('Bekräfta att uppgifterna om Procapita stämmer (väntat i 14 dagar).\n  https://roder.test/system/procapita');
    expect(toSara.text).toContain('Bekräfta att uppgifterna om Lifecare stämmer');
    expect(toSara.text).toContain('2 poster har lämnats över till dig från Ola.');
    const toLars = mails.find((mail) => mail.to.includes(lars.email))!;
    expect(toLars.subject).toBe(`Roder: 1 new notification in ${m.name}`);
    expect(toLars.text).toContain('Confirm that the record of Treserva is correct (waiting for 14 days).\n  https://roder.test/system/treserva');

    // The same day: nothing again, even with something new (a daily digest); the next day only the new one.
    await notify(m, [attestation(sara.personId, 'Procapita'), attestation(sara.personId, 'Visma')]);
    await run();
    expect(mailsOf(m)).toHaveLength(2);
    clock.advance(DAY);
    await run();
    const next = mailsOf(m).slice(2);
    expect(next.map((mail) => [mail.to, mail.subject])).toEqual([[[sara.email], `Roder: 1 ny avisering i ${m.name}`]]);
    expect(next[0]!.text).toContain('Visma');
    expect(next[0]!.text).not.toContain('Procapita');
    // The list in Roder still has them all, read or not.
    expect((await (await m.as('systemagare')).get('/api/v1/notifications')).body.total).toBe(4);
  });

  it('respects opting out of a topic, no digest at all, and a weekly rhythm', async () => {
    const m = await createTestMunicipality(server);
    const sara = await m.as('systemagare');
    expect((await sara.put('/api/v1/notifications/preferences', { digest: 'daily', optedOut: ['handover'] }, { 'if-match': '"0"' })).status).toBe(200);
    const lars = await m.as('lasare');
    expect((await lars.put('/api/v1/notifications/preferences', { digest: 'none', optedOut: [] }, { 'if-match': '"0"' })).status).toBe(200);
    const ivar = await m.as('it_chef');
    expect((await ivar.put('/api/v1/notifications/preferences', { digest: 'weekly', optedOut: [] }, { 'if-match': '"0"' })).status).toBe(200);
    const p = m.people;
    await notify(m, [attestation(p.systemagare.personId, 'Procapita'), handover(p.systemagare.personId, 'Ola'), attestation(p.lasare.personId, 'Treserva'), attestation(p.it_chef.personId, 'Lifecare')]);
    await run();
    const mails = mailsOf(m);
    expect(mails.map((mail) => mail.to[0]).sort()).toEqual([p.it_chef.email, p.systemagare.email].sort());
    const toSara = mails.find((mail) => mail.to.includes(p.systemagare.email))!;
    expect(toSara.text).toContain('Procapita');
    expect(toSara.text).not.toContain('Ola');
    // Weekly: a new item on Thursday waits for next week's digest.
    await notify(m, [attestation(p.it_chef.personId, 'Visma')]);
    clock.advance(DAY);
    await run();
    expect(mailsOf(m).filter((mail) => mail.to.includes(p.it_chef.email))).toHaveLength(1);
    clock.advance(6 * DAY);
    await run();
    const weekly = mailsOf(m).filter((mail) => mail.to.includes(p.it_chef.email));
    expect(weekly).toHaveLength(2);
    expect(weekly[1]!.text).toContain('Visma');
    expect(mailsOf(m).filter((mail) => mail.to.includes(p.lasare.email))).toHaveLength(0);
  });

  it('holds a run above the municipality’s limit until an admin releases it, audited', async () => {
    const m = await createTestMunicipality(server);
    await queryRows(server.database.db, sql`insert into notification_settings (organisation_id, digest_limit) values (${m.id}, 2)`);
    const p = m.people;
    await notify(m, [attestation(p.systemagare.personId, 'A'), attestation(p.lasare.personId, 'B'), attestation(p.it_chef.personId, 'C')]);
    await run();
    await run();
    expect(mailsOf(m)).toHaveLength(0);
    const admin = await m.as('admin');
    const held = await admin.get('/api/v1/notifications/held-digests');
    expect(held.body.limit).toBe(2);
    expect(held.body.items).toEqual([expect.objectContaining({ recipients: 3, limit: 2, releasedAt: null, releasedBy: null })]);
    expect(log.some((line) => line.includes(`held: above the limit of 2`))).toBe(true);
    const id = held.body.items[0].id;
    expect((await (await m.as('it_chef')).post(`/api/v1/notifications/held-digests/${id}/release`, {})).status).toBe(403);
    expect((await admin.post(`/api/v1/notifications/held-digests/${id}/release`, {})).status).toBe(204);
    const again = await admin.post(`/api/v1/notifications/held-digests/${id}/release`, {});
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('digest_already_released');
    expect((await admin.get('/api/v1/notifications/held-digests')).body.items[0]).toMatchObject({ releasedBy: 'Ada Admin' });
    const [event] = await queryRows<{ actor_person_id: string }>(server.database.db, sql`select actor_person_id from audit_events where organisation_id = ${m.id} and entity_type = 'notification_digest_hold' and action = 'release'`);
    expect(event?.actor_person_id).toBe(p.admin.personId);
    await run();
    expect(mailsOf(m).map((mail) => mail.to[0]).sort()).toEqual([p.systemagare.email, p.lasare.email, p.it_chef.email].sort());
    // The release was for that send: the next run above the limit is held anew.
    clock.advance(DAY);
    await notify(m, [attestation(p.systemagare.personId, 'D'), attestation(p.lasare.personId, 'E'), attestation(p.it_chef.personId, 'F')]);
    await run();
    expect(mailsOf(m)).toHaveLength(3);
    expect((await admin.get('/api/v1/notifications/held-digests')).body.items).toHaveLength(2);
  });

  it('a failing mail server loses nothing: the next run sends what failed', async () => {
    const m = await createTestMunicipality(server);
    await notify(m, [attestation(m.people.systemagare.personId, 'Procapita')]);
    smtp.state.failing = true;
    try {
      await run();
    } finally {
      smtp.state.failing = false;
    }
    expect(mailsOf(m)).toHaveLength(0);
    expect(log.some((line) => line.includes('failed and is tried again later'))).toBe(true);
    await run();
    expect(mailsOf(m).map((mail) => mail.to)).toEqual([[m.people.systemagare.email]]);
    await run();
    expect(mailsOf(m)).toHaveLength(1);
  });

  it('a slow mail server holds no transaction: the person’s own writes go on while the send waits', async () => {
    const m = await createTestMunicipality(server);
    await notify(m, [attestation(m.people.systemagare.personId, 'Procapita')]);
    const sara = await m.as('systemagare');
    const [item] = (await sara.get('/api/v1/notifications')).body.items as { id: string }[];
    smtp.state.hanging = true;
    let running: Promise<boolean> | undefined;
    try {
      running = run();
      await expect.poll(() => smtp.state.waiting, { timeout: 10_000 }).toBe(1);
      // The same notification row the digest claimed, written while the mail server sits on its mail.
      const started = performance.now();
      const read = await within(5_000, sara.post(`/api/v1/notifications/${item!.id}/read`, {}));
      expect(read.status).toBeLessThan(300);
      expect(performance.now() - started).toBeLessThan(5_000);
      expect(mailsOf(m)).toHaveLength(0);
    } finally {
      smtp.state.hanging = false;
      smtp.release();
    }
    expect(await running).toBe(true);
    expect(mailsOf(m)).toHaveLength(1);
    await run();
    expect(mailsOf(m)).toHaveLength(1);
  });

  it('a mail that fails is tried again on a later run until it goes, once, and new items wait for the next day', async () => {
    const m = await createTestMunicipality(server);
    const sara = m.people.systemagare;
    await notify(m, [attestation(sara.personId, 'Procapita')]);
    smtp.state.failing = true;
    try {
      await run();
      await run();
      // Something new while the mail server is down: it is not added to the waiting mail.
      await notify(m, [attestation(sara.personId, 'Visma')]);
      await run();
    } finally {
      smtp.state.failing = false;
    }
    expect(mailsOf(m)).toHaveLength(0);
    const [waiting] = await queryRows<{ attempts: number; sent_at: Date | null }>(server.database.db, sql`select attempts, sent_at from notification_digests where organisation_id = ${m.id}`);
    expect(waiting).toMatchObject({ sent_at: null });
    expect(waiting!.attempts).toBeGreaterThanOrEqual(2);
    // The back-off between tries is at most a few runs long.
    for (let i = 0; i < 4 && mailsOf(m).length === 0; i++) await run();
    expect(mailsOf(m).map((mail) => mail.subject)).toEqual([`Roder: 1 ny avisering i ${m.name}`]);
    expect(mailsOf(m)[0]!.text).toContain('Procapita');
    await run();
    expect(mailsOf(m)).toHaveLength(1);
    clock.advance(DAY);
    await run();
    expect(mailsOf(m)).toHaveLength(2);
    expect(mailsOf(m)[1]!.text).toContain('Visma');
    expect(mailsOf(m)[1]!.text).not.toContain('Procapita');
  });

  it('two servers running the digest at once mail each person once', async () => {
    const m = await createTestMunicipality(server);
    const p = m.people;
    await notify(m, [attestation(p.systemagare.personId, 'A'), attestation(p.lasare.personId, 'B')]);
    const other = secondDatabase?.db ?? server.database.db;
    clock.advance(QUARTER);
    const answers = await Promise.all([runJobOnce(server.database.db, clock, job), runJobOnce(other, clock, job), runJobOnce(other, clock, job)]);
    expect(answers.filter(Boolean)).toHaveLength(1);
    // And a later period on the other server finds nothing left to send.
    await run(other);
    expect(mailsOf(m).map((mail) => mail.to[0]).sort()).toEqual([p.systemagare.email, p.lasare.email].sort());
  });

  it('sends no mail at all without RODER_SMTP_URL', () => {
    expect(scheduledJobs(loadConfig({}), () => {}).map((j) => j.name)).not.toContain('notification-digests');
    expect(scheduledJobs(loadConfig({ RODER_SMTP_URL: smtp.url }), () => {}).map((j) => j.name)).toContain('notification-digests');
  });
});
