import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { message } from '../../src/shared/messages.js';
import eservicesEn from '../../src/web/locales/eservices.en.json';
import eservicesSv from '../../src/web/locales/eservices.sv.json';
import records from '../../src/web/locales/records.sv.json';
import sv from '../../src/web/locales/sv.json';
import { baseUrl, chooseLanguage, expectAccessible, launch, mainNavLink, newPage, signIn } from './support.js';

/**
 * E-services in the browser (issue 14, items 7–9): the IT chief opens the register from the main
 * menu, filters it by step, adds a service on step 3 (a share above 100 % is refused on its field
 * first), values its digitisation and reads when it pays, and sees it counted on the ladder now
 * and in this year's row. Every page is checked with axe, in Swedish and in English.
 */

const E = eservicesSv.eservices;
const run = Date.now().toString(36);
const name = `Ansökan om matavfallsabonnemang e2e ${run}`;
const year = new Date().getFullYear();

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launch();
  page = await newPage(browser);
  page.setDefaultTimeout(15_000);
  await signIn(page, 'itchef@roder.example');
});
afterAll(async () => {
  await page?.context().close();
  await browser?.close();
});

const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000, interval: 50 });
const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key]));

async function checkPage(label: string) {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await poll(() => page.getByRole('status').filter({ hasText: /^(Laddar …|Loading …)$/ }).count()).toBe(0);
  await expectAccessible(page, label);
}

const visited: { label: string; path: string }[] = [];
const remember = (label: string) => visited.push({ label, path: new URL(page.url()).pathname + new URL(page.url()).search });

/** The count on one step of the ladder's "now" table. */
async function stepCount(step: number) {
  const row = page.locator('#ladder-steps tbody tr').nth(step - 1);
  return Number((await row.locator('td').last().innerText()).replace(/\D/g, ''));
}

/** This year's count on one step in the ladder's table per year. */
async function thisYearCount(step: number) {
  const row = page.locator('#ladder-by-year tbody tr').filter({ has: page.getByRole('rowheader', { name: String(year), exact: true }) });
  return Number((await row.locator('td').nth(step - 1).innerText()).replace(/\D/g, ''));
}

