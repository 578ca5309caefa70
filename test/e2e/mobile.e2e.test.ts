import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSessions, closeContext, en, people, poll, sv } from './register-helpers.js';
import { baseUrl, chooseLanguage, expectAccessible, mainNavLink, newPage, signIn } from './support.js';

/**
 * A phone (390 × 844) and the narrowest screen WCAG 1.4.10 (reflow) names, 320 px: a compact
 * header whose menu button opens the navigation, filters folded behind a button, and no page
 * that scrolls sideways. Every main page in both languages passes axe at 320 px (at 1366 px:
 * accessibility.e2e.test.ts and each area's own tests).
 * Set MOBILE_SCREENSHOTS=<dir> to keep screenshots of the phone views.
 */

const session = browserSessions();
const screenshots = process.env.MOBILE_SCREENSHOTS;
if (screenshots) mkdirSync(screenshots, { recursive: true });

const PHONE = { width: 390, height: 844 };
const NARROWEST = { width: 320, height: 640 };
const WIDE = { width: 1366, height: 900 };

async function shoot(page: Page, name: string) {
  if (screenshots) await page.screenshot({ path: `${screenshots}/${name}.png` });
}

/** The page has its heading and no loader left. */
async function settled(page: Page) {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await poll(() => page.getByRole('status').filter({ hasText: /^(Laddar …|Loading …)$/ }).count()).toBe(0);
}

/** How far the page scrolls sideways beyond the window (0 when it reflows). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The elements reaching past the window's right edge, for the failure message. */
const overflowing = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5 && el.getBoundingClientRect().width > 0)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent ?? '').slice(0, 40)}"`)
      .join(' | '),
  );

async function atPhone(email: string = people.admin.email) {
  const page = await session.as(email);
  await page.setViewportSize(PHONE);
  return page;
}

