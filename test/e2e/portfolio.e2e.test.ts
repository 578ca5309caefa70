import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import portfolioEn from '../../src/web/locales/portfolio.en.json';
import portfolioSv from '../../src/web/locales/portfolio.sv.json';
import { baseUrl, chooseLanguage, expectAccessible, launch, newPage, signIn } from './support.js';

/**
 * The project portfolio and the IT council in the browser: a project is created and valued with a
 * benefit, its decision is refused until the IT council has decided (the demo threshold is
 * 1 000 000 kr), it is put on a new meeting's agenda and decided there, then decided in the
 * portfolio; the minutes are downloaded. Every page is checked with axe in Swedish and in English.
 * The charts' axes are checked in both languages ("1,5 mnkr" / "SEK 1.5m"), with their legends,
 * at 1366 and 390 px. One browser, one signed-in page for the whole file (the load is heavy).
 */

const P = portfolioSv.portfolio;
const E = portfolioEn.portfolio;
const C = portfolioSv.council;
const run = Date.now().toString(36);
const name = `Digital nämndhantering e2e ${run}`;
const year = new Date().getFullYear();

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launch();
  page = await newPage(browser);
  page.setDefaultTimeout(15_000);
  await signIn(page);
});
afterAll(async () => {
  await page?.context().close();
  await browser?.close();
});

const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000, interval: 50 });
const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key]));
const shot = (page: Page, file: string) => (process.env.RODER_SHOTS ? page.screenshot({ path: `tmp/${file}.png`, fullPage: true }) : Promise.resolve());

async function checkPage(page: Page, label: string) {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await poll(() => page.getByRole('status').filter({ hasText: /^(Laddar …|Loading …)$/ }).count()).toBe(0);
  await expectAccessible(page, label);
}

