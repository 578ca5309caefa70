import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import shell from '../../src/web/locales/sv.json';
import english from '../../src/web/locales/attestation.en.json';
import messages from '../../src/web/locales/attestation.sv.json';
import { baseUrl, chooseLanguage, expectAccessible, launch, newPage, signIn } from './support.js';

/**
 * An attestation round in the browser: the IT strategist (here the admin) opens a round; the
 * demo's system owner confirms one system with one click and corrects another through the
 * system's form, which returns to the task; the overview's freshness counts both. axe on each page.
 */

const A = messages.attestation;

let browser: Browser;
let admin: Page;
let owner: Page;
beforeAll(async () => {
  browser = await launch();
  admin = await newPage(browser);
  owner = await newPage(browser);
  admin.setDefaultTimeout(30_000);
  owner.setDefaultTimeout(30_000);
  await signIn(admin);
  await signIn(owner, 'systemagare@roder.example');
}, 120_000);
afterAll(async () => browser?.close());

/** "Bekräftade system: 2 av 300 (1 %)" → 2. */
async function confirmedCount(page: Page) {
  await page.goto(`${baseUrl()}/attestering/oversikt`);
  const line = (await page.getByText(/^Bekräftade system:/).textContent())!;
  return Number(/: (\d+) av/.exec(line)![1]);
}

describe('an attestation round', () => {
  it('is opened, answered by confirming and by correcting, and freshness follows', async () => {
    await admin.goto(`${baseUrl()}/attestering/oversikt`);
    await admin.getByRole('heading', { level: 1, name: A.overview.title }).waitFor();
    await admin.getByRole('heading', { name: A.overview.noRound }).waitFor();
    await expectAccessible(admin, 'sv: översikt utan omgång');
    await admin.getByRole('button', { name: A.overview.open }).click();
    await admin.getByRole('heading', { name: /^Öppen omgång sedan/ }).waitFor();
    const before = await confirmedCount(admin);
    expect(before).toBe(0);

    // The owner sees the menu link and her tasks.
    await owner.goto(`${baseUrl()}/`);
    await owner.getByRole('link', { name: shell.app.nav.attestation }).first().click();
    await owner.getByRole('heading', { level: 1, name: A.mine.title }).waitFor();
    await expectAccessible(owner, 'sv: mina attesteringar');
    const rows = owner.getByRole('table').getByRole('row');
    await rows.nth(2).waitFor();
    const first = (await rows.nth(1).getByRole('link').textContent())!;
    const second = (await rows.nth(2).getByRole('link').textContent())!;

    // Confirm with one click.
    await rows.nth(1).getByRole('link').click();
    await owner.getByRole('heading', { level: 2, name: A.task.question }).waitFor();
    await expectAccessible(owner, 'sv: uppgift att attestera');
    await owner.getByRole('button', { name: A.task.yes }).click();
    await owner.getByText(A.state.confirmed, { exact: true }).first().waitFor();
    await expect.poll(() => owner.getByRole('button', { name: A.task.yes }).count()).toBe(0);
    await expectAccessible(owner, 'sv: bekräftad uppgift');

    // Correct: the system's own form, then back to the task to confirm the correction.
    await owner.getByRole('link', { name: A.task.back }).click();
    await owner.getByRole('link', { name: second }).click();
    await owner.getByRole('button', { name: A.task.no }).click();
    await owner.getByRole('link', { name: A.task.correctLink.replace('{{name}}', second) }).click();
    await owner.getByRole('heading', { level: 1, name: shell.applications.edit.title.replace('{{name}}', second) }).waitFor();
    await owner.getByLabel(shell.fields.description, { exact: true }).fill('Rättad vid attesteringen: används av individ- och familjeomsorgen.');
    await owner.getByRole('button', { name: shell.applications.edit.submit }).click();
    await owner.waitForURL((url) => url.pathname.startsWith('/attestering/'));
    await owner.getByText('Rättad vid attesteringen: används av individ- och familjeomsorgen.').waitFor();
    await owner.getByRole('button', { name: A.task.no }).click();
    await owner.getByRole('button', { name: A.task.confirmCorrection }).click();
    await owner.getByText(A.state.corrected, { exact: true }).first().waitFor();

    await owner.getByRole('link', { name: A.task.back }).click();
    const table = owner.getByRole('table');
    await table.getByRole('row').filter({ hasText: first }).filter({ hasText: A.state.confirmed }).waitFor();
    await table.getByRole('row').filter({ hasText: second }).filter({ hasText: A.state.corrected }).waitFor();

    // Freshness counts both, and the owner's row says so.
    expect(await confirmedCount(admin)).toBe(2);
    await admin.getByRole('table').filter({ hasText: A.overview.owners }).getByRole('row').filter({ hasText: 'Karin Nyström' }).waitFor();
    await expectAccessible(admin, 'sv: översikt med öppen omgång');

    // The interval is the municipality's to set.
    await admin.getByLabel(A.overview.interval).fill('6');
    await admin.getByRole('button', { name: A.overview.intervalSave }).click();
    await admin.getByText(A.overview.intro.replace('{{months}}', '6')).waitFor();

    // The owner's pages in English too (then back to Swedish, which other files expect of her).
    await owner.getByRole('link', { name: first }).click();
    await chooseLanguage(owner, 'English');
    await owner.getByRole('heading', { level: 1, name: english.attestation.task.title.replace('{{name}}', first) }).waitFor();
    await expectAccessible(owner, 'en: task');
    await owner.getByRole('link', { name: english.attestation.task.back }).click();
    await owner.getByRole('heading', { level: 1, name: english.attestation.mine.title }).waitFor();
    await expectAccessible(owner, 'en: my attestations');
    await chooseLanguage(owner, 'Svenska');
    await owner.getByRole('heading', { level: 1, name: A.mine.title }).waitFor();
  }, 240_000);
});
