import { describe, expect, it } from 'vitest';
import { addDays, dateInSweden } from '../../src/shared/dates.js';
import { ApiClient } from '../../src/server/testing/client.js';
import { systemInput } from '../../src/server/testing/fixtures.js';
import qualitySv from '../../src/web/locales/quality.sv.json';
import { browserSessions, errorSummaryOne, norm, people, poll, sv } from './register-helpers.js';
import { baseUrl, demoPassword, expectAccessible } from './support.js';

const session = browserSessions();
const as = (email: string) => session.as(email);

const L = sv.applications;

describe('disruption tests on the form and the system page', () => {
  it('refuses a test dated after today in the form, and shows a failed test as a deviation of its own', async () => {
    const page = await as(people.itchef.email);
    await page.goto(`${baseUrl()}/system/ny`);
    await page.getByRole('heading', { level: 1, name: L.create.title }).waitFor();
    const name = 'Reservkraftsövervakning';
    await page.getByRole('textbox', { name: sv.fields.name }).fill(name);
    await page.getByRole('button', { name: L.form.addDisruptionTest }).click();
    const row = page.getByRole('group', { name: sv.fields.disruptionTests_row.replace('{{n}}', '1') });
    const date = row.getByLabel(sv.fields.disruptionTests_testedOn);
    const today = dateInSweden(new Date());
    await date.fill(addDays(today, 1));
    await row.getByRole('combobox', { name: sv.fields.disruptionTests_result }).selectOption({ label: sv.enums.disruptionResult.failed });

    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/v1/applications') posts.push(request.url());
    });
    await page.getByRole('button', { name: L.create.submit }).click();
    const summary = page.getByRole('alert').filter({ hasText: errorSummaryOne(sv) });
    await summary.waitFor();
    expect(norm(await summary.textContent())).toContain('Ett störningstest kan inte dateras efter i dag.');
    await poll(() => date.getAttribute('aria-invalid')).toBe('true');
    expect(posts).toEqual([]);

    await date.fill(today);
    await page.getByRole('button', { name: L.create.submit }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    session.created.push(name);
    await poll(async () => (await page.getByRole('list').filter({ hasText: sv.enums.flag.disruption_test_failed }).count()) > 0).toBe(true);
    expect(posts).toHaveLength(1);
  });
});

describe('probable duplicates', () => {
  it('flags two spellings of one system in the list and its filter, names the other on the system page, and a judgement clears the flag until it is undone', async () => {
    const api = new ApiClient(baseUrl());
    await api.login(people.itchef.email, demoPassword());
    const [one, two] = ['Elevkortet Nordost', 'Elevkortet Nord-Ost AB'];
    for (const name of [one, two]) expect((await api.post('/api/v1/applications', systemInput({ name }))).status).toBe(201);
    session.created.push(one, two);
    const D = qualitySv.quality.duplicates;

    const page = await as(people.itchef.email);
    await page.goto(`${baseUrl()}/system?flag=probable_duplicate&q=Elevkortet`);
    await page.getByRole('rowheader', { name: two }).waitFor();
    await page.getByRole('rowheader', { name: one }).waitFor();
    expect(await page.getByText(sv.enums.flag.probable_duplicate).count()).toBeGreaterThan(1);

    await page.getByRole('link', { name: one }).click();
    await page.getByRole('heading', { level: 1, name: one }).waitFor();
    const notice = page.getByRole('region', { name: D.title });
    await notice.getByRole('link', { name: two }).waitFor();
    await expectAccessible(page, 'a system with a probable duplicate');
    await notice.getByRole('button', { name: D.dismiss.replace('{{name}}', two) }).click();
    const dialog = page.getByRole('dialog', { name: D.confirmTitle });
    await dialog.getByRole('button', { name: D.confirm }).click();
    await poll(() => notice.count()).toBe(0);

    // The judgement stays in view, and one click undoes it: the flag is back at once.
    const judged = page.getByRole('region', { name: D.dismissedTitle });
    await judged.getByRole('link', { name: two }).waitFor();
    await expectAccessible(page, 'a system with a pair judged not duplicates');
    await judged.getByRole('button', { name: D.undoLabel.replace('{{other}}', two) }).click();
    await notice.getByRole('link', { name: two }).waitFor();
    await poll(() => judged.count()).toBe(0);

    // Judged again, for good.
    await notice.getByRole('button', { name: D.dismiss.replace('{{name}}', two) }).click();
    await dialog.getByRole('button', { name: D.confirm }).click();
    await poll(() => notice.count()).toBe(0);
    await judged.getByRole('link', { name: two }).waitFor();

    await page.goto(`${baseUrl()}/system?flag=probable_duplicate&q=Elevkortet`);
    await page.getByText(sv.applications.list.empty).waitFor();
  });
});

