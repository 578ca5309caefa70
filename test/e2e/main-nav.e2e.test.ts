import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSessions, en, focused, people, poll, sv, tabTo } from './register-helpers.js';
import { baseUrl, chooseLanguage, expectAccessible, mainNavLink } from './support.js';

/**
 * The main menu in groups. In the wide header one row (at 1280 px beside the name, for an admin
 * who is shown everything) whose groups are disclosures: a button with aria-expanded and
 * aria-controls that shows a list of plain links (not an ARIA menu). In the compact header's
 * panel every link is listed under its group's name. Swedish and English.
 * Set NAV_SCREENSHOTS=<dir> to keep screenshots of the header.
 */

const session = browserSessions();
const screenshots = process.env.NAV_SCREENSHOTS;
if (screenshots) mkdirSync(screenshots, { recursive: true });

const runs = [
  { language: 'sv' as const, t: sv },
  { language: 'en' as const, t: en as unknown as typeof sv },
];

/** The admin (every item), in the run's language; the choice is stored with the person, so `restore` sets Swedish back. */
async function adminIn(language: 'sv' | 'en', width: number, height = 900) {
  const page = await session.as(people.admin.email);
  if (language === 'en') {
    await chooseLanguage(page, 'English');
    await poll(() => page.getAttribute('html', 'lang')).toBe('en');
  }
  await page.setViewportSize({ width, height });
  return page;
}

async function restore(page: Page, language: 'sv' | 'en') {
  if (language === 'en') {
    // The wide header, where the language choice is in view.
    await page.setViewportSize({ width: 1280, height: 900 });
    await chooseLanguage(page, 'Svenska');
    await poll(() => page.getAttribute('html', 'lang')).toBe('sv');
  }
}

