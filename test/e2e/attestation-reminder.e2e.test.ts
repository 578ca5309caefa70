import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scheduledJobs } from '../../src/server/compose.js';
import { movableClock } from '../../src/server/platform/clock.js';
import { periodOf, runJobOnce } from '../../src/server/platform/jobs.js';
import { attestationReminderJob } from '../../src/server/modules/attestation/reminder-job.js';
import { createTestMunicipality, type Municipality, PASSWORD, systemInput } from '../../src/server/testing/fixtures.js';
import { startTestServer, type TestServer } from '../../src/server/testing/server.js';
import { startSmtpServer } from '../../src/server/testing/smtp.js';
import shell from '../../src/web/locales/sv.json';
import messages from '../../src/web/locales/attestation.sv.json';
import n from '../../src/web/locales/notifications.sv.json';
import { expectAccessible, launch, newPage } from './support.js';

/**
 * An attestation round with its reminder mail, in the browser (issue 12, items 2 and 3): an admin
 * opens the round; the owner confirms one system with one click and corrects another; a fortnight
 * later the reminder job and the digest run and a real SMTP server receives one mail naming the
 * third system with a link back to its task, which the owner follows; the reminder is in her list
 * and the freshness overview counts two of three. axe on every page.
 *
 * Time has to move, so this file runs its own Roder (the test server, on a fresh embedded
 * database, serving the built web app) with a clock only the test holds; the shared e2e server
 * and a production server have no way to move theirs.
 */

const A = messages.attestation;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const reminderSchedule = attestationReminderJob.schedule;

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let server: TestServer;
let browser: Browser;
let m: Municipality;
const clock = movableClock(new Date());
const log: string[] = [];

beforeAll(async () => {
  smtp = await startSmtpServer();
  server = await startTestServer({ clock, config: { smtpUrl: smtp.url, publicUrl: 'https://roder.test' } });
  m = await createTestMunicipality(server, 'Påminnelsekommun');
  const admin = await m.as('admin');
  for (const name of ['Lifecare', 'Procapita', 'Treserva']) {
    const created = await admin.post('/api/v1/applications', systemInput({ name, ownerId: m.people.systemagare.personId, departmentIds: [m.departments.b] }));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
  }
  browser = await launch();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  smtp?.release();
  await smtp?.close();
});