async function openDialog(page: Page) {
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await poll(() => dialog.evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
  return dialog;
}

/** The amounts on a chart's value axes (recharts draws each tick as SVG text). */
const amountTicks = (page: Page, axes = ['yAxis']) =>
  page
    .locator(axes.map((axis) => `.recharts-${axis}-tick-labels .recharts-cartesian-axis-tick-value`).join(', '))
    .evaluateAll((ticks) => ticks.map((tick) => tick.textContent ?? ''));
// Intl's digits, grouping and sign (U+2212 in Swedish), the unit from the translations.
const SV_AMOUNT = /^\u2212?\d{1,3}(\u00a0\d{3})*(,\d)?\u00a0(mnkr|tkr|kr)$/;
const EN_AMOUNT = /^-?SEK\u00a0\d{1,3}(,\d{3})*(\.\d)?[mk]?$/;

/** Axe at the desktop width and on a phone (390 px), back to the desktop after. */
async function checkBothWidths(page: Page, label: string) {
  await checkPage(page, `${label} (1366 px)`);
  await page.setViewportSize({ width: 390, height: 844 });
  try {
    await expectAccessible(page, `${label} (390 px)`);
  } finally {
    await page.setViewportSize({ width: 1366, height: 900 });
  }
}

const visited: { label: string; path: string }[] = [];
const remember = (page: Page, label: string) => visited.push({ label, path: new URL(page.url()).pathname });

describe('project portfolio and IT council (sv)', () => {
  let projectUrl = '';

  it('shows the portfolio as a table, with the live sums first and the closed and cancelled apart', async () => {
    await page.goto(`${baseUrl()}/portfolj`);
    await page.getByRole('heading', { level: 1, name: P.list.title }).waitFor();
    await poll(() => page.getByRole('row').count()).toBeGreaterThan(10);
    await checkPage(page, 'sv: portfölj');
    await shot(page, 'portfolio-table');
    // Every status and health badge shows its whole word, also on a phone (390 px).
    const cutBadges = () =>
      page.locator('.mantine-Badge-label').evaluateAll((labels) => labels.filter((l) => l.scrollWidth > l.clientWidth + 1).map((l) => l.textContent));
    expect(await cutBadges()).toEqual([]);
    const wide = page.viewportSize();
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await cutBadges()).toEqual([]);
    if (wide) await page.setViewportSize(wide);
    remember(page, 'portfolio');
    await page.getByLabel(P.filters.status).selectOption({ label: P.status.in_progress });
    await poll(() => page.getByRole('cell', { name: P.status.idea, exact: true }).count()).toBe(0);
    // A cancelled project has no health, and its money is summed apart from the live projects'.
    await page.getByLabel(P.filters.status).selectOption({ label: P.status.cancelled });
    await poll(() => page.getByRole('cell', { name: P.status.in_progress, exact: true }).count()).toBe(0);
    await page.getByRole('cell', { name: P.health.none }).first().waitFor();
    expect(await page.getByRole('cell', { name: P.health.green }).count()).toBe(0);
    const apart = page.getByRole('table', { name: P.list.sumsApart });
    await apart.getByRole('rowheader', { name: P.status.cancelled }).waitFor();
    expect(await apart.getByRole('rowheader', { name: P.status.closed }).count()).toBe(0);
    await page.getByLabel(P.filters.status).selectOption({ label: P.filters.all });
    await poll(() => apart.getByRole('rowheader').allTextContents()).toEqual([P.status.closed, P.status.cancelled]);
  });

  it('shows the timeline with a key to its bars, today and milestones', async () => {
    await page.getByRole('tab', { name: P.list.timeline }).click();
    await page.getByRole('img', { name: P.timeline.label }).waitFor();
    const timelineKey = page.getByRole('list', { name: P.timeline.legend });
    for (const text of [P.health.green, P.health.red, P.timeline.noHealth, P.timeline.today, P.timeline.milestoneDone]) await timelineKey.getByText(text).waitFor();
    await checkBothWidths(page, 'sv: portfölj, tidslinje');
    await shot(page, 'portfolio-timeline');
  });

  it('shows benefit against cost with Swedish amounts on its axes, a key and numbered marks', async () => {
    await page.getByRole('tab', { name: P.list.chart }).click();
    await page.getByRole('img', { name: P.chart.label }).waitFor();
    const chartKey = page.getByRole('list', { name: P.chart.legend });
    for (const text of [P.chart.sizeMeans, P.chart.numberMeans]) await chartKey.getByText(text, { exact: true }).waitFor();
    // A status for each kind of mark on the page: the key names every status the table shows.
    const shown = new Set(await page.getByRole('table', { name: P.chart.caption }).locator('.mantine-Badge-label').allTextContents());
    expect(new Set(await chartKey.getByRole('listitem').allTextContents())).toEqual(new Set([...shown, P.chart.sizeMeans, `1${P.chart.numberMeans}`]));
    // Every mark is numbered as its row in the table.
    const rows = await page.getByRole('table', { name: P.chart.caption }).getByRole('rowheader').count();
    expect(await page.locator('.recharts-label-list text').count()).toBe(rows);
    // The chart measures its box before it draws the axes.
    await poll(async () => (await amountTicks(page, ['xAxis', 'yAxis'])).length).toBeGreaterThan(4);
    const svTicks = await amountTicks(page, ['xAxis', 'yAxis']);
    expect(svTicks.filter((tick) => !SV_AMOUNT.test(tick))).toEqual([]);
    expect(svTicks.some((tick) => tick.includes('mnkr'))).toBe(true);
    await checkBothWidths(page, 'sv: portfölj, nytta mot kostnad');
    await shot(page, 'portfolio-chart');
  });

  it('shows the rules', async () => {
    await page.goto(`${baseUrl()}/portfolj/regler`);
    await page.getByRole('heading', { level: 1, name: P.rules.title }).waitFor();
    await checkPage(page, 'sv: regler');
    remember(page, 'rules');
  });

  it('creates a project with an investment and a benefit', async () => {
    await page.goto(`${baseUrl()}/portfolj/ny`);
    await page.getByRole('heading', { level: 1, name: P.create.title }).waitFor();
    await checkPage(page, 'sv: nytt projekt');
    remember(page, 'create');
    await page.locator('#project-name').fill(name);
    await page.locator('#project-startDate').fill(`${year}-01-15`);
    await page.locator('#project-endDate').fill(`${year + 1}-06-30`);
    await page.getByRole('button', { name: P.form.add.investments }).click();
    await page.locator('#project-investments-0-year').fill(String(year));
    await page.locator('#project-investments-0-amount').fill('1500000');
    await page.locator('#project-yearlyRunningCost').fill('200000');
    await page.getByRole('button', { name: P.form.add.benefits }).click();
    await page.locator('#project-benefits-0-description').fill('Färre utskick på papper');
    await page.locator('#project-benefits-0-yearlyAmount').fill('900000');
    await page.locator('#project-benefits-0-recipient').fill('Kommunledningsförvaltningen');
    await page.getByRole('button', { name: P.form.add.benefits }).click();
    await page.locator('#project-benefits-1-kind').selectOption({ label: P.benefitKinds.indirect });
    await page.locator('#project-benefits-1-description').fill('Sparad tid för nämndsekreterare');
    await page.locator('#project-benefits-1-hoursPerYear').fill('400');
    await page.locator('#project-benefits-1-hourlyCost').fill('450');
    await page.getByRole('button', { name: P.form.add.milestones }).click();
    await page.locator('#project-milestones-0-title').fill('Upphandling klar');
    await page.locator('#project-milestones-0-dueDate').fill(`${year}-06-01`);
    await expectAccessible(page, 'sv: nytt projekt ifyllt');
    await shot(page, 'project-form');
    await page.getByRole('button', { name: P.create.submit }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    projectUrl = page.url();
    await page.getByRole('table', { name: P.valuation.caption }).waitFor();
    // The valuation's value axis in short Swedish amounts (1,5 mnkr invested).
    await poll(async () => (await amountTicks(page)).length).toBeGreaterThan(2);
    const valuationTicks = await amountTicks(page);
    expect(valuationTicks.filter((tick) => !SV_AMOUNT.test(tick))).toEqual([]);
    expect(valuationTicks.some((tick) => tick.endsWith('mnkr'))).toBe(true);
    // The cumulative net starts below zero (−620 000 kr): a real minus sign, never a hyphen.
    expect(valuationTicks.some((tick) => tick.startsWith('\u2212'))).toBe(true);
    await checkPage(page, 'sv: projekt');
    await shot(page, 'project-detail');
    remember(page, 'project');
    await page.getByRole('link', { name: P.detail.edit }).click();
    await page.getByRole('heading', { level: 1, name: fill(P.edit.title, { name }) }).waitFor();
    await checkPage(page, 'sv: redigera projekt');
    remember(page, 'edit');
  });

  it('refuses the decision until the IT council has decided, and points there', async () => {
    await page.goto(projectUrl);
    await page.getByRole('button', { name: P.actions.to.approved }).click();
    const alert = page.getByRole('alert').filter({ hasText: P.actions.blocked });
    await alert.waitFor();
    await expectAccessible(page, 'sv: projekt, beslut kräver IT-rådet');
    await shot(page, 'project-blocked');
    await alert.getByRole('link', { name: P.actions.toCouncil }).click();
    await page.getByRole('heading', { level: 1, name: C.list.title }).waitFor();
    await page.getByText(C.list.pickMeeting).waitFor();
    await checkPage(page, 'sv: IT-råd');
    remember(page, 'council');
  });

  it('puts the project on a new meeting, decides it and downloads the minutes', async () => {
    await page.getByRole('button', { name: C.list.create }).click();
    const dialog = await openDialog(page);
    await expectAccessible(page, 'sv: nytt möte (dialog)');
    // Today's meeting: its decision is dated on or after the meeting and never after today.
    await dialog.locator('#meeting-date').fill(new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date()));
    await dialog.locator('#meeting-location').fill('Stadshuset');
    await dialog.getByRole('button', { name: C.create.submit }).click();
    await page.getByRole('heading', { level: 2, name: C.meeting.agenda }).waitFor();
    await checkPage(page, 'sv: möte');
    remember(page, 'meeting');
    // Arriving from the project's page, the project is already chosen.
    await poll(() => page.locator('#item-subjectId option:checked').textContent()).toBe(name);
    await page.locator('#item-subjectId').selectOption({ label: name });
    await page.locator('#item-background').fill('Projektet är över tröskelvärdet.');
    await page.getByRole('button', { name: C.addItem.submit }).click();
    await page.getByRole('heading', { level: 3, name: `§ 1 ${name}` }).waitFor();
    await page.getByRole('button', { name: fill(C.meeting.decide, { number: 1 }) }).click();
    const decide = await openDialog(page);
    await expectAccessible(page, 'sv: beslut (dialog)');
    await decide.locator('#decision-decisionText').fill('IT-rådet tillstyrker projektet.');
    await decide.locator('#decision-diarienummer').fill('KS 2026/0999');
    await decide.getByRole('button', { name: C.decide.submit }).click();
    await shot(page, 'meeting-deciding');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.getByRole('listitem').filter({ hasText: name }).getByText(C.decisions.approved).first().waitFor();
    await checkPage(page, 'sv: möte med beslut');
    await shot(page, 'meeting');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: C.meeting.minutesWord }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const pdf = await page.request.get(`${new URL(page.url()).origin}/api/v1/council/meetings/${new URL(page.url()).pathname.split('/').pop()}/minutes.pdf`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('pdf');
  });

  it('decides the project once the council has, and finds the decision in the log', async () => {
    await page.goto(projectUrl);
    await page.getByRole('button', { name: P.actions.to.approved }).click();
    await page.getByRole('button', { name: P.actions.to.in_progress }).waitFor();
    await expect(page.getByText(P.status.approved, { exact: true }).count()).resolves.toBeGreaterThan(0);
    // Cancelling cannot be undone: it asks first, with buttons that name what each does.
    await page.getByRole('button', { name: P.actions.to.cancelled }).click();
    const ask = await openDialog(page);
    await ask.getByText(P.actions.confirm.cancelled).waitFor();
    await expectAccessible(page, 'sv: avbryta projektet? (dialog)');
    await ask.getByRole('button', { name: P.actions.confirm.keep }).click();
    await ask.waitFor({ state: 'detached' });
    await expect(page.getByText(P.status.approved, { exact: true }).count()).resolves.toBeGreaterThan(0);
    await page.goto(`${baseUrl()}/itrad/beslut`);
    await page.getByRole('heading', { level: 1, name: C.log.title }).waitFor();
    await page.getByRole('searchbox', { name: C.log.search }).fill('KS 2026/0999');
    await page.getByRole('rowheader', { name: `§ 1 ${name}` }).waitFor();
    await checkPage(page, 'sv: beslutslogg');
    remember(page, 'decisions');
  });
});