describe.each(runs)('the grouped main menu ($language)', ({ language, t }) => {
  const N = t.app.nav;
  const groups = [N.groups.registers, N.groups.governance, N.groups.portfolio];

  it('is one row at 1280 px; a group opens with the keyboard, its links follow its button, Escape closes it', async () => {
    const page = await adminIn(language, 1280);
    try {
      await page.goto(`${baseUrl()}/system`);
      await page.getByRole('rowheader').first().waitFor();
      const menu = page.getByRole('navigation', { name: N.label });
      // The attestation's link loads apart from the first page (the admin may open rounds): the full row.
      await menu.getByRole('link', { name: N.attestation }).waitFor();
      await page.evaluate(() => document.fonts.ready);
      if (screenshots) await page.screenshot({ path: `${screenshots}/header-1280-${language}.png`, clip: { x: 0, y: 0, width: 1280, height: 120 } });

      // One row beside the name: every item of the menu at the same height, the row within the screen.
      const name = await page.getByRole('banner').getByRole('link', { name: t.app.name, exact: true }).boundingBox();
      const row = await menu.boundingBox();
      console.info(`menu at 1280 px (${language}): ${row?.width} × ${row?.height} px`);
      expect(row!.height).toBeLessThanOrEqual(44);
      expect(row!.y).toBeLessThan(name!.y + name!.height);
      expect(row!.x + row!.width).toBeLessThanOrEqual(1280);
      const tops = await menu.locator(':scope > ul > li').evaluateAll((items) => items.map((item) => Math.round(item.getBoundingClientRect().top)));
      expect(new Set(tops).size, `tops ${tops.join(', ')}`).toBe(1);
      // Start, three groups, notifications, attestation, administration.
      expect(tops).toHaveLength(7);

      // Each group: a closed button naming the list it shows; the group holding this page is marked.
      for (const name of groups) {
        const button = menu.getByRole('button', { name, exact: true });
        expect(await button.getAttribute('aria-expanded'), name).toBe('false');
        const list = page.locator(`[id="${await button.getAttribute('aria-controls')}"]`);
        expect(await list.count(), name).toBe(1);
        expect(await list.isHidden(), name).toBe(true);
        expect(await button.getAttribute('data-active'), name).toBe(name === N.groups.registers ? 'true' : null);
      }
      expect(await menu.getByRole('menu').count()).toBe(0);
      expect(await menu.getByRole('link', { name: N.applications }).count()).toBe(0);

      // From Start, Tab to the group's button (it shows focus), Enter opens it, its links come next.
      await menu.getByRole('link', { name: N.home, exact: true }).focus();
      const toButton = await tabTo(page, (f) => f.tag === 'button' && f.text === N.groups.registers, { max: 1 });
      for (const stop of toButton.stops) expect(stop, `focus indicator on ${stop.tag} "${stop.text}"`).toMatchObject({ indicator: true });
      const registers = menu.getByRole('button', { name: N.groups.registers, exact: true });
      await page.keyboard.press('Enter');
      await poll(() => registers.getAttribute('aria-expanded')).toBe('true');
      const toLinks = [N.applications, N.overlaps, N.eservices, N.collaborations];
      for (const name of toLinks) {
        await page.keyboard.press('Tab');
        expect(await focused(page), name).toMatchObject({ tag: 'a', text: name, indicator: true, inViewport: true });
      }
      expect(await menu.getByRole('link', { name: N.applications, exact: true }).getAttribute('aria-current')).toBe('page');
      expect(await menu.getByRole('link', { name: N.overlaps, exact: true }).getAttribute('aria-current')).toBeNull();
      if (screenshots) await page.screenshot({ path: `${screenshots}/header-1280-${language}-open.png`, clip: { x: 0, y: 0, width: 1280, height: 300 } });
      await expectAccessible(page, `${language}: the main menu with a group open`);

      // Escape, from a link of the open list, closes it and gives focus back to its button.
      await page.keyboard.press('Escape');
      await poll(() => registers.getAttribute('aria-expanded')).toBe('false');
      expect(await registers.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await menu.getByRole('link', { name: N.applications }).count()).toBe(0);

      // Space opens it too; one group at a time: opening the next closes the first.
      await page.keyboard.press('Space');
      await poll(() => registers.getAttribute('aria-expanded')).toBe('true');
      const governance = menu.getByRole('button', { name: N.groups.governance, exact: true });
      await governance.click();
      await poll(() => governance.getAttribute('aria-expanded')).toBe('true');
      expect(await registers.getAttribute('aria-expanded')).toBe('false');
      // A click outside the menu closes it (on the heading's start, left of the open list).
      await page.getByRole('heading', { level: 1 }).click({ position: { x: 4, y: 4 } });
      await poll(() => governance.getAttribute('aria-expanded')).toBe('false');
    } finally {
      await restore(page, language);
    }
  });

  it('following a link closes its group; the new page is marked in the menu and its group', async () => {
    const page = await adminIn(language, 1280);
    try {
      await page.goto(`${baseUrl()}/`);
      const menu = page.getByRole('navigation', { name: N.label });
      expect(await menu.getByRole('link', { name: N.home, exact: true }).getAttribute('aria-current')).toBe('page');
      await (await mainNavLink(menu, N.groups.portfolio, N.acquisitions)).click();
      await page.waitForURL((url) => url.pathname === '/anskaffning');
      const portfolio = menu.getByRole('button', { name: N.groups.portfolio, exact: true });
      await poll(() => portfolio.getAttribute('aria-expanded')).toBe('false');
      expect(await portfolio.getAttribute('data-active')).toBe('true');
      expect(await menu.getByRole('button', { name: N.groups.registers, exact: true }).getAttribute('data-active')).toBeNull();
      expect(await menu.getByRole('link', { name: N.home, exact: true }).getAttribute('aria-current')).toBeNull();
      expect(await (await mainNavLink(menu, N.groups.portfolio, N.acquisitions)).getAttribute('aria-current')).toBe('page');
      // The agreements register belongs to acquisitions.
      await page.goto(`${baseUrl()}/avtal`);
      expect(await portfolio.getAttribute('data-active')).toBe('true');
      // A single link: the menu's own, with no group marked.
      await menu.getByRole('link', { name: N.notifications, exact: true }).click();
      await page.waitForURL((url) => url.pathname === '/aviseringar');
      expect(await menu.getByRole('link', { name: N.notifications, exact: true }).getAttribute('aria-current')).toBe('page');
      expect(await menu.locator('button[data-active]').count()).toBe(0);
      // A group left open closes when the page changes another way (back), and stays closed on return.
      await menu.getByRole('button', { name: N.groups.registers, exact: true }).click();
      await page.goBack();
      await page.waitForURL((url) => url.pathname === '/avtal');
      await poll(() => menu.locator('button[aria-expanded="true"]').count()).toBe(0);
      await page.goForward();
      await page.waitForURL((url) => url.pathname === '/aviseringar');
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await menu.locator('button[aria-expanded="true"]').count()).toBe(0);
    } finally {
      await restore(page, language);
    }
  });

  it('in the compact menu panel every link shows under its group’s name, inside the navigation', async () => {
    const page = await adminIn(language, 390, 844);
    try {
      await page.goto(`${baseUrl()}/styrdokument`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.getByRole('button', { name: t.app.menu.label, exact: true }).click();
      const panel = page.getByRole('dialog', { name: t.app.menu.label });
      const menu = panel.getByRole('navigation', { name: N.label });
      await menu.getByRole('link', { name: N.attestation }).waitFor();
      expect(await menu.getByRole('button').count()).toBe(0);
      expect(await menu.getByRole('heading').allTextContents()).toEqual(groups);
      const inGroup = (group: string) => menu.getByRole('list', { name: group }).getByRole('link').allTextContents();
      expect(await inGroup(N.groups.registers)).toEqual([N.applications, N.overlaps, N.eservices, N.collaborations]);
      expect(await inGroup(N.groups.governance)).toEqual([N.documents, N.myAssignments, N.myConsultations, N.itplans]);
      expect(await inGroup(N.groups.portfolio)).toEqual([N.portfolio, N.council, N.acquisitions]);
      // Every link at once: 11 in groups, start, notifications, attestation and administration.
      expect(await menu.getByRole('link').count()).toBe(15);
      expect(await menu.getByRole('link', { name: N.documents, exact: true }).getAttribute('aria-current')).toBe('page');
      await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
      if (screenshots) await page.screenshot({ path: `${screenshots}/menu-390-${language}.png` });
      await expectAccessible(page, `${language}: the compact menu's groups`);
      await page.keyboard.press('Escape');
    } finally {
      await restore(page, language);
    }
  });
});
