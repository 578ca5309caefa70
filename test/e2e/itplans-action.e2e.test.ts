import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import planActionLocale from '../../src/web/locales/plan-action.sv.json';
import locale from '../../src/web/locales/municipal-plan.sv.json';
import { baseUrl, browserApi, submitNeeds, checkPage, expectAccessible, launch, openDialog, poll, signedIn } from './support.js';

/**
 * An initiative into action in the browser (issue 14, item 5): the demo's IT-chef opens the
 * municipal plan of a round whose departments have submitted their needs (set up through the API
 * in the IT-chef's browser), presses "Vidare" on an initiative and "Starta projekt", confirms, and
 * the plan's follow-up column shows the project, linked, with its status; the link leads to the
 * project. The plan page and the dialogs are checked with axe.
 */

const P = locale.municipalPlan;
const A = planActionLocale.planAction;
const run = Date.now().toString(36);
const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key]));

let browser: Browser;
let page: Page;
let api: ReturnType<typeof browserApi>;
beforeAll(async () => {
  browser = await launch();
  page = await signedIn(browser, 'itchef@roder.example');
  api = browserApi(page);
});
afterAll(async () => {
  await page?.context().close();
  await browser?.close();
});

const need = (title: string, priority: number, costs: { year: number; investment: number; running: number }[]) => ({ title, description: `${title} (e2e ${run})`, priority, costs });

describe('an initiative of the municipal plan into action', () => {
  it('turns an initiative into a project, and the plan follows it up', { timeout: 180_000 }, async () => {
    const departments = await api('GET', '/api/v1/departments');
    const [a, b] = ((departments.items ?? departments) as { id: string; archivedAt?: string | null }[]).filter((d) => !d.archivedAt);
    const round = await api('POST', '/api/v1/plan-rounds', {
      title: `IT-plan i handling ${run}`, firstYear: 2027, lastYear: 2029, budgetYear: 2027, deadline: '2027-03-31',
      departmentIds: [a!.id, b!.id], budgetFrames: [{ year: 2027, amount: 2_000_000 }],
    });
    const projectTitle = `E-arkiv för akter ${run}`;
    const needs = {
      [a!.id]: [need(projectTitle, 1, [{ year: 2027, investment: 400_000, running: 0 }, { year: 2028, investment: 0, running: 80_000 }])],
      [b!.id]: [need(`Lärplattform ${run}`, 2, [{ year: 2027, investment: 150_000, running: 300_000 }])],
    };
    await submitNeeds(api, round, needs);

    await page.goto(`${baseUrl()}/it-planer/${round.id}/kommunplan`);
    await page.getByRole('heading', { level: 1, name: fill(P.title, { title: round.title }) }).waitFor();
    const rows = page.locator('section[aria-labelledby="plan-initiatives"] tbody tr');
    await poll(() => rows.count()).toBe(2);
    await page.getByRole('columnheader', { name: P.initiatives.followUp }).waitFor();
    const summary = page.getByTestId('follow-up-summary');
    await poll(() => summary.innerText()).toBe(fill(P.followUp.summary, { projects: 0, acquisitions: 0, notStarted: 2 }));
    const row = rows.filter({ hasText: projectTitle });
    await poll(() => row.getByText(P.followUp.notStarted, { exact: true }).count()).toBe(1);
    await checkPage(page, 'municipal plan with follow-up');

    // Vidare → Starta projekt → confirm.
    await page.getByRole('button', { name: fill(P.initiatives.actOn, { title: projectTitle }) }).click();
    const modal = await openDialog(page);
    await modal.getByRole('button', { name: fill(A.startProjectFor, { title: projectTitle }) }).waitFor();
    await expectAccessible(page, 'initiative into action dialog');
    await modal.getByRole('button', { name: fill(A.startProjectFor, { title: projectTitle }) }).click();
    const confirm = page.getByRole('dialog', { name: A.projectTitle });
    await confirm.waitFor();
    await poll(() => confirm.evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
    await expectAccessible(page, 'start project confirmation');
    await confirm.getByRole('button', { name: A.startProject, exact: true }).click();
    await confirm.waitFor({ state: 'detached' });
    // The modal now says what the initiative became; close it and read the table.
    await poll(() => modal.getByText(A.becameProject).count()).toBe(1);
    await page.keyboard.press('Escape');
    await poll(() => page.getByRole('dialog').count()).toBe(0);

    const link = row.getByRole('link', { name: projectTitle });
    await link.waitFor();
    await poll(() => row.getByText(fill(P.followUp.project, { status: A.projectStatus.idea }), { exact: true }).count()).toBe(1);
    await poll(() => summary.innerText()).toBe(fill(P.followUp.summary, { projects: 1, acquisitions: 0, notStarted: 1 }));
    await checkPage(page, 'municipal plan after starting a project');
    await page.screenshot({ path: '/tmp/followup-plan.png', fullPage: true });

    // The link leads to the project.
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/portfolj\/[0-9a-f-]{36}$/);
    await link.click();
    await page.getByRole('heading', { level: 1, name: projectTitle }).waitFor();
    expect(new URL(page.url()).pathname).toBe(href);
  });
});
