import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { message } from '../../src/shared/messages.js';
import itplansEn from '../../src/web/locales/itplans.en.json';
import itplansSv from '../../src/web/locales/itplans.sv.json';
import sv from '../../src/web/locales/sv.json';
import { baseUrl, chooseLanguage, checkPage, launch, mainNavLink, openDialog, poll, signedIn } from './support.js';

/**
 * IT-plan rounds in the browser (issue 14, items 1, 2 and 6): the IT chief opens a round from the
 * main menu (a reversed period is refused at its field by the server), opens the own department's
 * plan, adds a need with costs per year, edits it, submits the plan and sees the round's progress
 * change. The head of social services then writes the own department's plan only. Every page is
 * checked with axe.
 */

const I = itplansSv.itplans;
const run = Date.now().toString(36);
const roundTitle = `IT-plan e2e ${run}`;
const needTitle = `Nytt verksamhetssystem för ekonomi e2e ${run}`;
const socNeed = `Digital signering i socialtjänsten e2e ${run}`;
const firstYear = new Date().getFullYear() + 1;
/** A locator's text with every space (the number format's no-break spaces too) as a plain space. */
const text = async (locator: Locator) => (await locator.innerText()).replace(/\s+/g, ' ');
/** A full-page screenshot into E2E_SCREENSHOTS (a directory), when it is set, to look at the pages. */
async function shoot(page: Page, name: string) {
  const dir = process.env.E2E_SCREENSHOTS;
  if (!dir) return;
  await page.setViewportSize({ width: 1366, height: 1400 });
  await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
  await page.setViewportSize({ width: 1366, height: 900 });
}
const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key]));

let browser: Browser;
let chief: Page;
let roundPath = '';
let klfPlanPath = '';
let socPlanPath = '';

beforeAll(async () => {
  browser = await launch();
  chief = await signedIn(browser, 'itchef@roder.example');
});
afterAll(async () => {
  await chief?.context().close();
  await browser?.close();
});

/** The row of a department in the round's progress table. */
const progressRow = (page: Page, department: string) => page.locator('#round-progress').locator('xpath=..').locator('tbody tr').filter({ has: page.getByRole('link', { name: department, exact: true }) });