/** A fresh browser signed in through the real login form of this file's server. */
async function signedIn(email: string): Promise<Page> {
  const page = await newPage(browser);
  page.setDefaultTimeout(30_000);
  await page.goto(`${server.url}/logga-in`);
  await page.getByLabel(/e-post/i).fill(email);
  await page.getByLabel(/lösenord/i).fill(PASSWORD);
  await page.getByRole('button', { name: /logga in/i }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/logga-in'));
  return page;
}

/** "Bekräftade system: 2 av 3 (67 %)" → [2, 3]. */
async function freshness(page: Page) {
  await page.goto(`${server.url}/attestering/oversikt`);
  const line = (await page.getByText(/^Bekräftade system:/).textContent())!;
  const [, confirmed, total] = /: (\d+) av (\d+)/.exec(line)!;
  return [Number(confirmed), Number(total)];
}

describe('an attestation round with its reminder mail', () => {
  it('is answered in part, and a fortnight later the owner gets one mail for the rest, with a link back', async () => {
    const owner = m.people.systemagare;
    const admin = await signedIn(m.people.admin.email);
    await admin.goto(`${server.url}/attestering/oversikt`);
    await admin.getByRole('heading', { name: A.overview.noRound }).waitFor();
    await expectAccessible(admin, 'översikt utan omgång');
    await admin.getByRole('button', { name: A.overview.open }).click();
    await admin.getByRole('heading', { name: /^Öppen omgång sedan/ }).waitFor();
    expect(await freshness(admin)).toEqual([0, 3]);

    const sara = await signedIn(owner.email);
    await sara.getByRole('link', { name: shell.app.nav.attestation }).first().click();
    await sara.getByRole('heading', { level: 1, name: A.mine.title }).waitFor();
    const table = sara.getByRole('table');
    await table.getByRole('link', { name: 'Treserva' }).waitFor();
    await expectAccessible(sara, 'mina attesteringar');

    // Lifecare: one click.
    await table.getByRole('link', { name: 'Lifecare' }).click();
    await sara.getByRole('heading', { level: 2, name: A.task.question }).waitFor();
    await expectAccessible(sara, 'uppgift att attestera');
    await sara.getByRole('button', { name: A.task.yes }).click();
    await sara.getByText(A.state.confirmed, { exact: true }).first().waitFor();
    await expect.poll(() => sara.getByRole('button', { name: A.task.yes }).count()).toBe(0);
    await expectAccessible(sara, 'bekräftad uppgift');

    // Procapita: "Nej, rätta" opens the system's form, which returns to the task.
    await sara.getByRole('link', { name: A.task.back }).click();
    await table.getByRole('link', { name: 'Procapita' }).click();
    await sara.getByRole('button', { name: A.task.no }).click();
    await expectAccessible(sara, 'rätta: länk till formuläret');
    await sara.getByRole('link', { name: A.task.correctLink.replace('{{name}}', 'Procapita') }).click();
    await sara.getByRole('heading', { level: 1, name: shell.applications.edit.title.replace('{{name}}', 'Procapita') }).waitFor();
    await expectAccessible(sara, 'systemets formulär');
    const corrected = 'Rättad vid attesteringen: används av äldreomsorgen.';
    await sara.getByLabel(shell.fields.description, { exact: true }).fill(corrected);
    await sara.getByRole('button', { name: shell.applications.edit.submit }).click();
    await sara.waitForURL((url) => url.pathname.startsWith('/attestering/'));
    await sara.getByText(corrected).waitFor();
    await sara.getByRole('button', { name: A.task.no }).click();
    await sara.getByRole('button', { name: A.task.confirmCorrection }).click();
    await sara.getByText(A.state.corrected, { exact: true }).first().waitFor();
    await expectAccessible(sara, 'rättad uppgift');
    await sara.getByRole('link', { name: A.task.back }).click();
    await table.getByRole('row').filter({ hasText: 'Lifecare' }).filter({ hasText: A.state.confirmed }).waitFor();
    await table.getByRole('row').filter({ hasText: 'Procapita' }).filter({ hasText: A.state.corrected }).waitFor();
    await table.getByRole('row').filter({ hasText: 'Treserva' }).filter({ hasText: A.state.open }).waitFor();
    expect(smtp.received).toHaveLength(0);

    // A fortnight passes; the scheduler's morning: reminders, then the digest.
    const jobs = scheduledJobs(server.config, (message) => log.push(message));
    clock.advance(14 * DAY);
    // The reminders go out in the Swedish morning: on to 06:00 if the fortnight ends before it.
    while (periodOf(reminderSchedule, clock.now()) === null) clock.advance(HOUR);
    for (const job of jobs) expect(await runJobOnce(server.database.db, clock, job), job.name).toBe(true);
    expect(log).toEqual([]);
    const mails = smtp.received.filter((mail) => mail.to.includes(owner.email));
    expect(mails).toHaveLength(1);
    expect(smtp.received).toHaveLength(1);
    const [mail] = mails;
    expect(mail!.subject).toBe(`Roder: 1 ny avisering i ${m.name}`);
    expect(mail!.text).toContain('Bekräfta att uppgifterna om Treserva stämmer (väntat i 14 dagar).');
    expect(mail!.text).not.toContain('Lifecare');
    expect(mail!.text).not.toContain('Procapita');
    const link = /https:\/\/roder\.test(\/attestering\/[0-9a-f-]{36})/.exec(mail!.text);
    expect(link, mail!.text).not.toBeNull();

    // The owner follows the mail's link (her session ended during the fortnight: she signs in again).
    await sara.context().close();
    const later = await signedIn(owner.email);
    await later.goto(`${server.url}${link![1]}`);
    await later.getByRole('heading', { level: 1, name: A.task.title.replace('{{name}}', 'Treserva') }).waitFor();
    await later.getByRole('heading', { level: 2, name: A.task.question }).waitFor();
    await expectAccessible(later, 'uppgiften från mejlets länk');

    // The reminder is in her list in Roder too.
    await later.goto(`${server.url}/aviseringar`);
    await later.getByRole('heading', { level: 1, name: n.notifications.title }).waitFor();
    await later.getByText('Bekräfta att uppgifterna om Treserva stämmer (väntat i 14 dagar).').waitFor();
    await expect.poll(() => later.getByRole('status').filter({ hasText: 'oläst' }).textContent()).toBe('1 oläst avisering.');
    await expectAccessible(later, 'aviseringar med påminnelsen');

    // Freshness: two of three confirmed; the overdue list is empty (the due date has not passed).
    await admin.context().close();
    const adminLater = await signedIn(m.people.admin.email);
    expect(await freshness(adminLater)).toEqual([2, 3]);
    await adminLater.getByText(/\(67\s%\)/).waitFor();
    await adminLater.getByRole('table').filter({ hasText: A.overview.owners }).getByRole('row').filter({ hasText: 'Sara Systemägare' }).filter({ hasText: '2' }).waitFor();
    await expectAccessible(adminLater, 'översikt efter två veckor');

    // The next morning brings no second mail for the same reminder.
    clock.advance(DAY);
    for (const job of jobs) await runJobOnce(server.database.db, clock, job);
    expect(smtp.received).toHaveLength(1);
  }, 300_000);
});
