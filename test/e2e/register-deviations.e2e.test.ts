import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addDays, dateInSweden } from '../../src/shared/dates.js';
import { archiveSystem, closeContext, errorSummaryOne, norm, people, poll, signedIn, sv } from './register-helpers.js';
import { baseUrl, launch } from './support.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
// What this file creates it archives again, so other files see the demo register as seeded.
const created: string[] = [];
afterAll(async () => {
  if (browser && created.length > 0) {
    const admin = await signedIn(browser, people.admin.email);
    for (const name of created) await archiveSystem(admin, name);
    await closeContext(admin);
  }
  await browser?.close();
});

const opened: Page[] = [];
async function as(email: string) {
  const page = await signedIn(browser, email);
  opened.push(page);
  return page;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map(closeContext));
});

const L = sv.applications;

describe('disruption tests on the form and the system page', () => {
  it('refuses a test dated after today in the form, and shows a failed test as a deviation of its own', async () => {
    const page = await as(people.itchef.email);
    await page.goto(`${baseUrl()}/system/ny`);
    await page.getByRole('heading', { level: 1, name: L.create.title }).waitFor();
    const name = 'Reservkraftsövervakning';
    await page.getByRole('textbox', { name: sv.fields.name }).fill(name);
    await page.getByRole('button', { name: L.form.addDisruptionTest }).click();
    const row = page.getByRole('group', { name: sv.fields.disruptionTests_row.replace('{{n}}', '1') });
    const date = row.getByLabel(sv.fields.disruptionTests_testedOn);
    const today = dateInSweden(new Date());
    await date.fill(addDays(today, 1));
    await row.getByRole('combobox', { name: sv.fields.disruptionTests_result }).selectOption({ label: sv.enums.disruptionResult.failed });

    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/v1/applications') posts.push(request.url());
    });
    await page.getByRole('button', { name: L.create.submit }).click();
    const summary = page.getByRole('alert').filter({ hasText: errorSummaryOne(sv) });
    await summary.waitFor();
    expect(norm(await summary.textContent())).toContain('Ett störningstest kan inte dateras efter i dag.');
    await poll(() => date.getAttribute('aria-invalid')).toBe('true');
    expect(posts).toEqual([]);

    await date.fill(today);
    await page.getByRole('button', { name: L.create.submit }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    created.push(name);
    await poll(async () => (await page.getByRole('list').filter({ hasText: sv.enums.flag.disruption_test_failed }).count()) > 0).toBe(true);
    expect(posts).toHaveLength(1);
  });
});