describe('e-services (sv)', () => {
  let before = 0;
  let beforeThisYear = 0;

  it('opens the register from the main menu and filters it by step', async () => {
    await page.goto(`${baseUrl()}/`);
    await (await mainNavLink(page.getByRole('navigation', { name: sv.app.nav.label }), sv.app.nav.groups.registers, sv.app.nav.eservices)).click();
    await page.getByRole('heading', { level: 1, name: E.list.title }).waitFor();
    await poll(async () => Number(((await page.getByRole('status').filter({ hasText: /e-tjänst/ }).innerText()) || '0').replace(/\D/g, ''))).toBeGreaterThanOrEqual(40);
    await checkPage('e-service register');
    remember('e-service register');
    await page.getByLabel(E.filters.step).selectOption({ label: E.steps['4'] });
    await poll(() => page.url()).toContain('step=4');
    await poll(async () => (await page.locator('tbody tr td:nth-child(2)').allInnerTexts()).every((t) => t === E.steps['4'])).toBe(true);
    await expect(page.getByRole('link', { name: 'Ansökan om ekonomiskt bistånd' }).count()).resolves.toBe(1);
    await expect(page.getByRole('link', { name: 'Ansökan om förskoleplats' }).count()).resolves.toBe(0);
  });

  it('shows the ladder now, per year from the history, and the candidates that pay best', async () => {
    await page.getByRole('navigation', { name: E.nav.label }).getByRole('link', { name: E.nav.ladder }).click();
    await page.getByRole('heading', { level: 1, name: E.ladder.title }).waitFor();
    await page.locator('#ladder-steps').waitFor();
    for (const step of [1, 2, 3, 4]) expect(await stepCount(step)).toBeGreaterThan(0);
    // The demo's services climbed the ladder over years: more than one year of history.
    await expect(page.locator('#ladder-by-year tbody tr').count()).resolves.toBeGreaterThan(2);
    await expect(page.locator('#ladder-best-candidates tbody tr').count()).resolves.toBeGreaterThanOrEqual(3);
    before = await stepCount(3);
    beforeThisYear = await thisYearCount(3);
    expect(beforeThisYear).toBe(before);
    await checkPage('ladder');
    remember('ladder');
  });

  it('adds a service on step 3, refusing a share above 100 % on its field first', async () => {
    await page.goto(`${baseUrl()}/e-tjanster`);
    await page.getByRole('link', { name: E.list.create }).click();
    await page.getByRole('heading', { level: 1, name: E.create.title }).waitFor();
    await checkPage('new e-service');
    remember('new e-service');
    await page.locator('#eservice-name').fill(name);
    await page.locator('#eservice-description').fill('Invånare tecknar och ändrar abonnemang för matavfall.');
    await page.locator('#eservice-ownerId').selectOption({ label: 'Mats Engström' });
    const systems = page.locator('#eservice-applicationIds');
    await systems.click();
    await systems.fill('EDP Future');
    await page.getByRole('option', { name: 'EDP Future' }).click();
    await page.keyboard.press('Escape');
    await page.locator('#eservice-step').selectOption({ label: E.steps['3'] });
    await page.getByText(E.stepWords['3']).waitFor();
    await page.locator('#eservice-yearlyVolume').fill('2400');
    await page.locator('#eservice-digitalShare').fill('120');
    await page.getByLabel(E.fields.needsEid).check();
    await page.getByRole('button', { name: E.form.submitCreate }).click();
    await poll(() => page.locator('#eservice-digitalShare').getAttribute('aria-invalid')).toBe('true');
    await page.getByText(message('sv', 'too_big', { maximum: 100 })).first().waitFor();
    await expectAccessible(page, 'new e-service with an error');
    expect(new URL(page.url()).pathname).toBe('/e-tjanster/ny');
    await page.locator('#eservice-digitalShare').fill('35');
    await page.getByRole('button', { name: E.form.submitCreate }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.getByText(E.valuation.none).waitFor();
    await page.getByRole('link', { name: 'EDP Future' }).waitFor();
    await checkPage('e-service detail, not valued');
    remember('e-service detail');
  });

  it('values its digitisation and answers whether and when it pays', async () => {
    await page.getByRole('link', { name: E.detail.edit }).click();
    await page.getByRole('heading', { level: 1, name: fill(E.edit.title, { name }) }).waitFor();
    await page.getByLabel(E.form.valued).check();
    // 2 400 cases × 20 minutes = 800 hours × 600 kr = 480 000 kr a year from next year,
    // against 150 000 kr to build this year and 30 000 kr a year to run.
    await page.locator('#eservice-digitisation-minutesSavedPerCase').fill('20');
    await page.locator('#eservice-digitisation-hourlyCost').fill('600');
    await page.locator('#eservice-digitisation-buildCost').fill('150000');
    await page.locator('#eservice-digitisation-yearlyRunningCost').fill('30000');
    await checkPage('edit e-service with the valuation');
    remember('edit e-service');
    await page.getByRole('button', { name: E.form.submitEdit }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    const answer = page.getByTestId('digitisation-answer');
    await answer.waitFor();
    await expect(answer.innerText()).resolves.toContain(String(year + 1));
    await expect(answer.innerText()).resolves.toMatch(/^Ja/);
    await page.getByText(fill(E.valuation.hoursValue, { hours: 800 })).waitFor();
    await page.getByRole('button', { name: records.records.history.show }).click();
    await page.getByRole('cell', { name: records.records.fields.digitisation }).first().waitFor();
    await checkPage('e-service detail, valued, history open');
  });

  it('counts it on the ladder, now and in this year’s row', async () => {
    await page.getByRole('link', { name: E.detail.back }).click();
    await page.getByRole('navigation', { name: E.nav.label }).getByRole('link', { name: E.nav.ladder }).click();
    await page.locator('#ladder-steps').waitFor();
    await poll(() => stepCount(3)).toBe(before + 1);
    await poll(() => thisYearCount(3)).toBe(beforeThisYear + 1);
  });
});

describe('e-services (en)', () => {
  it('every page built here is accessible in English too', async () => {
    expect(visited.length).toBeGreaterThanOrEqual(5);
    await chooseLanguage(page, 'English');
    await poll(() => page.getAttribute('html', 'lang')).toBe('en');
    try {
      for (const { label, path } of visited) {
        await page.goto(`${baseUrl()}${path}`);
        await checkPage(`en: ${label}`);
      }
      await page.goto(`${baseUrl()}/e-tjanster/trappan`);
      await page.getByRole('heading', { level: 1, name: eservicesEn.eservices.ladder.title }).waitFor();
    } finally {
      await chooseLanguage(page, 'Svenska');
      await poll(() => page.getAttribute('html', 'lang')).toBe('sv');
    }
  });
});