describe('on a phone (390 × 844)', () => {
  it('the header is one short row; the menu button opens every link, the account, the languages and logging out', async () => {
    const page = await atPhone();
    await page.goto(`${baseUrl()}/system`);
    await page.getByRole('rowheader').first().waitFor();
    const header = await page.getByRole('banner').boundingBox();
    console.info(`header at 390 px: ${header?.height} px high`);
    expect(header?.height).toBeLessThanOrEqual(72);
    expect(await overflow(page)).toBe(0);
    await shoot(page, 'register-390');

    // The menu's links are not in the header; the button says what it opens and whether it is open.
    expect(await page.getByRole('navigation', { name: sv.app.nav.label }).count()).toBe(0);
    const menuButton = page.getByRole('button', { name: sv.app.menu.label, exact: true });
    expect(await menuButton.getAttribute('aria-expanded')).toBe('false');
    const controls = await menuButton.getAttribute('aria-controls');
    expect(controls).toBeTruthy();
    // The panel it names is made once its code has loaded (while the page is idle) or when first opened.

    await menuButton.click();
    const menu = page.getByRole('dialog', { name: sv.app.menu.label });
    await menu.waitFor();
    expect(await menuButton.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator(`[id="${controls}"]`).getByRole('dialog').count()).toBe(1);
    const nav = menu.getByRole('navigation', { name: sv.app.nav.label });
    for (const key of ['home', 'applications', 'overlaps', 'documents', 'portfolio', 'council', 'acquisitions', 'notifications', 'admin'] as const) {
      expect(await nav.getByRole('link', { name: sv.app.nav[key], exact: true }).isVisible(), key).toBe(true);
    }
    expect(await nav.getByRole('link', { name: sv.app.nav.applications, exact: true }).getAttribute('aria-current')).toBe('page');
    expect(await menu.getByRole('link', { name: sv.app.user.account }).isVisible()).toBe(true);
    expect(await menu.getByRole('button', { name: sv.app.logout }).isVisible()).toBe(true);
    expect(await menu.getByRole('button', { name: 'English' }).isVisible()).toBe(true);
    expect(await menu.getByText(people.admin.name).isVisible()).toBe(true);
    // Focus moved into the menu; nothing in it reaches past the screen's edge.
    await poll(() => menu.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    // Polled: while the panel slides in, its buttons stand partly outside the screen.
    const widest = () => menu.evaluate((el) => Math.max(...[...el.querySelectorAll('a, button')].map((b) => b.getBoundingClientRect().right)));
    await poll(widest).toBeLessThanOrEqual(PHONE.width);
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    await shoot(page, 'menu-390');
    await expectAccessible(page, 'the open menu at 390 px');

    // Escape closes it and gives focus back to the button.
    await page.keyboard.press('Escape');
    await poll(() => menuButton.getAttribute('aria-expanded')).toBe('false');
    await poll(() => menuButton.evaluate((el) => el === document.activeElement)).toBe(true);

    // A link goes there and closes the menu.
    await menuButton.click();
    await menu.getByRole('link', { name: sv.app.nav.overlaps, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: sv.applications.overlaps.title }).waitFor();
    await poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(await menuButton.getAttribute('aria-expanded')).toBe('false');

    await menuButton.click();
    await menu.getByRole('link', { name: sv.app.user.account }).click();
    await page.waitForURL((url) => url.pathname === '/mitt-konto');
    await poll(() => page.getByRole('dialog').count()).toBe(0);

    await menuButton.click();
    await menu.getByRole('button', { name: sv.app.logout }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/logga-in'));
  });

  it('the register folds its filters behind a button that counts the ones in use; the first row is near the top', async () => {
    const page = await atPhone();
    await page.goto(`${baseUrl()}/system`);
    const firstRow = page.getByRole('rowheader').first();
    await firstRow.waitFor();
    const top = (await firstRow.boundingBox())?.y ?? Infinity;
    console.info(`first row of the register at 390 px: ${top} px from the top`);
    // On a phone the count and the create button share the filter toggle's row: 321 px here, 351 px
    // at 375 px wide (409 px when each had a row of its own).
    expect(top).toBeLessThanOrEqual(400);

    const toggle = page.getByRole('button', { name: sv.common.filters.toggle, exact: true });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('searchbox').count()).toBe(0);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('searchbox', { name: sv.applications.filters.q }).waitFor();
    await page.getByRole('combobox', { name: sv.fields.lifecycle }).selectOption({ index: 1 });
    await poll(() => new URL(page.url()).searchParams.get('lifecycle')).not.toBeNull();
    const counted = page.getByRole('button', { name: sv.common.filters.toggleActive_one.replace('{{count}}', '1') });
    expect(await counted.getAttribute('aria-expanded')).toBe('true');
    await shoot(page, 'register-filters-open-390');
    await expectAccessible(page, 'the register with its filters open at 390 px');
    await counted.click();
    expect(await page.getByRole('searchbox').count()).toBe(0);
    await shoot(page, 'register-filter-in-use-390');
  });

  it('on a wide screen the header shows the menu and the filters stand open', async () => {
    const page = await session.as(people.admin.email);
    await page.goto(`${baseUrl()}/system`);
    await page.getByRole('rowheader').first().waitFor();
    // The attestation's link loads apart from the first page (the admin may open rounds).
    await page.getByRole('navigation', { name: sv.app.nav.label }).getByRole('link', { name: sv.app.nav.attestation }).waitFor();
    // Start, notifications, attestation and the admin area in the row; systems, overlaps,
    // e-services and collaborations; documents, my assignments, my remisses and IT plans;
    // portfolio, council and acquisitions behind their groups' buttons: 15 links.
    const nav = page.getByRole('navigation', { name: sv.app.nav.label });
    expect(await nav.getByRole('link').count()).toBe(4);
    const N = sv.app.nav;
    const groups = [
      [N.groups.registers, [N.applications, N.overlaps, N.eservices, N.collaborations]],
      [N.groups.governance, [N.documents, N.myAssignments, N.myConsultations, N.itplans]],
      [N.groups.portfolio, [N.portfolio, N.council, N.acquisitions]],
    ] as const;
    // One group open at a time: the row's links and the open group's.
    for (const [group, links] of groups) {
      for (const link of links) expect(await (await mainNavLink(nav, group, link)).isVisible(), link).toBe(true);
      expect(await nav.getByRole('link').count(), group).toBe(4 + links.length);
    }
    expect(await page.getByRole('button', { name: sv.app.menu.label, exact: true }).count()).toBe(0);
    expect(await page.getByRole('searchbox', { name: sv.applications.filters.q }).isVisible()).toBe(true);
  });
});

/** The main pages: the menu's, their forms, the admin area, and one item of each list (its first link). */
const paths = [
  '/',
  '/system',
  '/system/ny',
  { list: '/system' },
  '/overlapp',
  '/styrdokument',
  '/styrdokument/ny',
  '/styrdokument/typer',
  { list: '/styrdokument' },
  '/portfolj',
  '/portfolj/ny',
  '/portfolj/regler',
  { list: '/portfolj' },
  '/itrad',
  '/itrad/beslut',
  '/itrad/inkorg',
  { list: '/itrad' },
  '/anskaffning',
  '/anskaffning/ny',
  { list: '/anskaffning' },
  '/avtal',
  { list: '/avtal' },
  '/e-tjanster',
  '/e-tjanster/ny',
  '/e-tjanster/trappan',
  { list: '/e-tjanster' },
  '/it-planer',
  '/it-planer/ny',
  { list: '/it-planer' },
  '/styrdokument/mina-uppdrag',
  '/remisser',
  '/admin',
  '/admin/personer',
  '/admin/forvaltningar',
  '/admin/arkiverade-system',
  '/mitt-konto',
] as const;

describe.each([
  { language: 'sv', texts: sv },
  { language: 'en', texts: en as unknown as typeof sv },
] as const)('every page reflows at 320 px and passes axe there ($language)', ({ language, texts }) => {
  let page: Page;
  beforeAll(async () => {
    page = await newPage(session.browser);
    page.setDefaultTimeout(15_000);
    await signIn(page, people.admin.email);
    if (language === 'en') {
      await chooseLanguage(page, 'English');
      await page.waitForFunction(() => document.documentElement.lang === 'en');
    }
  });
  afterAll(async () => {
    // The demo admin's stored language stays Swedish for the other files.
    if (language === 'en' && page) {
      await page.setViewportSize(WIDE);
      await page.goto(`${baseUrl()}/`);
      await chooseLanguage(page, 'Svenska');
      await page.waitForFunction(() => document.documentElement.lang === 'sv');
    }
    await closeContext(page);
  });

  it('the login page', async () => {
    const login = await newPage(session.browser);
    try {
      await login.setViewportSize(NARROWEST);
      await login.goto(`${baseUrl()}/logga-in`);
      await login.getByRole('heading', { level: 1 }).waitFor();
      if (language === 'en') {
        await login.getByRole('button', { name: 'English' }).click();
        await login.getByRole('heading', { level: 1, name: texts.session.login.title }).waitFor();
      }
      expect(await overflow(login)).toBe(0);
      await expectAccessible(login, `${language}: login at 320 px`);
    } finally {
      await closeContext(login);
    }
  });

  it.each(paths.map((p) => ({ p, name: typeof p === 'string' ? p : `the first item of ${p.list}` })))('$name', async ({ p }) => {
    let path: string;
    if (typeof p === 'string') path = p;
    else {
      await page.setViewportSize(WIDE);
      await page.goto(`${baseUrl()}${p.list}`);
      await settled(page);
      const link = page.locator(`main a[href^="${p.list}/"]:not([href$="/ny"]):not([href*="/regler"]):not([href*="/typer"]):not([href*="/importera"]):not([href*="/beslut"]):not([href*="/inkorg"])`).first();
      path = (await link.getAttribute('href')) ?? '';
      expect(path).not.toBe('');
    }
    await page.setViewportSize(NARROWEST);
    await page.goto(`${baseUrl()}${path}`);
    await settled(page);
    expect(await page.getAttribute('html', 'lang')).toBe(language);
    if ((await overflow(page)) > 0) expect.fail(`${path} scrolls sideways at 320 px: ${await overflowing(page)}`);
    await expectAccessible(page, `${language}: ${path} at 320 px`);
    // axe alone takes 20–30 s on the overlaps page (a table per capability group) on a shared 2-core
    // machine; the default 60 s leaves no room for load.
  }, 120_000);
});
