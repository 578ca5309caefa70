import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderNotification } from '../../../shared/notifications.js';
import { scheduledJobs } from '../../compose.js';
import { movableClock } from '../../platform/clock.js';
import { type Job, runJobOnce } from '../../platform/jobs.js';
import { ApiClient } from '../../testing/client.js';
import { createTestMunicipality, type Municipality, PASSWORD } from '../../testing/fixtures.js';
import { openRoundWithNeeds } from '../../testing/itplans.js';
import { startTestServer, type TestServer } from '../../testing/server.js';
import { notifications } from '../notifications/schema.js';
import { departmentPlans } from './schema.js';
import { dueReminder } from './reminder-job.js';

/**
 * The IT-plan reminders through the real job runner and database (issue 14, item 1): the head of a
 * department whose plan is not submitted is reminded 14 and 3 days before the round's deadline,
 * once each; a submitted plan, a department without a head and another municipality's round are not.
 */
let server: TestServer;
let job: Job;
// Monday 1 March 2027, 10:00 in Sweden.
const clock = movableClock(new Date('2027-03-01T09:00:00Z'));
const DAY = 24 * 3_600_000;

beforeAll(async () => {
  server = await startTestServer({ clock });
  job = scheduledJobs(server.config, () => {}).find((j) => j.name === 'itplan-reminders')!;
});
afterAll(async () => {
  await server?.close();
});

/** Days pass; the job runs as the scheduler would that morning (once per day, across servers). */
async function nextDays(days: number) {
  clock.advance(days * DAY);
  return runJobOnce(server.database.db, clock, job);
}

const notificationsOf = (m: Municipality, ...personIds: string[]) =>
  server.database.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.organisationId, m.id), inArray(notifications.personId, personIds)))
    .orderBy(notifications.createdAt);

describe('the reminder schedule', () => {
  it('is due 14 days before the deadline, then 3 days before, until the deadline', () => {
    expect([30, 15, 14, 10, 4, 3, 1, 0, -1].map(dueReminder)).toEqual([null, null, 14, 14, 14, 3, 3, 3, null]);
  });
});

describe('IT-plan reminders', () => {
  it('reminds the head of a department whose plan is not submitted, 14 and 3 days before, once each, only in its municipality', async () => {
    // m: both plans started, not submitted (only department a has a head); done: submitted; other: a later deadline.
    const m = await createTestMunicipality(server);
    const done = await createTestMunicipality(server);
    const other = await createTestMunicipality(server);
    const { plans } = await openRoundWithNeeds(m, { round: { deadline: '2027-03-31' }, submit: false });
    await openRoundWithNeeds(done, { round: { deadline: '2027-03-31' } });
    const late = await openRoundWithNeeds(other, { round: { deadline: '2027-04-10' }, submit: false });
    const head = m.people.forvaltningschef.personId;
    const everyone = (x: Municipality) => Object.values(x.people).map((p) => p.personId);

    await nextDays(15); // 16 March: 15 days left.
    expect(await notificationsOf(m, ...everyone(m))).toHaveLength(0);

    expect(await nextDays(1)).toBe(true); // 17 March: 14 days left.
    const first = await notificationsOf(m, ...everyone(m));
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ personId: head, topic: 'itplan', messageKey: 'itplan.deadline', link: `/it-planer/planer/${plans.a.id}`, dedupeKey: `itplan:${plans.a.id}:14d` });
    expect(renderNotification(first[0]!.messageKey, first[0]!.params as Record<string, string>, 'sv')).toBe(
      'IT-planen för Socialförvaltningen i IT-plan 2027–2029 är inte inlämnad. Sista dag är 2027-03-31, om 14 dagar.',
    );
    expect(renderNotification(first[0]!.messageKey, first[0]!.params as Record<string, string>, 'en')).toBe(
      'The IT plan of Socialförvaltningen in IT-plan 2027–2029 is not submitted. The deadline is 2027-03-31, in 14 days.',
    );
    const remindedAt = async () =>
      (await server.database.db.select({ at: departmentPlans.remindedAt }).from(departmentPlans).where(and(eq(departmentPlans.organisationId, m.id), eq(departmentPlans.id, plans.a.id))))[0]!.at;
    const firstReminded = clock.now();
    expect(await remindedAt()).toEqual(firstReminded);
    // The submitted plan's head and the other municipality (24 days left) get nothing.
    expect(await notificationsOf(done, ...everyone(done))).toHaveLength(0);
    expect(await notificationsOf(other, ...everyone(other))).toHaveLength(0);

    // The runner runs a day once; the job itself, run again the same day, stores nothing new.
    expect(await runJobOnce(server.database.db, clock, job)).toBe(false);
    await server.database.db.transaction((tx) => job.run({ db: tx, clock, period: 'again' }));
    expect(await notificationsOf(m, ...everyone(m))).toHaveLength(1);

    // The head sees it in the list, in Swedish, linking to the plan.
    const frida = new ApiClient(server.url);
    await frida.login(m.people.forvaltningschef.email, PASSWORD);
    const list = (await frida.get('/api/v1/notifications')).body as { items: { text: string; link: string }[] };
    expect(list.items).toEqual([expect.objectContaining({ text: expect.stringContaining('IT-planen för Socialförvaltningen'), link: `/it-planer/planer/${plans.a.id}` })]);

    await nextDays(9); // 26 March: 5 days left, nothing new, and the plan's mark stays.
    expect(await notificationsOf(m, ...everyone(m))).toHaveLength(1);
    expect(await remindedAt()).toEqual(firstReminded);
    await nextDays(1); // 27 March: 4 days left here; 14 days left in the other municipality.
    expect(await notificationsOf(m, ...everyone(m))).toHaveLength(1);
    const otherFirst = await notificationsOf(other, ...everyone(other));
    expect(otherFirst).toHaveLength(1);
    expect(otherFirst[0]).toMatchObject({ personId: other.people.forvaltningschef.personId, dedupeKey: `itplan:${late.plans.a.id}:14d` });

    await nextDays(1); // 28 March: 3 days left.
    const second = await notificationsOf(m, ...everyone(m));
    expect(second.map((n) => n.dedupeKey)).toEqual([`itplan:${plans.a.id}:14d`, `itplan:${plans.a.id}:3d`]);
    expect(await remindedAt()).toEqual(clock.now());
    expect(renderNotification(second[1]!.messageKey, second[1]!.params as Record<string, string>, 'sv')).toContain('om 3 dagar');

    await nextDays(1); // 29 March: nothing new.
    await nextDays(3); // 1 April: past the deadline, nothing.
    expect(await notificationsOf(m, ...everyone(m))).toHaveLength(2);
    expect(await notificationsOf(done, ...everyone(done))).toHaveLength(0);
  });
});
