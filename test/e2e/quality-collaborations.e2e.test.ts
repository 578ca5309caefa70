import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import collaborations from '../../src/web/locales/collaborations.sv.json';
import quality from '../../src/web/locales/quality.sv.json';
import { baseUrl, expectAccessible, launch, newPage, signIn } from './support.js';

/**
 * Data quality and collaborations in the browser: a system's page shows its score and each missing
 * field as a link to the form; the register filters by quality band; the start page shows the
 * distribution per department. An admin creates a collaboration and invites a partner, whose admin
 * accepts and browses the shared catalogue. Checked with axe.
 */

const Q = quality.quality;
const C = collaborations.collaborations;
const collaborationName = `Testsamverkan ${Date.now()}`;

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launch();
  page = await newPage(browser);
  page.setDefaultTimeout(30_000);
  await signIn(page);
}, 120_000);
afterAll(async () => browser?.close());

describe('data quality', () => {
  it('shows the score and the missing fields on a system, filters the register and shows the distribution', async () => {
    await page.goto(`${baseUrl()}/system?quality=low`);
    await page.getByRole('columnheader', { name: Q.column }).waitFor();
    await expect.poll(() => page.getByLabel(Q.filter).inputValue()).toBe('low');
    const firstRow = page.getByRole('row').nth(1);
    // The quality column is the one before the deviations, the last.
    const cells = firstRow.getByRole('cell');
    const score = Number((await cells.nth((await cells.count()) - 2).textContent())?.trim());
    expect(score).toBeLessThan(50);
    await expectAccessible(page, 'sv: registret filtrerat på låg kvalitet');

    await firstRow.getByRole('link').first().click();
    await page.getByRole('heading', { name: Q.title }).waitFor();
    await expect.poll(async () => (await page.getByTestId('quality-score').textContent())?.trim()).toBe(Q.score.replace('{{score}}', String(score)));
    const missing = page.getByTestId('quality-missing').getByRole('link');
    expect(await missing.count()).toBeGreaterThan(0);
    expect(await missing.first().getAttribute('href')).toMatch(/\/system\/[0-9a-f-]+\/redigera$/);
    await expectAccessible(page, 'sv: systemets datakvalitet');

    await page.goto(`${baseUrl()}/`);
    const distribution = page.getByTestId('quality-distribution');
    await distribution.waitFor();
    expect(await distribution.getByRole('row').count()).toBeGreaterThan(1);
    await expectAccessible(page, 'sv: startsidan med datakvalitet');
  }, 180_000);
});

describe('collaborations', () => {
  it('an admin creates a collaboration and invites a partner, whose admin accepts and browses the catalogue', async () => {
    await page.goto(`${baseUrl()}/admin/samverkan`);
    await page.getByLabel(C.admin.name).fill(collaborationName);
    await page.getByRole('button', { name: C.admin.create }).click();
    const card = page.getByRole('region', { name: collaborationName });
    await card.waitFor();
    await card.getByLabel(C.admin.inviteLabel.replace('{{name}}', collaborationName)).fill('västra sjöstad kommun');
    await card.getByRole('button', { name: C.admin.invite }).click();
    await card.getByText(C.admin.statusInvited).waitFor();
    await expectAccessible(page, 'sv: samverkan med inbjudan');

    const partner = await newPage(browser);
    partner.setDefaultTimeout(30_000);
    await signIn(partner, 'admin@vastra.example');
    await partner.goto(`${baseUrl()}/admin/samverkan`);
    await partner.getByRole('heading', { name: C.admin.invitations }).waitFor();
    await expectAccessible(partner, 'sv: inbjudan att svara på');
    await partner.getByRole('button', { name: C.admin.accept.replace('{{name}}', collaborationName) }).click();
    await partner.getByRole('region', { name: collaborationName }).waitFor();
    await expect.poll(() => partner.getByRole('heading', { name: C.admin.invitations }).count()).toBe(0);

    await partner.goto(`${baseUrl()}/samverkan`);
    await partner.getByRole('heading', { name: C.catalogue.title }).waitFor();
    const rows = partner.getByRole('table').getByRole('row');
    await expect.poll(() => rows.count()).toBeGreaterThan(1);
    await partner.getByLabel(C.catalogue.municipality).selectOption({ label: 'Roders kommun' });
    await expect.poll(async () => (await partner.getByRole('table').getByRole('row').nth(1).getByRole('cell').first().textContent())?.trim()).toBe('Roders kommun');
    await expectAccessible(partner, 'sv: delade system i samverkan');
    await partner.context().close();
  }, 240_000);
});
