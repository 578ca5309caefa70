import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type Locator, type Page, chromium } from 'playwright-core';
import { expect, inject } from 'vitest';

export const baseUrl = () => inject('baseUrl');
export const demoPassword = () => inject('password');

/** Debian's Chromium; no browser is ever downloaded. */
export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-gpu', '--no-first-run'],
  });
}

export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'sv-SE', timezoneId: 'Europe/Stockholm', viewport: { width: 1366, height: 900 } });
  return context.newPage();
}

/** Signs in through the real login form. */
export async function signIn(page: Page, email = 'admin@roder.example') {
  await page.goto(`${baseUrl()}/logga-in`);
  await page.getByLabel(/e-post/i).fill(email);
  await page.getByLabel(/lösenord/i).fill(demoPassword());
  await page.getByRole('button', { name: /logga in/i }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/logga-in'));
}

/**
 * expect.poll with room for a save's round trip on a busy 2-core machine (vitest's default is 1 s).
 * It polls every 50 ms and returns as soon as the value matches: no fixed waits.
 */
export const poll = <T>(read: () => T | Promise<T>, message?: string) => expect.poll(read, { timeout: 10_000, interval: 50, message });

/** A new browser context (own cookies) signed in through the login form (as the admin unless `email` says). */
export async function signedIn(browser: Browser, email?: string): Promise<Page> {
  const page = await newPage(browser);
  page.setDefaultTimeout(15_000);
  await signIn(page, email);
  return page;
}

/**
 * A link of the wide header's main menu (`menu`: the navigation named app.nav.label) that sits in a
 * group (Register, Styrning, …): opens the group unless it is open, and returns the link.
 */
export async function mainNavLink(menu: Locator, group: string, link: string): Promise<Locator> {
  const button = menu.getByRole('button', { name: group, exact: true });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  const found = menu.getByRole('link', { name: link, exact: true });
  await found.waitFor();
  return found;
}

/** The wide header's account button (initials and name): its panel holds the person, the language, "Mitt konto" and logging out. */
export const accountButton = (page: Page) => page.getByRole('banner').locator('button[aria-controls="account-panel"]');

/** Opens the wide header's account panel unless it is open, and returns it. */
export async function openAccount(page: Page): Promise<Locator> {
  const button = accountButton(page);
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  const panel = page.locator('#account-panel');
  await panel.waitFor();
  return panel;
}

/**
 * Chooses a language in the wide header and waits until the page speaks it: signed in, in the
 * account panel (opened first, and closed again if it was closed); signed out, the header's own switch.
 */
export async function chooseLanguage(page: Page, language: 'Svenska' | 'English') {
  const lang = language === 'English' ? 'en' : 'sv';
  const account = accountButton(page);
  const direct = page.getByRole('banner').getByRole('button', { name: language, exact: true });
  await account.or(direct).first().waitFor();
  const wasOpen = (await account.count()) > 0 && (await account.getAttribute('aria-expanded')) === 'true';
  const scope = (await account.count()) > 0 ? await openAccount(page) : page.getByRole('banner');
  await scope.getByRole('button', { name: language, exact: true }).click();
  await page.waitForFunction((want) => document.documentElement.lang === want, lang);
  if ((await account.count()) > 0 && !wasOpen) {
    // No expect.poll here: test files call this in beforeAll and afterAll too.
    await account.click();
    await page.locator('#account-panel').waitFor({ state: 'hidden' });
  }
}

/** Waits until the page has its heading and no loader, then runs axe. */
export async function checkPage(page: Page, label: string) {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await poll(() => page.getByRole('status').filter({ hasText: /^(Laddar …|Loading …)$/ }).count()).toBe(0);
  await expectAccessible(page, label);
}

/** A modal once its opening transition is over (axe reads colours mid-fade as too faint). */
export async function openDialog(page: Page) {
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await poll(() => dialog.evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
  return dialog;
}

/** WCAG 2.1 AA, as Swedish public bodies must meet (lagen om tillgänglighet till digital offentlig service). */
export async function expectAccessible(page: Page, label: string) {
  // A notification fading in is half transparent for a moment: axe would measure the contrast of
  // a frame no one reads. Check the page once its transitions have finished and none has started
  // for 200 ms (Mantine mounts a notification transparent one frame before its transition runs).
  await page.evaluate(() => delete (window as { roderCalmSince?: number }).roderCalmSince);
  await page
    .waitForFunction(
      () => {
        const w = window as { roderCalmSince?: number };
        if (document.getAnimations().some((a) => a.playState === 'running')) {
          w.roderCalmSince = undefined;
          return false;
        }
        w.roderCalmSince ??= performance.now();
        return performance.now() - w.roderCalmSince >= 200;
      },
      undefined,
      { timeout: 5_000, polling: 50 },
    )
    .catch(() => {});
  // A notification may still start to fade out while axe runs (it closes itself after a few
  // seconds): while axe reads the page, every transition jumps to its end, so nothing is measured
  // half transparent. Removed afterwards, so the page behaves as before.
  const still = await page.addStyleTag({ content: '*, *::before, *::after { transition: none !important; animation: none !important; }' });
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
    .finally(() => still.evaluate((element) => (element as Element).remove()).catch(() => {}));
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

/**
 * The API as a signed-in page's browser calls it (its session cookie and CSRF token), for setting
 * up what a test is not about; throws on an error answer so a broken setup names its call.
 */
export function browserApi(page: Page) {
  return async (method: string, path: string, body?: unknown, ifMatch?: number) => {
    const session = await (await page.request.get(`${baseUrl()}/api/v1/session`)).json();
    const headers: Record<string, string> = { 'x-csrf-token': session.csrfToken };
    if (ifMatch !== undefined) headers['if-match'] = `"${ifMatch}"`;
    const res = await page.request.fetch(`${baseUrl()}${path}`, { method, data: body, headers });
    const json = res.status() === 204 ? null : await res.json();
    if (res.status() >= 300) throw new Error(`${method} ${path}: ${res.status()} ${JSON.stringify(json)}`);
    return json;
  };
}

/** Writes each department's needs into its plan of the round and submits every plan, so each need has its initiative. */
export async function submitNeeds(
  api: ReturnType<typeof browserApi>,
  round: { progress: { planId: string; department: { id: string } }[] },
  needsByDepartment: Record<string, unknown[]>,
) {
  for (const progress of round.progress) {
    for (const body of needsByDepartment[progress.department.id] ?? []) await api('POST', `/api/v1/department-plans/${progress.planId}/needs`, body);
    const plan = await api('GET', `/api/v1/department-plans/${progress.planId}`);
    await api('POST', `/api/v1/department-plans/${progress.planId}/submit`, {}, plan.rowVersion);
  }
}
