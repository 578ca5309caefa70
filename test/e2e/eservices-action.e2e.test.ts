import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import eservicesSv from '../../src/web/locales/eservices.sv.json';
import { baseUrl, checkPage, expectAccessible, launch, newPage, openDialog, poll, signIn } from './support.js';

/**
 * E-service candidates into action (issue 14, item 8) and the ladder's chart (item 9): the IT
 * chief starts a project from one candidate and adds another as a need to an open department's
 * IT plan, each from the candidate's page in a dialog, and reads the link to what it became; the
 * ladder shows its year-by-year counts as a stacked bar chart described by its table. Every page
 * and dialog is checked with axe.
 */

const A = eservicesSv.eservices.actions;
const run = Date.now().toString(36);
const fill = (text: string, values: Record<string, string>) => Object.entries(values).reduce((s, [key, value]) => s.replaceAll(`{{${key}}}`, value), text);

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

/** The API as the signed-in browser calls it (session cookie and CSRF token). */
async function api(method: string, path: string, body?: unknown) {
  const session = await (await page.request.get(`${baseUrl()}/api/v1/session`)).json();
  const res = await page.request.fetch(`${baseUrl()}${path}`, { method, data: body, headers: { 'x-csrf-token': session.csrfToken } });
  return { status: res.status(), body: await res.json() };
}

const digitisation = { minutesSavedPerCase: 25, hourlyCost: 480, otherYearlyBenefit: 15_000, buildCost: 250_000, yearlyRunningCost: 30_000, firstYear: 2041, horizonYears: 5 };

async function candidate(name: string) {
  const res = await api('POST', '/api/v1/eservices', { name, description: 'Ansöka digitalt med e-legitimation.', step: 1, yearlyVolume: 900, digitalShare: 0, candidate: true, digitisation });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
}

describe('an e-service candidate into action', () => {
  it('starts a project from a candidate in one step and links to it', async () => {
    const name = `Ansökan om färdtjänst e2e ${run}`;
    const id = await candidate(name);
    await page.goto(`${baseUrl()}/e-tjanster/${id}`);
    await page.getByRole('heading', { level: 2, name: A.title }).waitFor();
    await checkPage(page, 'candidate page');
    await page.getByRole('button', { name: A.startProject }).click();
    const dialog = await openDialog(page);
    await expect(dialog.getByText(fill(A.projectBody, { name })).count()).resolves.toBe(1);
    await expectAccessible(page, 'start project dialog');
    await dialog.getByRole('button', { name: A.startProject }).click();
    const link = page.getByRole('link', { name, exact: true });
    await poll(() => link.count()).toBe(1);
    await expect(page.getByText(A.becameProject).count()).resolves.toBe(1);
    await expect(link.getAttribute('href')).resolves.toMatch(/^\/portfolj\/[0-9a-f-]{36}$/);
    await page.screenshot({ path: '/tmp/action-candidate-project.png', fullPage: true });
    // The project is in the portfolio, pre-filled from the valuation.
    await link.click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
  });

  it('adds a candidate as a need to an open department plan, chosen in a dialog', async () => {
    const title = `IT-plan e2e ${run}`;
    const round = await api('POST', '/api/v1/plan-rounds', { title, firstYear: 2041, lastYear: 2043, budgetYear: 2041, deadline: '2040-12-31' });
    expect(round.status, JSON.stringify(round.body)).toBe(201);
    const department = round.body.progress[0].department.name as string;
    const name = `Ansökan om parkeringstillstånd e2e ${run}`;
    const id = await candidate(name);
    await page.goto(`${baseUrl()}/e-tjanster/${id}`);
    await page.getByRole('heading', { level: 2, name: A.title }).waitFor();
    await page.getByRole('button', { name: A.addToPlan }).click();
    const dialog = await openDialog(page);
    const select = dialog.getByLabel(A.plan);
    await select.waitFor();
    await select.selectOption({ label: `${department} – ${title}` });
    await expectAccessible(page, 'add to plan dialog');
    await page.screenshot({ path: '/tmp/action-candidate-dialog.png' });
    await dialog.getByRole('button', { name: A.addToPlan }).click();
    await poll(() => page.getByText(fill(A.becameNeed, { title: name, department })).count()).toBe(1);
    await checkPage(page, 'candidate become need');
    const plan = await api('GET', `/api/v1/department-plans/${round.body.progress[0].planId}`);
    const need = plan.body.needs.find((n: { title: string }) => n.title === name);
    expect(need.costs).toEqual([
      { year: 2041, investment: 250_000, running: 0 },
      { year: 2042, investment: 0, running: 30_000 },
      { year: 2043, investment: 0, running: 30_000 },
    ]);
  });
});

describe('the ladder chart', () => {
  it('draws the services per step year by year as stacked bars, described by the table', async () => {
    await page.goto(`${baseUrl()}/e-tjanster/trappan`);
    const chart = page.getByRole('img', { name: eservicesSv.eservices.ladder.chartLabel });
    await chart.waitFor();
    await expect(chart.getAttribute('aria-describedby')).resolves.toBe('ladder-by-year');
    await poll(() => chart.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
    for (const step of ['1', '2', '3', '4'] as const) await expect(chart.getByText(eservicesSv.eservices.steps[step], { exact: true }).count()).resolves.toBeGreaterThan(0);
    await checkPage(page, 'ladder with chart');
    await page.screenshot({ path: '/tmp/action-ladder.png', fullPage: true });
  });
});
