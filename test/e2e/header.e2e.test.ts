import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSessions, en, focused, people, poll, sv, tabTo } from './register-helpers.js';
import { accountButton, baseUrl, chooseLanguage, expectAccessible, openAccount } from './support.js';

/**
 * The wide header: one row at 1280 px with the name, the main menu and one account button (the
 * person's initials and name). The button is a disclosure (aria-expanded, aria-controls; Escape
 * closes it and gives focus back; a click outside or another page closes it) whose panel holds the
 * person and municipality, the language choice, "Mitt konto" and logging out. Swedish and English.
 * Set HEADER_SCREENSHOTS=<dir> to keep screenshots of the header.
 */

const session = browserSessions();
const screenshots = process.env.HEADER_SCREENSHOTS;
if (screenshots) mkdirSync(screenshots, { recursive: true });

const runs = [
  { language: 'sv' as const, t: sv, other: 'English' as const, own: 'Svenska' as const },
  { language: 'en' as const, t: en as unknown as typeof sv, other: 'Svenska' as const, own: 'English' as const },
];

/** The admin (every menu item: the longest row) at 1280 px, in the run's language; the choice is stored with the person. */
async function adminIn(language: 'sv' | 'en') {
  const page = await session.as(people.admin.email);
  await page.setViewportSize({ width: 1280, height: 900 });
  if (language === 'en') await chooseLanguage(page, 'English');
  return page;
}

async function restore(page: Page, language: 'sv' | 'en') {
  if (language === 'en' || (await page.getAttribute('html', 'lang')) !== 'sv') await chooseLanguage(page, 'Svenska');
}

