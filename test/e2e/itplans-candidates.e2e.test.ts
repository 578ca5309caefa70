import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mergeSv from '../../src/web/locales/plan-merge.sv.json';
import { baseUrl, browserApi, checkPage, launch, openDialog, poll, signedIn } from './support.js';

/**
 * Needs met once in the browser (issue 14, item 3): a round with two departments' needs, two pairs
 * of them the same need in other words, is set up through the API; on the candidates page the IT
 * chief merges one pair into one initiative and dismisses the other with a reason, and neither is
 * proposed again. The page is checked with axe.
 */

const M = mergeSv.planMerge;
const run = Date.now().toString(36);

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


const need = (title: string, description: string) => ({ title: `${title} ${run}`, description, costs: [{ year: 2027, investment: 100_000, running: 0 }] });

describe('duplicate needs', () => {
  it('merges one pair and dismisses another on the candidates page', { timeout: 180_000 }, async () => {
    const departments = (await api('GET', '/api/v1/departments')).items as { id: string; name: string }[];
    const [soc, buf] = [departments.find((d) => /social/i.test(d.name))!, departments.find((d) => /utbildning/i.test(d.name))!];
    const round = await api('POST', '/api/v1/plan-rounds', { title: `IT-plan e2e ${run}`, firstYear: 2027, lastYear: 2029, budgetYear: 2027, deadline: '2027-03-31', departmentIds: [soc.id, buf.id] });
    const planOf = (id: string) => round.progress.find((p: { department: { id: string } }) => p.department.id === id).planId as string;
    const needs = {
      [soc.id]: [need('E-arkiv för socialtjänstens akter', 'Avslutade akter ska arkiveras digitalt i ett e-arkiv.'), need('Mobil dokumentation i hemtjänsten', 'Personalen dokumenterar insatser i mobilen hos brukaren.')],
      [buf.id]: [need('E-arkivering av elevakter', 'Elevakter och betyg arkiveras i kommunens e-arkiv.'), need('Dokumentera i mobilen i elevhälsan', 'Skolsköterskan dokumenterar i mobil eller surfplatta.')],
    };
    for (const department of [soc.id, buf.id]) {
      const planId = planOf(department);
      for (const input of needs[department]!) await api('POST', `/api/v1/department-plans/${planId}/needs`, input);
      const plan = await api('GET', `/api/v1/department-plans/${planId}`);
      await api('POST', `/api/v1/department-plans/${planId}/submit`, {}, plan.rowVersion);
    }
    expect((await api('GET', `/api/v1/plan-rounds/${round.id}/candidates`)).items).toHaveLength(2);

    await page.goto(`${baseUrl()}/it-planer/${round.id}/kandidater`);
    await page.getByRole('heading', { level: 1, name: M.title }).waitFor();
    const cards = page.getByRole('list', { name: M.heading }).getByRole('listitem');
    await poll(() => cards.count()).toBe(2);
    const archive = cards.filter({ hasText: `E-arkivering av elevakter ${run}` });
    await archive.getByText(/Gemensamma ord:.*arkiv/).waitFor();
    await checkPage(page, 'candidates');
    await page.screenshot({ path: '/tmp/candidates.png', fullPage: true });

    await archive.getByRole('button', { name: M.merge.action }).click();
    let dialog = await openDialog(page);
    expect(await dialog.getByLabel(M.merge.titleLabel).inputValue()).toMatch(/E-arkiv/);
    await dialog.getByLabel(M.merge.titleLabel).fill(`Gemensamt e-arkiv ${run}`);
    await dialog.getByRole('button', { name: M.merge.submit }).click();
    await poll(() => cards.count()).toBe(1);

    const mobile = cards.first();
    await mobile.getByRole('button', { name: M.dismiss.action }).click();
    dialog = await openDialog(page);
    await dialog.getByRole('button', { name: M.dismiss.submit }).click();
    await dialog.getByText(M.dismiss.reasonRequired).waitFor();
    await dialog.getByLabel(M.dismiss.reason).fill('Hemtjänstens och elevhälsans journaler är olika system.');
    await dialog.getByRole('button', { name: M.dismiss.submit }).click();
    await page.getByText(M.none).waitFor();
    const mergedSection = page.getByRole('region', { name: M.split.heading });
    await mergedSection.getByText(`Gemensamt e-arkiv ${run}`).waitFor();
    await checkPage(page, 'candidates, none left');
    await page.screenshot({ path: '/tmp/candidates-merged.png', fullPage: true });

    const merged = await api('GET', `/api/v1/department-plans/${planOf(soc.id)}`);
    const other = await api('GET', `/api/v1/department-plans/${planOf(buf.id)}`);
    const initiativeOf = (plan: { needs: { title: string; initiativeId: string }[] }, prefix: string) => plan.needs.find((n) => n.title.startsWith(prefix))!.initiativeId;
    expect(initiativeOf(merged, 'E-arkiv för')).toBe(initiativeOf(other, 'E-arkivering'));
    expect(initiativeOf(merged, 'Mobil')).not.toBe(initiativeOf(other, 'Dokumentera'));

    // Undo the merge: the pair is proposed again, the dismissed one is not.
    await mergedSection.getByRole('button', { name: M.split.action }).click();
    dialog = await openDialog(page);
    await dialog.getByRole('button', { name: M.split.action }).click();
    await poll(() => cards.filter({ hasText: `E-arkivering av elevakter ${run}` }).count()).toBe(1);
    await poll(() => mergedSection.count()).toBe(0);
    expect(await cards.count()).toBe(1);
  });
});

