import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import documentsSv from '../../src/web/locales/documents.sv.json';
import { baseUrl, expectAccessible, launch, newPage, signIn } from './support.js';

/**
 * The import's review (issue 13, items 2 and 4): a corpus document is uploaded, each proposed item
 * shows why it was proposed, the person demotes, merges, splits and drops items and keeps one of
 * the KPIs proposed from the goals' numbers, and one of the responsibility rows read from its section
 * "Ansvar och roller"; the saved document's tree, its responsibilities and the created KPI are then
 * read through the UI. Checked with axe on a desktop and on a phone. A pasted plan gives assignments
 * (issue 13, item 7): the one whose party the register knows is proposed to that person, the one
 * without a party says beside its owner field that it is missing; the kept one is found on the
 * document's page and in its owner's Mina uppdrag.
 */

const D = documentsSv.documents;
const fixture = resolve(new URL('../fixtures/documents/02-digitaliseringsstrategi.txt', import.meta.url).pathname);
const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key]));
const button = (key: string, position: string) => ({ name: fill(key, { position }), exact: true });

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launch();
  page = await newPage(browser);
  page.setDefaultTimeout(30_000);
});
afterAll(async () => {
  await page?.context().close();
  await browser?.close();
});

/** The input of an item's field by the item's place ("1.1" → `#document-items-0-children-0-title`). */
const field = (position: string, name: string) =>
  page.locator(`#document-items-${position.split('.').map((n) => Number(n) - 1).join('-children-')}-${name}`);