describe.each(runs)('the wide header ($language)', ({ language, t, other, own }) => {
  it('is one row at 1280 px; the account button opens with the keyboard, Escape closes it and focus returns; axe-clean open', async () => {
    const page = await adminIn(language);
    try {
      await page.goto(`${baseUrl()}/system`);
      await page.getByRole('rowheader').first().waitFor();
      const menu = page.getByRole('navigation', { name: t.app.nav.label });
      // The attestation's link loads apart from the first page: the full row.
      await menu.getByRole('link', { name: t.app.nav.attestation }).waitFor();
      await page.evaluate(() => document.fonts.ready);
      if (screenshots) await page.screenshot({ path: `${screenshots}/header-1280-${language}.png`, clip: { x: 0, y: 0, width: 1280, height: 120 } });

      // One row: the header is one row high (63 px and its border), the button beside the menu, within the screen.
      const banner = await page.getByRole('banner').boundingBox();
      const button = accountButton(page);
      const box = await button.boundingBox();
      const row = await menu.boundingBox();
      console.info(`header at 1280 px (${language}): ${banner?.height} px high; account button ${box?.x}–${box!.x + box!.width}`);
      expect(banner!.height).toBeLessThanOrEqual(64);
      expect(box!.y).toBeLessThan(row!.y + row!.height);
      expect(box!.y + box!.height).toBeGreaterThan(row!.y);
      expect(box!.x).toBeGreaterThanOrEqual(row!.x + row!.width);
      expect(box!.x + box!.width).toBeLessThanOrEqual(1280);
      // Nothing else of the person's part shows until the button is pressed.
      for (const name of ['Svenska', 'English', t.app.logout]) expect(await page.getByRole('button', { name, exact: true }).count(), name).toBe(0);
      expect(await page.getByRole('link', { name: t.app.user.account }).count()).toBe(0);

      // The button names the person (and what it opens) and the panel it shows.
      expect(await button.textContent()).toContain(people.admin.name);
      expect(await page.getByRole('banner').getByRole('button', { name: people.admin.name }).count()).toBe(1);
      expect(await button.getAttribute('aria-expanded')).toBe('false');
      const panel = page.locator(`[id="${await button.getAttribute('aria-controls')}"]`);
      expect(await panel.count()).toBe(1);
      expect(await panel.isHidden()).toBe(true);

      // From the menu's last link, Tab reaches the button (it shows focus); Enter opens the panel.
      await menu.getByRole('link', { name: t.app.nav.admin, exact: true }).focus();
      const toButton = await tabTo(page, (f) => f.tag === 'button' && f.text.includes(people.admin.name), { max: 1 });
      expect(toButton.info).toMatchObject({ indicator: true });
      await page.keyboard.press('Enter');
      await poll(() => button.getAttribute('aria-expanded')).toBe('true');
      expect(await panel.isVisible()).toBe(true);
      expect(await panel.textContent()).toContain(people.admin.name);
      expect(await panel.getByText(/, Roders kommun$/).isVisible()).toBe(true);
      // Its controls follow the button in the tab order, inside the screen, each showing focus.
      const switcher = panel.getByRole('group', { name: t.app.language.label });
      expect(await switcher.getByRole('button', { name: own, exact: true }).getAttribute('aria-pressed')).toBe('true');
      expect(await switcher.getByRole('button', { name: other, exact: true }).getAttribute('aria-pressed')).toBe('false');
      for (const name of ['Svenska', 'English', t.app.user.account, t.app.logout]) {
        await page.keyboard.press('Tab');
        expect(await focused(page), name).toMatchObject({ text: name, indicator: true, inViewport: true });
      }
      const right = await panel.evaluate((el) => el.getBoundingClientRect().right);
      expect(right).toBeLessThanOrEqual(1280);
      if (screenshots) await page.screenshot({ path: `${screenshots}/header-1280-${language}-open.png`, clip: { x: 0, y: 0, width: 1280, height: 320 } });
      await expectAccessible(page, `${language}: the header with the account panel open`);

      // Escape, from inside the panel, closes it and gives focus back to the button.
      await page.keyboard.press('Escape');
      await poll(() => button.getAttribute('aria-expanded')).toBe('false');
      expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await panel.isHidden()).toBe(true);

      // Space opens it; a click outside closes it; opening a menu group closes it too.
      await page.keyboard.press('Space');
      await poll(() => button.getAttribute('aria-expanded')).toBe('true');
      await page.getByRole('heading', { level: 1 }).click({ position: { x: 4, y: 4 } });
      await poll(() => button.getAttribute('aria-expanded')).toBe('false');
      await openAccount(page);
      await menu.getByRole('button', { name: t.app.nav.groups.registers, exact: true }).click();
      await poll(() => button.getAttribute('aria-expanded')).toBe('false');

      // "Mitt konto" goes there and closes the panel.
      await (await openAccount(page)).getByRole('link', { name: t.app.user.account }).click();
      await page.waitForURL((url) => url.pathname === '/mitt-konto');
      await page.getByRole('heading', { level: 1, name: t.session.account.title }).waitFor();
      await poll(() => button.getAttribute('aria-expanded')).toBe('false');
    } finally {
      await restore(page, language);
    }
  });

  it('switches the language from the account panel, which stays open', async () => {
    const page = await adminIn(language);
    try {
      await page.goto(`${baseUrl()}/`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      const panel = await openAccount(page);
      await panel.getByRole('button', { name: other, exact: true }).click();
      const otherLanguage = language === 'sv' ? 'en' : 'sv';
      const otherTexts = language === 'sv' ? en : sv;
      await poll(() => page.getAttribute('html', 'lang')).toBe(otherLanguage);
      await page.getByRole('navigation', { name: otherTexts.app.nav.label }).waitFor();
      expect(await accountButton(page).getAttribute('aria-expanded')).toBe('true');
      const switcher = panel.getByRole('group', { name: otherTexts.app.language.label });
      await poll(() => switcher.getByRole('button', { name: other, exact: true }).getAttribute('aria-pressed')).toBe('true');
      expect(await panel.getByRole('link', { name: otherTexts.app.user.account }).isVisible()).toBe(true);
      await expectAccessible(page, `${otherLanguage}: the account panel after switching language`);
      // The choice is stored: it survives a reload.
      await page.reload();
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe(otherLanguage);
      await chooseLanguage(page, own);
      await page.getByRole('navigation', { name: t.app.nav.label }).waitFor();
    } finally {
      await restore(page, language);
    }
  });
});

describe('signing out', () => {
  it('"Logga ut" in the account panel signs out; the header then shows the language choice', async () => {
    // The reader: no other file depends on this person's session.
    const page = await session.as(people.lasare.email);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${baseUrl()}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const panel = await openAccount(page);
    expect(await panel.textContent()).toContain(people.lasare.name);
    await panel.getByRole('button', { name: sv.app.logout }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/logga-in'));
    await page.getByRole('heading', { level: 1, name: sv.session.login.title }).waitFor();
    expect(await accountButton(page).count()).toBe(0);
    expect(await page.getByRole('banner').getByRole('button', { name: 'English', exact: true }).isVisible()).toBe(true);
    // Signed out for real: a page that needs a session sends back to the login.
    await page.goto(`${baseUrl()}/system`);
    await page.waitForURL(/logga-in/);
  });
});