describe('the overlaps page', () => {
  const O = sv.applications.overlaps;
  it('says how costs are counted, and lets a group be marked, shown apart, out of the saving and overdue, then unmarked', async () => {
    const page = await as(people.itchef.email);
    await page.goto(`${baseUrl()}/overlapp`);
    await page.getByRole('heading', { level: 1, name: O.title }).waitFor();
    await page.getByText(O.costSplitExplained).waitFor();
    const saving = async () => norm(await page.getByText(O.savingAll, { exact: true }).first().locator('xpath=following-sibling::*[1]').textContent());
    const savingBefore = await saving();

    // The first open group (largest saving first): its heading names the capability.
    const first = page.locator('section[aria-labelledby^="overlap-"]').first();
    const capability = norm(await first.getByRole('heading', { level: 2 }).textContent());
    await first.getByRole('button', { name: O.mark.open }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    // The reason is required, in the shared schema's words, before anything is sent.
    await dialog.getByRole('button', { name: O.mark.save }).click();
    await poll(() => dialog.getByRole('textbox', { name: O.mark.reason }).getAttribute('aria-invalid')).toBe('true');
    await dialog.getByRole('combobox', { name: O.mark.status }).selectOption({ label: sv.enums.overlapMark.migrating });
    await dialog.getByRole('textbox', { name: O.mark.reason }).fill('Ersätts av ett gemensamt system under 2027.');
    await dialog.getByLabel(O.mark.reviewOn).fill(addDays(dateInSweden(new Date()), -1));
    await expectAccessible(page, 'overlap mark dialog');
    await dialog.getByRole('button', { name: O.mark.save }).click();
    await dialog.waitFor({ state: 'detached' });

    // Shown apart, under its own heading, with the overdue review; the saving no longer counts it.
    const marked = page.getByRole('region', { name: new RegExp(O.marked.title_one.replace(' ({{formatted}})', '')) });
    const markedGroup = marked.locator('section').filter({ has: page.getByRole('heading', { level: 3, name: capability }) });
    await markedGroup.waitFor();
    expect(norm(await markedGroup.textContent())).toContain(sv.enums.overlapMark.migrating);
    expect(norm(await markedGroup.textContent())).toContain(O.mark.overdue);
    await poll(saving).not.toBe(savingBefore);
    await expectAccessible(page, 'overlaps with a marked group');

    // Unmarked again, it counts as before.
    await markedGroup.getByRole('button', { name: O.mark.change }).click();
    await page.getByRole('dialog').getByRole('button', { name: O.mark.remove }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await poll(saving).toBe(savingBefore);
    expect(await page.getByRole('heading', { level: 3, name: capability }).count()).toBe(0);
  });

  it('offers a läsare no way to mark', async () => {
    const page = await as(people.lasare.email);
    await page.goto(`${baseUrl()}/overlapp`);
    await page.getByRole('heading', { level: 1, name: O.title }).waitFor();
    await page.getByText(O.costSplitExplained).waitFor();
    expect(await page.getByRole('button', { name: O.mark.open }).count()).toBe(0);
  });
});