describe('reviewing an imported steering document', () => {
  it('shows reasons, restructures the items, keeps one KPI and saves the document with it', async () => {
    await signIn(page);
    await page.goto(`${baseUrl()}/styrdokument/importera`);
    await page.getByRole('heading', { level: 1, name: D.import.title }).waitFor();
    await page.getByRole('tab', { name: D.import.upload }).click();
    await page.locator('input[type="file"]').setInputFiles(fixture);
    await page.getByRole('button', { name: D.import.propose }).click();
    await page.getByRole('heading', { name: D.import.reviewTitle }).waitFor();

    // Why each item was proposed, in Swedish.
    await page.getByText('Föreslagen eftersom: underrubrik till ”Fokusområden”').first().waitFor();
    await page.getByText('Föreslagen eftersom: mening med ett målvärde under rubriken ”Enklare vardag för invånarna”').first().waitFor();
    // The goal's KPI, with the sentence it came from, kept by default.
    const keep60 = page.getByRole('checkbox', { name: fill(D.kpiProposal.keep, { name: 'Andel ansökningar till kommunen gjorda digitalt' }) });
    expect(await keep60.isChecked()).toBe(true);
    await page.getByText('Senast 2025 ska minst 60 % av alla ansökningar till kommunen göras digitalt').first().waitFor();
    await expectAccessible(page, 'import review with reasons and KPIs');

    // 1 vision, 2 focus area (2.1, 2.2 goals), 3 focus area (3.1 goal). Demote 2 under the vision.
    await page.getByRole('button', button(D.restructure.demote, '2')).click();
    await expect.poll(() => field('1.1', 'title').inputValue()).toBe('Enklare vardag för invånarna');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('document-items-0-children-0-title');
    // Merge the area's two goals; the second's title becomes a paragraph of the first.
    await page.getByRole('button', button(D.restructure.merge, '1.1.1')).click();
    await expect.poll(() => page.locator('#document-items-0-children-0-children-0-text').inputValue()).toBe(
      'Till utgången av 2027 ska samtliga nämnder erbjuda e-tjänster med e-legitimation',
    );
    expect(await page.locator('#document-items-0-children-0-children-1-title').count()).toBe(0);
    // Split it again at its first paragraph: the paragraph becomes its own goal after it.
    await page.getByRole('button', button(D.restructure.split, '1.1.1')).click();
    await expect.poll(() => page.locator('#document-items-0-children-0-children-1-title').inputValue()).toBe(
      'Till utgången av 2027 ska samtliga nämnder erbjuda e-tjänster med e-legitimation',
    );
    // Drop the goal under the second area.
    await page.getByRole('button', button(D.items.remove, '2.1')).click();
    expect(await page.locator('#document-items-1-children-0-title').count()).toBe(0);

    // Keep the 60 % KPI (merged in with its goal), not the 100 % one.
    const keep100 = page.getByRole('checkbox', { name: fill(D.kpiProposal.keep, { name: 'Andel nämnder som erbjuder e-tjänster med e-legitimation' }) });
    await keep100.uncheck();
    expect(await keep60.isChecked()).toBe(true);
    await expect.poll(() => page.locator('#document-items-0-children-0-children-0-kpis-0-targetValue').inputValue()).toBe('60');
    expect(await page.locator('#document-items-0-children-0-children-0-kpis-0-targetDate').inputValue()).toBe('2025-12-31');
    await page.locator('#document-items-0-children-0-children-0-kpis-0-name').fill('Andel digitala ansökningar');

    // The responsibility rows read from "Ansvar och roller", each with its sentence: keep the first, edited.
    await page.getByRole('heading', { name: D.responsibilityProposal.title }).waitFor();
    await page.getByText(`${D.responsibilityProposal.source}: Kommunstyrelsen ansvarar för att strategin genomförs och följs upp.`).waitFor();
    expect(await page.locator('#document-responsibilities-0-party').inputValue()).toBe('Kommunstyrelsen');
    await page.getByRole('button', { name: fill(D.responsibilityProposal.remove, { party: 'Digitaliseringschefen' }) }).click();
    await page.getByRole('button', { name: fill(D.responsibilityProposal.remove, { party: 'Varje nämnd' }) }).click();
    expect(await page.locator('#document-responsibilities-1-party').count()).toBe(0);
    await page.locator('#document-responsibilities-0-responsibility').fill('Ansvarar för att strategin genomförs');
    await expectAccessible(page, 'import review after restructuring');

    // On a phone the review still fits.
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expectAccessible(page, 'import review on a phone');
    await page.setViewportSize({ width: 1280, height: 900 });

    await page.getByRole('button', { name: D.create.submit }).click();
    await page.waitForURL(/\/styrdokument\/[0-9a-f-]{36}$/, { timeout: 60_000 });
    const id = new URL(page.url()).pathname.split('/').at(-1)!;

    // The saved tree: vision → area → two goals; the second area without its dropped goal.
    const items = page.getByRole('region', { name: D.detail.items });
    const tree = items.getByRole('list').first();
    const vision = tree.getByRole('listitem').filter({ hasText: 'Sjöstad är Sveriges mest tillgängliga kommun' }).first();
    const area = vision.getByRole('listitem').filter({ hasText: 'Enklare vardag för invånarna' });
    await area.getByText('Senast 2025 ska minst 60 % av alla ansökningar till kommunen göras digitalt').waitFor();
    await area.getByText('Till utgången av 2027 ska samtliga nämnder erbjuda e-tjänster med e-legitimation', { exact: true }).waitFor();
    expect(await tree.getByText(/^Vid utgången av 2026 ska tio/).count()).toBe(0);
    await tree.getByText('Smartare arbetssätt').waitFor();
    // The kept responsibility row, and only it, is the document's table.
    const responsibilities = page.getByRole('region', { name: D.responsibilities.title });
    await responsibilities.getByRole('cell', { name: 'Ansvarar för att strategin genomförs', exact: true }).waitFor();
    await responsibilities.getByRole('rowheader', { name: 'Kommunstyrelsen', exact: true }).waitFor();
    expect(await responsibilities.getByRole('rowheader').count()).toBe(1);

    // The kept KPI, and only it, is on the document's follow-up.
    await page.goto(`${baseUrl()}/styrdokument/${id}/uppfoljning`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Andel digitala ansökningar' }).click();
    await page.getByRole('heading', { level: 1, name: 'Andel digitala ansökningar' }).waitFor();
    await page.getByText(/60/).first().waitFor();
    await page.goto(`${baseUrl()}/styrdokument/${id}/uppfoljning`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Andel digitala ansökningar' }).waitFor();
    const kpiLinks = page.locator('a[href^="/nyckeltal/"]:not([href^="/nyckeltal/ny"])');
    expect(await kpiLinks.count()).toBe(1);
    await expectAccessible(page, 'follow-up of the imported document');
  }, 180_000);

  it('shows a KPI that could not be created, beside a link to the saved document', async () => {
    await page.goto(`${baseUrl()}/styrdokument/importera`);
    await page.getByRole('heading', { level: 1, name: D.import.title }).waitFor();
    await page.getByRole('tab', { name: D.import.upload }).click();
    await page.locator('input[type="file"]').setInputFiles(fixture);
    await page.getByRole('button', { name: D.import.propose }).click();
    await page.getByRole('heading', { name: D.import.reviewTitle }).waitFor();
    // The first goal of area 2 moves up to the top and is made a principle, keeping its KPI: the
    // goals module refuses a KPI on anything but a goal.
    await page.getByRole('button', button(D.restructure.promote, '2.1')).click();
    await expect.poll(() => field('3', 'title').inputValue()).toBe('Senast 2025 ska minst 60 % av alla ansökningar till kommunen göras digitalt');
    await field('3', 'kind').selectOption('principle');
    await page.getByRole('button', { name: D.create.submit }).click();

    const alert = page.getByText(D.kpiProposal.failedTitle_one);
    await alert.waitFor({ timeout: 60_000 });
    await page.getByText('Andel ansökningar till kommunen gjorda digitalt', { exact: true }).waitFor();
    await page.getByText(fill(D.kpiProposal.failedBody, { title: 'Digitaliseringsstrategi 2024–2027', created: 2 })).waitFor();
    await expectAccessible(page, 'import: a KPI that failed');
    await page.getByRole('link', { name: fill(D.kpiProposal.openDocument, { title: 'Digitaliseringsstrategi 2024–2027' }) }).click();
    await page.waitForURL(/\/styrdokument\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: 'Digitaliseringsstrategi 2024–2027' }).waitFor();
  }, 180_000);

  it('proposes assignments with the owner matched from the register, keeps one and finds it in the owner\'s Mina uppdrag', async () => {
    const plan = [
      '# Handlingsplan för kontinuitet 2026–2027',
      '',
      '## Mål',
      '',
      '### Säker drift av kommunens system',
      '',
      'Driften ska vara stabil. IT-chefen får i uppdrag att senast 30 juni 2027 ta fram en kontinuitetsplan för kommunens system.',
      'En rutin för behörighetsgranskning ska under perioden tas fram.',
    ].join('\n');
    await page.context().clearCookies();
    await signIn(page);
    await page.goto(`${baseUrl()}/styrdokument/importera`);
    await page.getByRole('heading', { level: 1, name: D.import.title }).waitFor();
    await page.locator('#import-text').fill(plan);
    await page.getByRole('button', { name: D.import.propose }).click();
    await page.getByRole('heading', { name: D.import.reviewTitle }).waitFor();

    // The first: party IT-chefen, proposed to the register's IT-chef by job title, deadline from the text.
    const a = (i: number, name: string) => page.locator(`#document-items-0-assignments-${i}-${name}`);
    await page.getByText('IT-chefen får i uppdrag att senast 30 juni 2027 ta fram en kontinuitetsplan för kommunens system.').first().waitFor();
    await expect.poll(() => a(0, 'title').inputValue()).toBe('Senast 30 juni 2027 ta fram en kontinuitetsplan för kommunens system');
    expect(await a(0, 'ownerId').locator('option:checked').textContent()).toBe('Maria Ekström (IT-chef)');
    expect(await a(0, 'dueOn').inputValue()).toBe('2027-06-30');
    await page.getByText(fill(D.assignmentProposal.partyMatched, { party: 'IT-chefen', by: D.assignmentProposal.matchedBy.title })).waitFor();
    // The second names nobody: its deadline is the plan's period end, its missing owner is said beside the field.
    expect(await a(1, 'dueOn').inputValue()).toBe('2027-12-31');
    expect(await a(1, 'ownerId').inputValue()).toBe('');
    await page.getByText(D.assignmentProposal.problems.owner).waitFor();
    expect(await a(1, 'ownerId').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'import review with proposed assignments');
    // Shorten the first; drop the second.
    await a(0, 'title').fill('Ta fram en kontinuitetsplan för kommunens system');
    await page.getByRole('checkbox', { name: fill(D.assignmentProposal.keep, { title: 'En rutin för behörighetsgranskning ska under perioden tas fram' }) }).uncheck();
    expect(await page.getByText(D.assignmentProposal.problems.owner).count()).toBe(0);

    await page.getByRole('button', { name: D.create.submit }).click();
    await page.waitForURL(/\/styrdokument\/[0-9a-f-]{36}$/, { timeout: 60_000 });
    const assignments = page.getByRole('region', { name: D.assignments.title });
    await assignments.getByText('Ta fram en kontinuitetsplan för kommunens system', { exact: true }).waitFor();
    expect(await assignments.getByText('En rutin för behörighetsgranskning', { exact: false }).count()).toBe(0);
    await assignments.getByText(/Maria Ekström/).first().waitFor();
    await expectAccessible(page, 'imported document with its assignment');

    // The owner finds it in Mina uppdrag.
    await page.context().clearCookies();
    await signIn(page, 'itchef@roder.example');
    await page.goto(`${baseUrl()}/styrdokument/mina-uppdrag`);
    await page.getByRole('heading', { level: 1, name: D.assignments.mine }).waitFor();
    await page.getByText('Ta fram en kontinuitetsplan för kommunens system', { exact: true }).first().waitFor();
    await page.getByText(/2027-06-30|30 juni 2027/).first().waitFor();
    await expectAccessible(page, 'Mina uppdrag with the imported assignment');
  }, 180_000);
});