describe('IT-plan rounds (sv)', () => {
  it('opens a round from the main menu; a reversed period is refused at its field', async () => {
    await chief.goto(`${baseUrl()}/`);
    await (await mainNavLink(chief.getByRole('navigation', { name: sv.app.nav.label }), sv.app.nav.groups.governance, sv.app.nav.itplans)).click();
    await chief.getByRole('heading', { level: 1, name: I.list.title }).waitFor();
    await checkPage(chief, 'rounds list');
    await chief.getByRole('link', { name: I.list.open }).click();
    await chief.getByRole('heading', { level: 1, name: I.open.title }).waitFor();
    await checkPage(chief, 'open a round');

    await chief.getByLabel(I.fields.title).fill(roundTitle);
    await chief.getByLabel(I.fields.firstYear).fill(String(firstYear));
    await chief.getByLabel(I.fields.lastYear).fill(String(firstYear - 1));
    await chief.getByLabel(I.fields.deadline).fill(`${firstYear - 1}-11-30`);
    await chief.getByRole('button', { name: I.open.submit }).click();
    // The period's order is the server's rule: its message lands on the last year's field.
    const lastYear = chief.getByLabel(I.fields.lastYear);
    await poll(() => lastYear.getAttribute('aria-invalid')).toBe('true');
    await expect(chief.getByText(message('sv', 'period_reversed')).first().isVisible()).resolves.toBe(true);
    await checkPage(chief, 'open a round with a field error');
    await shoot(chief, 'itplans-open-error');

    await lastYear.fill(String(firstYear + 2));
    await chief.getByLabel(fill(I.form.frameYear, { year: firstYear })).fill('5000000');
    await chief.getByRole('button', { name: I.open.submit }).click();
    await chief.getByRole('heading', { level: 1, name: roundTitle }).waitFor();
    roundPath = new URL(chief.url()).pathname;
    expect(roundPath).toMatch(/^\/it-planer\/[0-9a-f-]{36}$/);
    await checkPage(chief, 'round');
    await expect(chief.getByText(`${firstYear}: 5 000 000 kr`).count()).resolves.toBe(1);
    // The chief's own department is marked.
    const mine = chief.locator('tr[data-mine]');
    await expect(mine.count()).resolves.toBe(1);
    await expect(mine.innerText()).resolves.toContain('Kommunledningsförvaltningen');
    await expect(progressRow(chief, 'Kommunledningsförvaltningen').innerText()).resolves.toContain(I.planStatus.not_started);
    await shoot(chief, 'itplans-round');
  });

  it('adds a need with costs to the own department plan, edits it and submits the plan', async () => {
    await progressRow(chief, 'Kommunledningsförvaltningen').getByRole('link', { name: 'Kommunledningsförvaltningen' }).click();
    await chief.getByRole('heading', { level: 1, name: fill(I.plan.title, { department: 'Kommunledningsförvaltningen' }) }).waitFor();
    klfPlanPath = new URL(chief.url()).pathname;
    await checkPage(chief, 'empty department plan');

    await chief.getByRole('link', { name: I.plan.addNeed }).click();
    await chief.getByRole('heading', { level: 1, name: I.needForm.createTitle }).waitFor();
    await checkPage(chief, 'new need');
    await shoot(chief, 'itplans-need-form');
    await chief.getByLabel(I.fields.title).fill(needTitle);
    await chief.getByLabel(I.fields.description, { exact: true }).fill('Dagens ekonomisystem upphör att stödjas 2028.');
    await chief.getByLabel(I.fields.priority).selectOption({ label: I.priority['1'] });
    await chief.getByLabel(fill(I.needForm.investmentYear, { year: firstYear })).fill('1 200 000');
    await chief.getByLabel(fill(I.needForm.runningYear, { year: firstYear + 1 })).fill('300000');
    await chief.getByLabel(fill(I.needForm.runningYear, { year: firstYear + 2 })).fill('300000');
    await chief.getByRole('button', { name: I.needForm.submitCreate }).click();

    await chief.getByRole('heading', { level: 1, name: fill(I.plan.title, { department: 'Kommunledningsförvaltningen' }) }).waitFor();
    const row = chief.locator('#plan-needs').locator('xpath=..').locator('tbody tr').filter({ hasText: needTitle });
    await row.waitFor();
    await expect(row.innerText()).resolves.toContain(I.priority['1']);
    await expect(text(row)).resolves.toContain('Inv. 1 200 000 kr');
    const totals = chief.locator('#plan-totals').locator('xpath=..').locator('tbody tr');
    await expect(text(totals.nth(0))).resolves.toBe(`${firstYear} 1 200 000 kr 0 kr`);
    await expect(text(totals.nth(1))).resolves.toBe(`${firstYear + 1} 0 kr 300 000 kr`);
    await checkPage(chief, 'department plan with a need');

    // Edit: the priority changes, saved with the need's row version.
    await chief.getByRole('link', { name: fill(I.plan.editNeed, { title: needTitle }) }).click();
    await chief.getByRole('heading', { level: 1, name: fill(I.needForm.editTitle, { title: needTitle }) }).waitFor();
    await checkPage(chief, 'edit need');
    await chief.getByLabel(I.fields.priority).selectOption({ label: I.priority['2'] });
    await chief.getByRole('button', { name: I.needForm.submitEdit }).click();
    await row.waitFor();
    await poll(() => row.innerText()).toContain(I.priority['2']);
    await shoot(chief, 'itplans-plan');

    await chief.getByRole('button', { name: I.plan.submit.button }).click();
    const dialog = await openDialog(chief);
    await checkPage(chief, 'submit dialog');
    await dialog.getByRole('button', { name: I.plan.submit.confirm }).click();
    await poll(() => chief.getByRole('heading', { level: 1 }).locator('xpath=..').innerText()).toContain(I.planStatus.submitted);
    await expect(chief.getByRole('link', { name: I.plan.addNeed }).count()).resolves.toBe(0);
    // The strategist may return it; the button is there.
    await expect(chief.getByRole('button', { name: I.plan.reopen.button }).count()).resolves.toBe(1);
    await checkPage(chief, 'submitted plan');
  });

  it("shows the progress change on the round and in the list", async () => {
    await chief.goto(`${baseUrl()}${roundPath}`);
    await chief.getByRole('heading', { level: 1, name: roundTitle }).waitFor();
    const klf = progressRow(chief, 'Kommunledningsförvaltningen');
    await poll(() => klf.innerText()).toContain(I.planStatus.submitted);
    await expect(klf.locator('td').nth(1).innerText()).resolves.toBe('1');
    socPlanPath = (await progressRow(chief, 'Socialförvaltningen').getByRole('link').first().getAttribute('href')) ?? '';
    expect(socPlanPath).toMatch(/^\/it-planer\/planer\//);

    await chief.getByRole('link', { name: I.round.back }).click();
    const listRow = chief.locator('tbody tr').filter({ has: chief.getByRole('link', { name: roundTitle, exact: true }) });
    await poll(() => listRow.innerText()).toMatch(/1 av \d+ inlämnade/);
  });

  it('the head of social services writes only the own department plan', async () => {
    const head = await signedIn(browser, 'socchef@roder.example');
    try {
      await head.goto(`${baseUrl()}${roundPath}`);
      await head.getByRole('heading', { level: 1, name: roundTitle }).waitFor();
      await checkPage(head, 'round as a department head');
      await expect(head.locator('tr[data-mine]').innerText()).resolves.toContain('Socialförvaltningen');
      // No round editing for a department head.
      await expect(head.getByRole('button', { name: I.round.edit }).count()).resolves.toBe(0);

      // The own plan is one click away.
      await head.getByRole('link', { name: I.round.myPlan }).click();
      await head.getByRole('heading', { level: 1, name: fill(I.plan.title, { department: 'Socialförvaltningen' }) }).waitFor();
      expect(new URL(head.url()).pathname).toBe(socPlanPath);

      // Another department's plan: read only.
      await head.goto(`${baseUrl()}${klfPlanPath}`);
      await head.getByRole('heading', { level: 1, name: fill(I.plan.title, { department: 'Kommunledningsförvaltningen' }) }).waitFor();
      await head.getByText(needTitle).waitFor();
      await expect(head.getByRole('link', { name: I.plan.addNeed }).count()).resolves.toBe(0);
      await expect(head.getByRole('button', { name: I.plan.reopen.button }).count()).resolves.toBe(0);
      await checkPage(head, 'other department plan as a department head');
      await head.goto(`${baseUrl()}${klfPlanPath}/behov/ny`);
      await head.getByText(I.needForm.notAllowed).waitFor();

      // The own plan: add a need.
      await head.goto(`${baseUrl()}${socPlanPath}`);
      await head.getByRole('heading', { level: 1, name: fill(I.plan.title, { department: 'Socialförvaltningen' }) }).waitFor();
      await head.getByRole('link', { name: I.plan.addNeed }).click();
      await head.getByRole('heading', { level: 1, name: I.needForm.createTitle }).waitFor();
      await head.getByLabel(I.fields.title).fill(socNeed);
      await head.getByLabel(fill(I.needForm.investmentYear, { year: firstYear + 1 })).fill('250000');
      await head.getByRole('button', { name: I.needForm.submitCreate }).click();
      await head.getByRole('heading', { level: 1, name: fill(I.plan.title, { department: 'Socialförvaltningen' }) }).waitFor();
      await head.locator('tbody tr').filter({ hasText: socNeed }).waitFor();
      await expect(head.getByRole('heading', { level: 1 }).locator('xpath=..').innerText()).resolves.toContain(I.planStatus.started);
      await checkPage(head, 'own department plan as a department head');

      // Removed again, with its row version; focus lands on the needs' heading.
      await head.getByRole('button', { name: fill(I.plan.removeNeed, { title: socNeed }) }).click();
      const dialog = await openDialog(head);
      await dialog.getByRole('button', { name: I.plan.remove }).click();
      await head.getByText(I.plan.noNeeds).waitFor();
      await poll(() => head.evaluate(() => document.activeElement?.id)).toBe('plan-needs');
    } finally {
      await head.context().close();
    }
  });

  it('edits the round; a save over someone else’s shows the conflict alert, and the latest can be loaded', async () => {
    await chief.goto(`${baseUrl()}${roundPath}`);
    await chief.getByRole('heading', { level: 1, name: roundTitle }).waitFor();
    await chief.getByRole('button', { name: I.round.edit }).click();
    await chief.getByRole('heading', { level: 2, name: I.round.edit }).waitFor();
    await checkPage(chief, 'round edit');

    // Someone else saves the round first (the strategist in another window).
    const other = await signedIn(browser, 'itchef@roder.example');
    try {
      await other.goto(`${baseUrl()}${roundPath}`);
      await other.getByRole('button', { name: I.round.edit }).click();
      await other.getByLabel(fill(I.form.frameYear, { year: firstYear + 1 })).fill('5500000');
      await other.getByRole('button', { name: I.round.save }).click();
      await other.getByText(`${firstYear + 1}: 5 500 000 kr`).waitFor();
    } finally {
      await other.context().close();
    }

    await chief.getByLabel(I.fields.title).fill(`${roundTitle} rev`);
    await chief.getByRole('button', { name: I.round.save }).click();
    await chief.getByRole('alert').filter({ hasText: sv.common.conflict.title }).waitFor();
    await checkPage(chief, 'round edit with the conflict alert');
    await chief.getByRole('button', { name: sv.common.conflict.reload }).click();
    await poll(() => chief.getByLabel(fill(I.form.frameYear, { year: firstYear + 1 })).inputValue()).toBe('5500000');
    await chief.getByLabel(I.fields.title).fill(`${roundTitle} rev`);
    await chief.getByRole('button', { name: I.round.save }).click();
    await chief.getByRole('heading', { level: 1, name: `${roundTitle} rev` }).waitFor();
    await chief.getByText(`${firstYear + 1}: 5 500 000 kr`).waitFor();
  });
});

describe('next year’s revision', () => {
  it('opens a round revising this one: the plan starts from last round’s needs and lists what changed', async () => {
    const nextTitle = `IT-plan e2e ${run} revision`;
    await chief.goto(`${baseUrl()}/it-planer/ny`);
    await chief.getByRole('heading', { level: 1, name: I.open.title }).waitFor();
    await chief.getByLabel(I.fields.title).fill(nextTitle);
    await chief.getByLabel(I.fields.firstYear).fill(String(firstYear + 1));
    await chief.getByLabel(I.fields.lastYear).fill(String(firstYear + 3));
    await chief.getByLabel(I.fields.deadline).fill(`${firstYear}-11-30`);
    await chief.getByLabel(I.fields.previousRoundId).selectOption({ label: `${roundTitle} rev` });
    await chief.getByRole('button', { name: I.open.submit }).click();
    await chief.getByRole('heading', { level: 1, name: nextTitle }).waitFor();
    await chief.getByRole('link', { name: `${roundTitle} rev` }).waitFor();

    await progressRow(chief, 'Kommunledningsförvaltningen').getByRole('link', { name: 'Kommunledningsförvaltningen' }).click();
    await chief.getByRole('heading', { level: 1, name: fill(I.plan.title, { department: 'Kommunledningsförvaltningen' }) }).waitFor();
    // Carried over with the costs inside the new period.
    const row = chief.locator('#plan-needs').locator('xpath=..').locator('tbody tr').filter({ hasText: needTitle });
    await row.waitFor();
    await expect(text(row)).resolves.toContain('Drift 300 000 kr');
    await chief.getByRole('link', { name: fill(I.plan.editNeed, { title: needTitle }) }).click();
    await chief.getByRole('heading', { level: 1, name: fill(I.needForm.editTitle, { title: needTitle }) }).waitFor();
    await chief.getByLabel(I.fields.priority).selectOption({ label: I.priority['3'] });
    await chief.getByRole('button', { name: I.needForm.submitEdit }).click();
    const changes = chief.locator('#plan-changes').locator('xpath=..');
    await changes.waitFor();
    await poll(() => text(changes)).toContain(`${fill(I.changeKind.changed, { title: needTitle })} (${I.changeField.priority})`);
    await checkPage(chief, 'revised plan with its changes');
    await shoot(chief, 'itplans-revised-plan');
  });

  it('the strategist returns a submitted plan to the department', async () => {
    await chief.goto(`${baseUrl()}${klfPlanPath}`);
    await chief.getByRole('heading', { level: 1, name: fill(I.plan.title, { department: 'Kommunledningsförvaltningen' }) }).waitFor();
    await chief.getByRole('button', { name: I.plan.reopen.button }).click();
    const dialog = await openDialog(chief);
    await checkPage(chief, 'reopen dialog');
    await dialog.getByRole('button', { name: I.plan.reopen.confirm }).click();
    await poll(() => chief.getByRole('heading', { level: 1 }).locator('xpath=..').innerText()).toContain(I.planStatus.started);
    await chief.getByRole('link', { name: I.plan.addNeed }).waitFor();
    await expect(chief.getByRole('button', { name: I.plan.reopen.button }).count()).resolves.toBe(0);
  });
});

describe('IT-plan rounds (en)', () => {
  it('the round, the plan and the need form are accessible in English too', async () => {
    const E = itplansEn.itplans;
    await chooseLanguage(chief, 'English');
    await poll(() => chief.getAttribute('html', 'lang')).toBe('en');
    try {
      await chief.goto(`${baseUrl()}/it-planer`);
      await chief.getByRole('heading', { level: 1, name: E.list.title }).waitFor();
      await checkPage(chief, 'en: rounds list');
      await chief.goto(`${baseUrl()}${roundPath}`);
      await chief.getByRole('heading', { level: 2, name: E.round.progress }).waitFor();
      await checkPage(chief, 'en: round');
      await chief.goto(`${baseUrl()}${klfPlanPath}`);
      await chief.getByRole('heading', { level: 1, name: fill(E.plan.title, { department: 'Kommunledningsförvaltningen' }) }).waitFor();
      await checkPage(chief, 'en: plan');
      await chief.goto(`${baseUrl()}${socPlanPath}/behov/ny`);
      await chief.getByRole('heading', { level: 1, name: E.needForm.createTitle }).waitFor();
      await checkPage(chief, 'en: new need');
      await chief.goto(`${baseUrl()}/it-planer/ny`);
      await chief.getByRole('heading', { level: 1, name: E.open.title }).waitFor();
      await checkPage(chief, 'en: open a round');
    } finally {
      await chooseLanguage(chief, 'Svenska');
      await poll(() => chief.getAttribute('html', 'lang')).toBe('sv');
    }
  });
});
