import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import n from '../../src/web/locales/notifications.sv.json';
import nEn from '../../src/web/locales/notifications.en.json';
import { sv } from './admin-words.js';
import { baseUrl, chooseLanguage, expectAccessible, launch, newPage, signIn } from './support.js';

/** A person's notifications (aviseringar) and digest choice; an admin's held sends (issue 12, item 3). */

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launch();
  page = await newPage(browser);
  page.setDefaultTimeout(20_000);
});
afterAll(async () => {
  await page?.context().close();
  await browser?.close();
});

const poll = (fn: () => Promise<unknown>) => expect.poll(fn, { timeout: 20_000 });

describe('notifications', () => {
  it('a person sees a notification, marks it read, and changes their digest choice', { timeout: 120_000 }, async () => {
    await signIn(page);
    await page.getByRole('navigation', { name: sv.app.nav.label }).getByRole('link', { name: sv.app.nav.notifications }).click();
    await page.getByRole('heading', { level: 1, name: n.notifications.title }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/aviseringar');
    const reminder = 'Bekräfta att uppgifterna om Procapita stämmer (väntat i 14 dagar).';
    await page.getByText(reminder).waitFor();
    await page.getByText('3 poster har lämnats över till dig från Olle Slutat.').waitFor();
    await poll(() => page.getByRole('status').filter({ hasText: 'olästa aviseringar' }).textContent()).toBe('2 olästa aviseringar.');
    await page.waitForLoadState('networkidle');
    await expectAccessible(page, 'aviseringar');

    await page.getByRole('button', { name: `${n.notifications.markRead}: ${reminder}` }).click();
    await poll(() => page.getByRole('status').filter({ hasText: 'oläst' }).textContent()).toBe('1 oläst avisering.');
    expect(await page.getByRole('button', { name: `${n.notifications.markRead}: ${reminder}` }).count()).toBe(0);
    await page.getByLabel(n.notifications.onlyUnread).check();
    await poll(() => page.getByText(reminder).count()).toBe(0);
    await page.getByText('3 poster har lämnats över till dig från Olle Slutat.').waitFor();

    // The digest choice: weekly, without hand-overs; it stays after a reload.
    await page.getByRole('radio', { name: n.notifications.prefs.weekly }).check();
    await page.getByRole('checkbox', { name: n.notifications.topics.handover }).uncheck();
    await page.getByRole('button', { name: n.notifications.prefs.save }).click();
    await page.getByRole('alert').filter({ hasText: n.notifications.prefs.saved }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: n.notifications.title }).waitFor();
    await poll(() => page.getByRole('radio', { name: n.notifications.prefs.weekly }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: n.notifications.topics.handover }).isChecked()).toBe(false);
    expect(await page.getByRole('checkbox', { name: n.notifications.topics.attestation }).isChecked()).toBe(true);

    await page.getByRole('button', { name: n.notifications.markAllRead }).click();
    await poll(() => page.getByRole('status').filter({ hasText: 'olästa' }).textContent()).toBe('0 olästa aviseringar.');
  });

  it('an admin sees the held sends page, in Swedish and English', { timeout: 120_000 }, async () => {
    await page.goto(`${baseUrl()}/admin`);
    await page.getByRole('navigation', { name: sv.admin.nav.label }).getByRole('link', { name: sv.admin.heldDigests.title }).click();
    await page.getByRole('heading', { level: 1, name: n.notifications.held.title }).waitFor();
    await page.getByText(n.notifications.held.none).waitFor();
    const limit = page.getByRole('textbox', { name: n.notifications.held.limit });
    expect(await limit.inputValue()).toBe('200');
    await limit.fill('150');
    await page.getByRole('button', { name: n.notifications.held.limitSave }).click();
    await page.getByRole('alert').filter({ hasText: n.notifications.held.limitSaved }).waitFor();
    await page.reload();
    await poll(() => page.getByRole('textbox', { name: n.notifications.held.limit }).inputValue()).toBe('150');
    await page.getByText(/fler än 150 personer/).waitFor();
    await expectAccessible(page, 'admin: stoppade utskick');
    try {
      await chooseLanguage(page, 'English');
      await poll(() => page.getAttribute('html', 'lang')).toBe('en');
      await page.getByRole('heading', { level: 1, name: nEn.notifications.held.title }).waitFor();
      await expectAccessible(page, 'en: held sends');
      await page.goto(`${baseUrl()}/aviseringar`);
      await page.getByRole('heading', { level: 1, name: nEn.notifications.title }).waitFor();
      await page.getByText('Confirm that the record of Procapita is correct (waiting for 14 days).').waitFor();
      await expectAccessible(page, 'en: notifications');
    } finally {
      await chooseLanguage(page, 'Svenska');
      await poll(() => page.getAttribute('html', 'lang')).toBe('sv');
    }
  });
});
