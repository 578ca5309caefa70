import mammoth from 'mammoth';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import localeEn from '../../src/web/locales/municipal-plan.en.json';
import locale from '../../src/web/locales/municipal-plan.sv.json';
import { baseUrl, chooseLanguage, browserApi, submitNeeds, checkPage, launch, openDialog, poll, signedIn } from './support.js';

/**
 * The municipal IT plan in the browser (issue 14, item 4): a round whose two departments have
 * submitted their needs (set up through the API as the signed-in admin), the ranking with its
 * score parts and the sums against the budget frame, an initiative edited, the plan decided by
 * Kommunstyrelsen, the frozen version's page and its Word document. Every page is checked with axe.
 */

const P = locale.municipalPlan;
const En = localeEn.municipalPlan;
const run = Date.now().toString(36);
const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key]));

let browser: Browser;
let page: Page;
let api: ReturnType<typeof browserApi>;
beforeAll(async () => {
  browser = await launch();
  page = await signedIn(browser);
  api = browserApi(page);
});
afterAll(async () => {
  await page?.context().close();
  await browser?.close();
});

const need = (title: string, priority: number, costs: { year: number; investment: number; running: number }[]) => ({ title, description: `${title} (e2e ${run})`, priority, costs });

describe('the municipal IT plan', () => {
  it('ranks the initiatives, edits one, decides the plan and exports the version as Word and PDF', { timeout: 180_000 }, async () => {
    const departments = await api('GET', '/api/v1/departments');
    const [a, b] = ((departments.items ?? departments) as { id: string; archivedAt?: string | null }[]).filter((d) => !d.archivedAt);
    const round = await api('POST', '/api/v1/plan-rounds', {
      title: `IT-plan e2e ${run}`, firstYear: 2027, lastYear: 2029, budgetYear: 2027, deadline: '2027-03-31',
      departmentIds: [a!.id, b!.id], budgetFrames: [{ year: 2027, amount: 600_000 }, { year: 2028, amount: 2_000_000 }],
    });
    const needs = {
      [a!.id]: [need('E-arkiv för akter', 1, [{ year: 2027, investment: 400_000, running: 0 }, { year: 2028, investment: 0, running: 80_000 }]), need('Mobil dokumentation', 2, [{ year: 2028, investment: 250_000, running: 60_000 }])],
      [b!.id]: [need('Lärplattform för grundskolan', 1, [{ year: 2027, investment: 150_000, running: 300_000 }])],
    };
    await submitNeeds(api, round, needs);

    await page.goto(`${baseUrl()}/it-planer/${round.id}/kommunplan`);
    await page.getByRole('heading', { level: 1, name: fill(P.title, { title: round.title }) }).waitFor();
    await checkPage(page, 'municipal plan');
    const rows = page.locator('section[aria-labelledby="plan-initiatives"] tbody tr');
    await poll(() => rows.count()).toBe(3);
    const yearRow = page.locator('section[aria-labelledby="plan-years"] tbody tr').first();
    await poll(async () => (await yearRow.innerText()).replace(/\s/g, '')).toContain('250000kröver');
    await page.screenshot({ path: '/tmp/mplan-plan.png', fullPage: true });

    // Edit the last-ranked initiative: cheaper, it climbs.
    const last = (await rows.last().getByRole('rowheader').locator('p').first().innerText()).trim();
    await page.getByRole('button', { name: fill(P.edit.open, { title: last }) }).click();
    const dialog = await openDialog(page);
    await checkPage(page, 'edit initiative dialog');
    await dialog.getByLabel(P.edit.name).fill(`${last} (reviderad)`);
    await dialog.getByLabel(fill(P.edit.investmentIn, { year: 2028 })).fill('1000');
    await dialog.getByLabel(fill(P.edit.runningIn, { year: 2028 })).fill('0');
    await dialog.getByLabel(fill(P.edit.investmentIn, { year: 2027 })).fill('0');
    await dialog.getByLabel(fill(P.edit.runningIn, { year: 2027 })).fill('0');
    await dialog.getByRole('button', { name: P.edit.submit }).click();
    await dialog.waitFor({ state: 'detached' });
    await poll(() => page.getByText(`${last} (reviderad)`, { exact: true }).count()).toBe(1);
    // The page says what the strategist changed, since a department's resubmission keeps it.
    const changed = new Intl.ListFormat('sv', { type: 'conjunction' }).format([P.initiatives.adjustedField.title, P.initiatives.adjustedField.costs]);
    await page.getByText(fill(P.initiatives.adjusted, { fields: changed }), { exact: true }).waitFor();
    await checkPage(page, 'initiative adjusted');

    // Decide.
    await page.getByRole('button', { name: P.decide.open }).click();
    const decide = await openDialog(page);
    await checkPage(page, 'decide dialog');
    await decide.getByLabel(P.decide.diarienummer).fill('KS 2027/0412');
    await decide.getByLabel(P.decide.paragraph).fill('§ 123');
    await decide.getByRole('button', { name: P.decide.submit }).click();
    await decide.waitFor({ state: 'detached' });
    await page.getByRole('heading', { name: P.versions.heading }).waitFor();
    await poll(() => page.getByRole('button', { name: P.decide.open }).count()).toBe(0);
    await poll(() => page.getByRole('button', { name: P.initiatives.edit }).count()).toBe(0);
    await checkPage(page, 'decided municipal plan');

    const docxLink = page.getByRole('link', { name: fill(P.versions.docx, { version: 1 }) });
    const href = await docxLink.getAttribute('href');
    const file = await page.request.get(new URL(href ?? '', baseUrl()).href);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toContain('wordprocessingml');
    const text = (await mammoth.extractRawText({ buffer: await file.body() })).value;
    expect(text).toContain(round.title);
    expect(text).toContain('KS 2027/0412');
    expect(text).toContain(`${last} (reviderad)`);
    const pdfHref = await page.getByRole('link', { name: fill(P.versions.pdf, { version: 1 }) }).getAttribute('href');
    const pdf = await page.request.get(new URL(pdfHref ?? '', baseUrl()).href);
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    await page.getByRole('link', { name: /^Version 1:/ }).click();
    await page.getByRole('heading', { level: 1, name: fill(P.version.title, { title: round.title, version: 1 }) }).waitFor();
    await checkPage(page, 'plan version');
    await poll(() => page.getByText('KS 2027/0412').count()).toBe(1);
    await page.screenshot({ path: '/tmp/mplan-version.png', fullPage: true });

    // Both pages in English too (the language is kept in the browser: switch back afterwards).
    await chooseLanguage(page, 'English');
    await poll(() => page.getAttribute('html', 'lang')).toBe('en');
    try {
      await page.getByRole('heading', { level: 1, name: fill(En.version.title, { title: round.title, version: 1 }) }).waitFor();
      await checkPage(page, 'en: plan version');
      await page.goto(`${baseUrl()}/it-planer/${round.id}/kommunplan`);
      await page.getByRole('heading', { level: 1, name: fill(En.title, { title: round.title }) }).waitFor();
      await checkPage(page, 'en: municipal plan');
    } finally {
      await chooseLanguage(page, 'Svenska');
      await poll(() => page.getAttribute('html', 'lang')).toBe('sv');
    }
  });
});