describe('project portfolio and IT council (en)', () => {
  beforeAll(async () => {
    await chooseLanguage(page, 'English');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
  });
  afterAll(async () => {
    await chooseLanguage(page, 'Svenska');
    await page.waitForFunction(() => document.documentElement.lang === 'sv');
  });

  // One test a page, each a page load and axe: the load of seven helpers makes a long loop slow.
  for (const label of ['portfolio', 'rules', 'create', 'project', 'edit', 'council', 'meeting', 'decisions']) {
    it(`the page built here as '${label}' is accessible in English too`, async () => {
      const path = visited.find((v) => v.label === label)?.path;
      expect(path, `the Swedish tests reached '${label}'`).toBeDefined();
      await page.goto(`${baseUrl()}${path}`);
      await checkPage(page, `en: ${label}`);
      if (label === 'project') {
        await poll(async () => (await amountTicks(page)).length).toBeGreaterThan(2);
        const ticks = await amountTicks(page);
        expect(ticks.filter((tick) => !EN_AMOUNT.test(tick))).toEqual([]);
        expect(ticks.some((tick) => tick.endsWith('m'))).toBe(true);
        expect(ticks.some((tick) => tick.startsWith('-SEK'))).toBe(true);
      }
    });
  }

  it('the charts speak English: "SEK 1.5m" on the axes, an English key', async () => {
    await page.goto(`${baseUrl()}/portfolj`);
    await page.getByRole('heading', { level: 1, name: E.list.title }).waitFor();
    await page.getByRole('tab', { name: E.list.timeline }).click();
    await page.getByRole('list', { name: E.timeline.legend }).getByText(E.timeline.noHealth).waitFor();
    await page.getByRole('tab', { name: E.list.chart }).click();
    await page.getByRole('img', { name: E.chart.label }).waitFor();
    await page.getByRole('list', { name: E.chart.legend }).getByText(E.chart.sizeMeans, { exact: true }).waitFor();
    await poll(async () => (await amountTicks(page, ['xAxis', 'yAxis'])).length).toBeGreaterThan(4);
    const ticks = await amountTicks(page, ['xAxis', 'yAxis']);
    expect(ticks.filter((tick) => !EN_AMOUNT.test(tick))).toEqual([]);
    expect(ticks.some((tick) => /^SEK\u00a0[\d.,]+m$/.test(tick))).toBe(true);
    await checkBothWidths(page, 'en: portfolio, benefit against cost');
  });
});
