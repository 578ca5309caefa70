import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sv } from './admin-words.js';
import { expectAccessible, launch, newPage, signIn } from './support.js';

/** The audit trail's verification page in the admin area, on the running server (issue 11, item 16). */

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launch();
  page = await newPage(browser);
  page.setDefaultTimeout(15_000);
});
afterAll(async () => {
  await page?.context().close();
  await browser?.close();
});

describe('the audit trail page', () => {
  it('shows an admin that the chain is whole, how many events were checked and the last signed checkpoint', async () => {
    await signIn(page);
    await page.getByRole('navigation', { name: sv.app.nav.label }).getByRole('link', { name: sv.app.nav.admin }).click();
    await page.getByRole('navigation', { name: sv.admin.nav.label }).getByRole('link', { name: sv.admin.audit.title }).click();
    await page.getByRole('heading', { level: 1, name: sv.admin.audit.title }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/admin/granskningslogg');
    const status = page.getByRole('status').filter({ hasText: 'Kedjan är hel' });
    await status.waitFor();
    expect(await status.textContent()).toMatch(/händelser kontrollerade, inget är ändrat/);
    const checkpoint = page.locator('dt', { hasText: sv.admin.audit.lastCheckpoint }).locator('xpath=following-sibling::dd[1]');
    expect(await checkpoint.textContent()).toMatch(/^Händelse \d+, \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(await page.getByText(sv.admin.audit.noKey).count()).toBe(0);
    await page.getByRole('button', { name: sv.admin.audit.again }).click();
    await status.waitFor();
    await expectAccessible(page, 'admin: granskningslogg');
  });
});
