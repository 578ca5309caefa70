import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import itplansEn from '../../src/web/locales/itplans.en.json';
import itplansSv from '../../src/web/locales/itplans.sv.json';
import { baseUrl, chooseLanguage, checkPage, launch, poll, signedIn } from './support.js';

/**
 * A need's benefit in the browser (issue 14, item 2): the IT chief adds a need with costs and a
 * direct benefit of 300 000 kr a year (a missing description is refused at its field), sees its
 * net present value on the plan, then turns the benefit off and sees none. The form with the
 * benefit rows open is checked with axe, in Swedish and in English.
 */

const I = itplansSv.itplans;
const B = I.benefit;
const run = Date.now().toString(36);
const roundTitle = `IT-plan nytta e2e ${run}`;
const needTitle = `E-arkiv e2e ${run}`;
const firstYear = new Date().getFullYear() + 1;
const years = [firstYear, firstYear + 1, firstYear + 2];
const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key]));
/** A benefit row's field, by the form's path. */
const field = (page: Page, index: number, name: string) => page.locator(`#need-benefit-benefits-${index}-${name}`);
/** A full-page screenshot into E2E_SCREENSHOTS (a directory), when it is set, to look at the form. */
async function shoot(page: Page, name: string) {
  const dir = process.env.E2E_SCREENSHOTS;
  if (!dir) return;
  await page.setViewportSize({ width: 1366, height: 1400 });
  await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
  await page.setViewportSize({ width: 1366, height: 900 });
}

let browser: Browser;
let chief: Page;
let planPath = '';

beforeAll(async () => {
  browser = await launch();
  chief = await signedIn(browser, 'itchef@roder.example');
});
afterAll(async () => {
  await chief?.context().close();
  await browser?.close();
});

/** The need's net present value, the cell after its goals and its years' costs. */
const npv = (row: Locator) => row.locator('td').nth(2 + years.length);

describe('a need’s benefit (sv)', () => {
  it('values a need’s benefit; a missing description is refused at its field', async () => {
    await chief.goto(`${baseUrl()}/it-planer/ny`);
    await chief.getByRole('heading', { level: 1, name: I.open.title }).waitFor();
    await chief.getByLabel(I.fields.title).fill(roundTitle);
    await chief.getByLabel(I.fields.firstYear).fill(String(firstYear));
    await chief.getByLabel(I.fields.lastYear).fill(String(firstYear + 2));
    await chief.getByLabel(I.fields.deadline).fill(`${firstYear - 1}-11-30`);
    await chief.getByRole('button', { name: I.open.submit }).click();
    await chief.getByRole('heading', { level: 1, name: roundTitle }).waitFor();
    const klf = chief.locator('#round-progress').locator('xpath=..').locator('tbody tr').getByRole('link', { name: 'Kommunledningsförvaltningen', exact: true });
    await klf.click();
    await chief.getByRole('heading', { level: 1, name: fill(I.plan.title, { department: 'Kommunledningsförvaltningen' }) }).waitFor();
    planPath = new URL(chief.url()).pathname;

    await chief.getByRole('link', { name: I.plan.addNeed }).click();
    await chief.getByRole('heading', { level: 1, name: I.needForm.createTitle }).waitFor();
    await chief.getByLabel(I.fields.title).fill(needTitle);
    await chief.getByLabel(fill(I.needForm.investmentYear, { year: firstYear })).fill('600 000');
    await chief.getByLabel(fill(I.needForm.runningYear, { year: firstYear + 1 })).fill('50000');
    await chief.getByLabel(fill(I.needForm.runningYear, { year: firstYear + 2 })).fill('50000');
    // Off by default: no rows until the benefit is valued; turned on, one row is there to fill.
    await expect(field(chief, 0, 'description').count()).resolves.toBe(0);
    await chief.getByLabel(B.toggle).check();
    await field(chief, 0, 'description').waitFor();
    await expect(chief.locator('#need-benefit-horizonYears').inputValue()).resolves.toBe('5');
    await expect(field(chief, 0, 'firstYear').inputValue()).resolves.toBe(String(firstYear));
    await field(chief, 0, 'yearlyAmount').fill('300 000');
    // A second row, by kind: an indirect one asks for hours and an hourly cost; removed again.
    await chief.getByRole('button', { name: B.add }).click();
    await poll(() => chief.evaluate(() => document.activeElement?.id)).toBe('need-benefit-benefits-1-kind');
    await field(chief, 1, 'kind').selectOption({ label: B.kinds.indirect });
    await field(chief, 1, 'hoursPerYear').waitFor();
    await expect(field(chief, 1, 'yearlyAmount').count()).resolves.toBe(0);
    await checkPage(chief, 'need form with benefit rows');
    await shoot(chief, 'itplans-benefit-form');
    await chief.getByRole('button', { name: fill(B.remove, { position: 2 }) }).click();
    await expect(field(chief, 1, 'kind').count()).resolves.toBe(0);

    // The description is required: refused at the row's field.
    await chief.getByRole('button', { name: I.needForm.submitCreate }).click();
    await poll(() => field(chief, 0, 'description').getAttribute('aria-invalid')).toBe('true');
    await checkPage(chief, 'need form with a benefit error');
    await field(chief, 0, 'description').fill('Färre timmar för diarieföring och utlämnande');
    await chief.getByRole('button', { name: I.needForm.submitCreate }).click();

    await chief.getByRole('heading', { level: 1, name: fill(I.plan.title, { department: 'Kommunledningsförvaltningen' }) }).waitFor();
    const row = chief.locator('#plan-needs').locator('xpath=..').locator('tbody tr').filter({ hasText: needTitle });
    await row.waitFor();
    // An amount in kronor (its digits grouped by the number format's spaces).
    await poll(async () => (await npv(row).innerText()).replace(/[^\dkr-]/g, '')).toMatch(/^-?\d+kr$/);
  });

  it('keeps the benefit when editing, and turned off the need has no value', async () => {
    await chief.goto(`${baseUrl()}${planPath}`);
    await chief.getByRole('link', { name: fill(I.plan.editNeed, { title: needTitle }) }).click();
    await chief.getByRole('heading', { level: 1, name: fill(I.needForm.editTitle, { title: needTitle }) }).waitFor();
    await expect(chief.getByLabel(B.toggle).isChecked()).resolves.toBe(true);
    await expect(field(chief, 0, 'yearlyAmount').inputValue()).resolves.toBe('300000');
    await expect(field(chief, 0, 'description').inputValue()).resolves.toBe('Färre timmar för diarieföring och utlämnande');
    await chief.getByLabel(B.toggle).uncheck();
    await expect(field(chief, 0, 'description').count()).resolves.toBe(0);
    await chief.getByRole('button', { name: I.needForm.submitEdit }).click();
    await chief.getByRole('heading', { level: 1, name: fill(I.plan.title, { department: 'Kommunledningsförvaltningen' }) }).waitFor();
    const row = chief.locator('#plan-needs').locator('xpath=..').locator('tbody tr').filter({ hasText: needTitle });
    await row.waitFor();
    await poll(() => npv(row).innerText()).toBe('–');
  });
});

