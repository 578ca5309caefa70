import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scheduledJobs } from '../../src/server/compose.js';
import { movableClock } from '../../src/server/platform/clock.js';
import { periodOf, runJobOnce } from '../../src/server/platform/jobs.js';
import { attestationReminderJob } from '../../src/server/modules/attestation/reminder-job.js';
import { createTestMunicipality, type Municipality, PASSWORD, systemInput } from '../../src/server/testing/fixtures.js';
import { startTestServer, type TestServer } from '../../src/server/testing/server.js';
import messages from '../../src/web/locales/attestation.sv.json';
import n from '../../src/web/locales/notifications.sv.json';
import { expectAccessible, launch, newPage } from './support.js';

/**
 * Attestation on a phone (375 × 667, issue 12): the overview's overdue tasks are a stacked list, not a
 * table that scrolls sideways; the task page puts "Stämmer detta?" and its one-click answer within
 * the first screen; the notifications' "Öppna" follows its link in the page, without reloading the
 * app. axe on each page. Tasks become overdue only as time passes, so this file runs its own Roder
 * with a clock only the test holds (as attestation-reminder.e2e.test.ts does).
 * Set PHONE_SCREENSHOTS=<dir> to keep screenshots of the three pages.
 */

const A = messages.attestation;
const PHONE = { width: 375, height: 667 };
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const LONG_NAME = 'Verksamhetssystemet för individ- och familjeomsorgens myndighetsutövning';
const screenshots = process.env.PHONE_SCREENSHOTS;
if (screenshots) mkdirSync(screenshots, { recursive: true });

let server: TestServer;
let browser: Browser;
let m: Municipality;
const clock = movableClock(new Date());

beforeAll(async () => {
  server = await startTestServer({ clock });
  m = await createTestMunicipality(server, 'Telefonkommun');
  const admin = await m.as('admin');
  for (const name of [LONG_NAME, 'Procapita', 'Treserva']) {
    const created = await admin.post('/api/v1/applications', systemInput({ name, ownerId: m.people.systemagare.personId, departmentIds: [m.departments.b] }));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
  }
  expect((await admin.post('/api/v1/attestation/rounds', {})).status).toBe(201);
  // A fortnight on, in the morning: the reminders go out (and land in the owner's list).
  const jobs = scheduledJobs(server.config, () => {});
  clock.advance(14 * DAY);
  while (periodOf(attestationReminderJob.schedule, clock.now()) === null) clock.advance(HOUR);
  for (const job of jobs) await runJobOnce(server.database.db, clock, job);
  // Past the due date (30 days from the opening): the unanswered tasks are overdue.
  clock.advance(17 * DAY);
  browser = await launch();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function atPhone(email: string): Promise<Page> {
  const page = await newPage(browser);
  page.setDefaultTimeout(30_000);
  await page.setViewportSize(PHONE);
  await page.goto(`${server.url}/logga-in`);
  await page.getByLabel(/e-post/i).fill(email);
  await page.getByLabel(/lösenord/i).fill(PASSWORD);
  await page.getByRole('button', { name: /logga in/i }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/logga-in'));
  return page;
}

/** How far the page scrolls sideways beyond the window (0 when it reflows). */
const overflow = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth);

async function shoot(page: Page, name: string) {
  if (screenshots) await page.screenshot({ path: `${screenshots}/${name}.png`, fullPage: true });
}

describe('attestation on a phone (375 × 667)', () => {
  it("the overview's overdue tasks are a stacked list that does not scroll sideways", async () => {
    const admin = await atPhone(m.people.admin.email);
    await admin.goto(`${server.url}/attestering/oversikt`);
    await admin.getByRole('heading', { level: 2, name: A.overview.overdue }).waitFor();
    const list = admin.getByRole('list', { name: A.overview.overdue });
    await list.getByRole('link', { name: LONG_NAME }).waitFor();
    expect(await list.getByRole('listitem').count()).toBe(3);
    await list.getByRole('listitem').filter({ hasText: LONG_NAME }).filter({ hasText: 'Sara Systemägare' }).waitFor();
    expect(await overflow(admin)).toBeLessThanOrEqual(0);
    await expectAccessible(admin, 'översikt med försenade, 375 px');
    await shoot(admin, 'attestation-overview');
    await admin.context().close();
  });

  it('the task page puts the question and the one-click confirm within the first screen', async () => {
    const owner = await atPhone(m.people.systemagare.email);
    const tasks = (await (await m.as('systemagare')).get('/api/v1/attestation/tasks')).body.items as { id: string; applicationName: string }[];
    const task = tasks.find((t) => t.applicationName === LONG_NAME)!;
    await owner.goto(`${server.url}/attestering/${task.id}`);
    await owner.getByRole('heading', { level: 2, name: A.task.question }).waitFor();
    const yes = owner.getByRole('button', { name: A.task.yes });
    const box = await yes.boundingBox();
    console.info(`confirm button at 375 × 667: top ${box?.y} px`);
    expect(box!.y).toBeLessThan(PHONE.height);
    // The record is still there, below the question.
    const record = await owner.getByRole('heading', { level: 2, name: A.task.record }).boundingBox();
    expect(record!.y).toBeGreaterThan(box!.y);
    expect(await overflow(owner)).toBeLessThanOrEqual(0);
    await expectAccessible(owner, 'uppgift att attestera, 375 px');
    await shoot(owner, 'attestation-task');
    await yes.click();
    await owner.getByText(A.state.confirmed, { exact: true }).first().waitFor();
    await owner.context().close();
  });

  it("the notifications' Öppna follows its link without reloading the page", async () => {
    const owner = await atPhone(m.people.systemagare.email);
    await owner.goto(`${server.url}/aviseringar`);
    await owner.getByRole('heading', { level: 1, name: n.notifications.title }).waitFor();
    const item = owner.getByRole('listitem').filter({ hasText: 'Treserva' });
    await item.getByRole('link', { name: n.notifications.open }).waitFor();
    expect(await overflow(owner)).toBeLessThanOrEqual(0);
    await expectAccessible(owner, 'aviseringar, 375 px');
    await shoot(owner, 'notifications');
    // A full page load would start a new window object and lose this flag.
    await owner.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
    await item.getByRole('link', { name: n.notifications.open }).click();
    await owner.waitForURL((url) => url.pathname.startsWith('/attestering/'));
    await owner.getByRole('heading', { level: 1, name: A.task.title.replace('{{name}}', 'Treserva') }).waitFor();
    expect(await owner.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
    await owner.context().close();
  });
});
