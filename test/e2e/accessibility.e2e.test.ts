import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeContext, conflictTitle, en, errorSummaryOne, norm, openEditForm, openSystem, people, poll, sv } from './register-helpers.js';
import { baseUrl, chooseLanguage, demoPassword, expectAccessible, launch, mainNavLink, newPage } from './support.js';

/**
 * WCAG 2.1 AA (axe-core) on every page of the app and on the states that only appear after an
 * action: a form's validation errors, the conflict alert, a filtered list, the history tab.
 * Once in Swedish and once in English, each language with its own person and systems.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const opened: Page[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map(closeContext));
});

interface Run {
  language: 'sv' | 'en';
  texts: typeof sv;
  person: string;
  /** A system this person may edit, used only by this run. */
  system: string;
  department: string;
}

const runs: Run[] = [
  {
    language: 'sv',
    texts: sv,
    person: people.admin.email,
    system: 'Tickster',
    department: 'Kultur- och fritidsförvaltningen',
  },
  {
    language: 'en',
    texts: en as unknown as typeof sv,
    // Tekniska förvaltningens chef: a förvaltningschef may create and edit the department's systems.
    person: people.tekchef.email,
    system: 'Avfallsappen',
    department: 'Tekniska förvaltningen',
  },
];

/** Waits until the page has its heading and no loader, then runs axe. */
async function check(page: Page, label: string, heading?: string | RegExp) {
  const h1 = page.getByRole('heading', { level: 1, ...(heading ? { name: heading } : {}) });
  await h1.first().waitFor();
  await poll(() => page.getByRole('status').filter({ hasText: /^(Laddar …|Loading …)$/ }).count()).toBe(0);
  await expectAccessible(page, label);
}

describe.each(runs)('every page is accessible ($language)', (run) => {
  const t = run.texts;
  const A = t.applications;

  /** Signs in through the login form in the run's language; `checkLogin` also checks the login page. */
  async function signedInInLanguage(checkLogin = false): Promise<Page> {
    const page = await newPage(browser);
    page.setDefaultTimeout(15_000);
    opened.push(page);
    await page.goto(`${baseUrl()}/logga-in`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    if (run.language === 'en') {
      await page.getByRole('button', { name: 'English' }).click();
      await poll(() => page.getAttribute('html', 'lang')).toBe('en');
    }
    if (checkLogin) {
      await check(page, `${run.language}: login`, t.session.login.title);
      // The login form's own messages.
      await page.getByRole('button', { name: t.session.login.submit }).click();
      await poll(() => page.getByRole('textbox', { name: t.session.login.email }).getAttribute('aria-invalid')).toBe('true');
      await check(page, `${run.language}: login with errors`, t.session.login.title);
    }

    await page.getByRole('textbox', { name: t.session.login.email }).fill(run.person);
    await page.getByLabel(t.session.login.password, { exact: false }).first().fill(demoPassword());
    await page.getByRole('button', { name: t.session.login.submit }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/logga-in'));
    if ((await page.getAttribute('html', 'lang')) !== run.language) {
      // Signed in, the person's stored language wins; choose again in the header.
      await chooseLanguage(page, run.language === 'en' ? 'English' : 'Svenska');
    }
    await poll(() => page.getAttribute('html', 'lang')).toBe(run.language);
    return page;
  }

  it('login, start, register, system, history, overlaps and not found', async () => {
    const page = await signedInInLanguage(true);
    await check(page, `${run.language}: start`, t.home.title);

    await (await mainNavLink(page.getByRole('navigation', { name: t.app.nav.label }), t.app.nav.groups.registers, t.app.nav.applications)).click();
    // With filters chosen and a sort: every control shows a value.
    await page.getByRole('combobox', { name: t.fields.departmentIds }).selectOption({ label: run.department });
    await page.getByRole('combobox', { name: A.filters.flag }).selectOption({ label: t.enums.flag.personal_data_unclassified });
    await page.getByRole('columnheader', { name: t.fields.yearlyCost }).getByRole('button').click();
    await poll(() => new URL(page.url()).searchParams.get('sort')).toBe('yearlyCost');
    await poll(() => page.getByRole('rowheader').count()).toBeGreaterThan(0);
    await check(page, `${run.language}: register with filters`, A.list.title);

    await openSystem(page, 'Treserva IFO');
    await check(page, `${run.language}: system overview`, 'Treserva IFO');
    await page.getByRole('tab', { name: A.detail.history }).click();
    await page.getByRole('article').first().waitFor();
    await check(page, `${run.language}: system history`, 'Treserva IFO');

    await (await mainNavLink(page.getByRole('navigation', { name: t.app.nav.label }), t.app.nav.groups.registers, t.app.nav.overlaps)).click();
    await page.getByRole('heading', { level: 1, name: A.overlaps.title }).waitFor();
    await poll(() => page.getByRole('heading', { level: 2 }).count()).toBeGreaterThan(0);
    await check(page, `${run.language}: overlaps`, A.overlaps.title);

    await page.goto(`${baseUrl()}/finns-inte`);
    await check(page, `${run.language}: page not found`, t.app.notFound.title);
    await page.goto(`${baseUrl()}/system/00000000-0000-4000-8000-000000000000`);
    await check(page, `${run.language}: system not found`, A.detail.notFound);
  });

  it('create and edit forms, with validation errors and the conflict alert', async () => {
    const page = await signedInInLanguage();
    const system = run.system;

    // The create form with a 201-character name: the shared schema's message on the field.
    await page.goto(`${baseUrl()}/system/ny`);
    await page.getByRole('heading', { level: 1, name: A.create.title }).waitFor();
    const name = page.getByRole('textbox', { name: t.fields.name });
    await name.fill('x'.repeat(201));
    await page.getByRole('button', { name: A.create.submit }).click();
    await page.getByRole('alert').filter({ hasText: errorSummaryOne(t) }).waitFor();
    await poll(() => name.getAttribute('aria-invalid')).toBe('true');
    await check(page, `${run.language}: create form with a too long name`, A.create.title);

    // The edit form with a client-side error (the name left empty): the whole form and the error summary.
    const editTitle = A.edit.title.replace('{{name}}', system);
    await openEditForm(page, system, t);
    await name.fill('');
    await page.getByRole('button', { name: A.edit.submit }).click();
    await page.getByRole('alert').filter({ hasText: errorSummaryOne(t) }).waitFor();
    await check(page, `${run.language}: edit form with an error`, editTitle);

    // The conflict: the same person in two tabs; the first tab saves, the second is refused.
    const other = await page.context().newPage();
    await openEditForm(other, system, t);
    await page.bringToFront();
    await name.fill(system);
    const cost = (p: Page) => p.getByRole('textbox', { name: t.fields.yearlyCost });
    await cost(page).fill('47000');
    await page.getByRole('button', { name: A.edit.submit }).click();
    await page.waitForURL((url) => !url.pathname.endsWith('/redigera'));
    await other.bringToFront();
    await cost(other).fill('48000');
    await other.getByRole('button', { name: A.edit.submit }).click();
    const conflict = other.getByRole('alert').filter({ hasText: conflictTitle(t) });
    await conflict.waitFor();
    expect(norm(await conflict.textContent())).toContain(t.errors.codes.precondition_failed);
    await check(other, `${run.language}: edit form with the conflict alert`, editTitle);
  });
});