describe('a need that already is a project', () => {
  const project = 'Läkemedelsrobotar i hemtjänsten';
  const projectsList = (url: URL) => url.pathname === '/api/v1/projects';

  it('finds the project by part of its name on the server, and shows its name when it is not among the first', async () => {
    await chief.goto(`${baseUrl()}${planPath}`);
    await chief.getByRole('link', { name: fill(I.plan.editNeed, { title: needTitle }) }).click();
    await chief.getByRole('heading', { level: 1, name: fill(I.needForm.editTitle, { title: needTitle }) }).waitFor();
    const editUrl = chief.url();
    const picker = chief.getByRole('combobox', { name: I.fields.project });
    // What is typed is searched by the server (the list's `q`), once typing pauses.
    const searched = chief.waitForRequest((request) => {
      const url = new URL(request.url());
      return projectsList(url) && url.searchParams.get('q') === 'robotar i hem';
    });
    await picker.click();
    await picker.fill('robotar i hem');
    await searched;
    const listbox = chief.getByRole('listbox', { name: I.fields.project });
    await poll(() => listbox.getByRole('option').allInnerTexts()).toEqual([project]);
    await checkPage(chief, 'need form, a project searched for');
    await listbox.getByRole('option', { name: project }).click();
    await expect(picker.inputValue()).resolves.toBe(project);
    await chief.getByRole('button', { name: I.needForm.submitEdit }).click();
    await chief.getByRole('heading', { level: 1, name: fill(I.plan.title, { department: 'Kommunledningsförvaltningen' }) }).waitFor();

    // Loaded afresh while the first projects the server lists do not hold it: the need's own name for it shows.
    await chief.route((url) => projectsList(url), async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as { items: unknown[] };
      await route.fulfill({ response, json: { ...body, items: [] } });
    });
    try {
      const firstProjects = chief.waitForResponse((response) => projectsList(new URL(response.url())));
      await chief.goto(editUrl);
      await chief.getByRole('heading', { level: 1, name: fill(I.needForm.editTitle, { title: needTitle }) }).waitFor();
      await firstProjects;
      await poll(() => picker.inputValue()).toBe(project);
    } finally {
      await chief.unrouteAll({ behavior: 'wait' });
    }
  });
});

describe('a need’s benefit (en)', () => {
  it('the form with its benefit rows is accessible in English too', async () => {
    const E = itplansEn.itplans;
    await chooseLanguage(chief, 'English');
    await poll(() => chief.getAttribute('html', 'lang')).toBe('en');
    try {
      await chief.goto(`${baseUrl()}${planPath}/behov/ny`);
      await chief.getByRole('heading', { level: 1, name: E.needForm.createTitle }).waitFor();
      await chief.getByLabel(E.benefit.toggle).check();
      await chief.getByRole('button', { name: E.benefit.add }).click();
      await field(chief, 1, 'kind').selectOption({ label: E.benefit.kinds.qualitative });
      await field(chief, 1, 'score').waitFor();
      await checkPage(chief, 'en: need form with benefit rows');
      await shoot(chief, 'itplans-benefit-form-en');
    } finally {
      await chooseLanguage(chief, 'Svenska');
      await poll(() => chief.getAttribute('html', 'lang')).toBe('sv');
    }
  });
});
