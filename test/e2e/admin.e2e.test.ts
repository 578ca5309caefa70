import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { message } from '../../src/shared/messages.js';
import { en, sv } from './admin-words.js';
import { baseUrl, chooseLanguage, expectAccessible, launch, newPage, openAccount, signIn } from './support.js';

/**
 * The admin area (people, departments, archived systems), "Mitt konto" and the language choice,
 * through the real UI. Everything this file creates it archives again, so the demo register that
 * other files count stays as it was; the demo admin's stored language is never changed.
 */

let browser: Browser;
const pages: Page[] = [];
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await cleanUp();
  await Promise.all(pages.map((page) => page.context().close()));
  await browser?.close();
});

const run = Date.now().toString(36);
const chief = {
  name: `Tove Testsson ${run}`,
  email: `tove.${run}@roder.example`,
  password: 'första-lösenordet-123',
  newPassword: 'ett-nytt-långt-lösenord',
};
const secondAdmin = { name: `Alex Admin ${run}`, email: `alex.${run}@roder.example`, password: 'andra-admins-lösenord' };
const department = { name: `Testförvaltningen ${run}`, renamed: `Provförvaltningen ${run}`, code: 'TST' };
const systemName = `Testsystem ${run}`;

const fill = (text: string, values: Record<string, string | number>) =>
  Object.entries(values).reduce((s, [key, value]) => s.replaceAll(`{{${key}}}`, String(value)), text);

async function open(): Promise<Page> {
  const page = await newPage(browser);
  page.setDefaultTimeout(15_000);
  pages.push(page);
  return page;
}

/** Signs in with any password through the login form, optionally after picking English there. */
async function signInAs(page: Page, email: string, password: string, pickEnglish = false) {
  await page.goto(`${baseUrl()}/logga-in`);
  if (pickEnglish) {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: en.session.login.title }).waitFor();
  }
  await page.locator('input[type=email]').fill(email);
  await page.locator('input[type=password]').fill(password);
  await page.locator('button[type=submit]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/logga-in'));
}

/** A form field by its label, with or without the required marker Mantine adds (" *"). */
const labelled = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`);

/** axe on a page at rest: a dialog fading in would be measured half transparent. */
async function check(page: Page, label: string) {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  await expectAccessible(page, label);
}

async function heading(page: Page, name: string) {
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
}

/** A call to the API as the page's person (setup and clean-up only), with the session's CSRF token. */
async function api(page: Page, method: string, path: string, body?: unknown, ifMatch?: number) {
  const session = await page.request.get(`${baseUrl()}/api/v1/session`);
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const headers: Record<string, string> = { 'X-CSRF-Token': csrfToken };
  if (ifMatch !== undefined) headers['If-Match'] = `"${ifMatch}"`;
  const response = await page.request.fetch(`${baseUrl()}/api/v1${path}`, { method, headers, data: body });
  return { status: response.status(), body: response.status() === 204 ? null : await response.json() };
}

async function personByEmail(page: Page, email: string) {
  const { body } = await api(page, 'GET', '/people');
  return (body as { items: { id: string; email: string | null; rowVersion: number; name: string }[] }).items.find(
    (p) => p.email === email,
  );
}

let admin: Page;
let englishAdmin: Page;

/** Whatever a failed run left live is archived, so the next files see the demo data as seeded. */
async function cleanUp() {
  if (!admin || admin.isClosed()) return;
  for (const email of [chief.email, secondAdmin.email]) {
    const person = await personByEmail(admin, email).catch(() => undefined);
    if (person) await api(admin, 'DELETE', `/people/${person.id}`, undefined, person.rowVersion);
  }
  const { body: departments } = await api(admin, 'GET', '/departments');
  for (const d of (departments as { items: { id: string; name: string; rowVersion: number }[] }).items) {
    if (d.name === department.name || d.name === department.renamed) await api(admin, 'DELETE', `/departments/${d.id}`, undefined, d.rowVersion);
  }
  const { body: systems } = await api(admin, 'GET', `/applications?q=${encodeURIComponent(systemName)}`);
  for (const s of (systems as { items: { id: string; name: string }[] }).items) {
    if (s.name !== systemName) continue;
    const { body: detail } = await api(admin, 'GET', `/applications/${s.id}`);
    await api(admin, 'DELETE', `/applications/${s.id}`, undefined, (detail as { rowVersion: number }).rowVersion);
  }
}

describe('the admin area', () => {
  it('is in the menu for an admin, with an overview of its parts', async () => {
    admin = await open();
    await signIn(admin);
    const mainNav = admin.getByRole('navigation', { name: sv.app.nav.label });
    await mainNav.getByRole('link', { name: sv.app.nav.admin }).click();
    await heading(admin, sv.admin.title);
    const adminNav = admin.getByRole('navigation', { name: sv.admin.nav.label });
    for (const part of [sv.admin.people.title, sv.admin.departments.title, sv.admin.archivedSystems.title]) {
      expect(await adminNav.getByRole('link', { name: part }).count()).toBe(1);
    }
    await check(admin, 'admin: översikt');
  });

  it('adds a person with a login role; the server names the missing first password on its field', async () => {
    const t = sv.organisation.people;
    await admin.getByRole('navigation', { name: sv.admin.nav.label }).getByRole('link', { name: sv.admin.people.title }).click();
    await heading(admin, sv.admin.people.title);
    await admin.getByRole('row').nth(5).waitFor();
    await check(admin, 'admin: personer');

    await admin.getByRole('link', { name: t.create }).click();
    await heading(admin, t.createTitle);
    // Empty: the summary lists the error and takes focus.
    await admin.getByRole('button', { name: t.createSubmit }).click();
    await admin.getByRole('alert').filter({ hasText: sv.common.errorSummary_one }).waitFor();
    await check(admin, 'admin: ny person med fel');

    await admin.getByLabel(labelled(t.fields.name)).fill(chief.name);
    await admin.getByLabel(labelled(t.fields.email)).fill(chief.email);
    await admin.getByLabel(labelled(t.fields.title)).fill('Testchef');
    await admin.getByLabel(labelled(t.fields.roleKey)).selectOption({ label: 'Förvaltningschef' });
    // A role within a department: the form asks for one before the round trip.
    await admin.getByRole('button', { name: t.createSubmit }).click();
    await admin.getByText(message('sv', 'role_needs_department')).first().waitFor();
    await admin.getByLabel(labelled(t.fields.departmentId)).selectOption({ label: 'Socialförvaltningen' });
    // No first password: the server says so on the password field (400, field initialPassword).
    await admin.getByRole('button', { name: t.createSubmit }).click();
    const passwordField = admin.getByLabel(labelled(t.fields.initialPassword));
    await expect.poll(() => passwordField.getAttribute('aria-invalid'), { timeout: 10_000 }).toBe('true');
    await admin.getByText(/första lösenord \(minst 12 tecken\)/).first().waitFor();
    await passwordField.fill(chief.password);
    await admin.getByRole('button', { name: t.createSubmit }).click();

    await heading(admin, sv.admin.people.title);
    await admin.getByText(fill(t.createDone, { name: chief.name })).waitFor();
    const row = admin.getByRole('row').filter({ has: admin.getByRole('rowheader', { name: chief.name }) });
    await expect.poll(() => row.textContent()).toContain('Förvaltningschef');
  });

  it('lets the new person sign in, in a page of their own, as their role', async () => {
    const page = await open();
    await signInAs(page, chief.email, chief.password);
    await heading(page, sv.home.title);
    const banner = page.getByRole('banner');
    await expect.poll(() => banner.textContent()).toContain(chief.name);
    // The role and municipality are in the header's account panel.
    expect(await (await openAccount(page)).textContent()).toContain('Förvaltningschef, Roders kommun');
    // Not an admin: no way into the admin area, and the address says so in words.
    expect(await page.getByRole('link', { name: sv.app.nav.admin }).count()).toBe(0);
    await page.goto(`${baseUrl()}/admin/personer`);
    await heading(page, sv.app.forbidden.title);
    await page.context().close();
  });

  it('edits the person, and a save over someone else’s shows the server’s message and reloads', async () => {
    const t = sv.organisation.people;
    const person = await personByEmail(admin, chief.email);
    await admin.goto(`${baseUrl()}/admin/personer/${person!.id}/redigera`);
    await heading(admin, fill(t.editTitle, { name: chief.name }));
    await check(admin, 'admin: redigera person');
    // The person has a login: an admin can lift a hold that failed sign-ins put on it.
    await admin.getByRole('button', { name: t.signInHold.lift }).click();
    await admin.getByText(fill(t.signInHold.lifted, { name: chief.name })).waitFor();

    // Someone else saves first.
    const changed = await api(admin, 'PUT', `/people/${person!.id}`, {
      name: chief.name,
      email: chief.email,
      title: 'Socialchef (ändrad av någon annan)',
      departmentId: await departmentId('Socialförvaltningen'),
      roleKey: 'forvaltningschef',
    }, person!.rowVersion);
    expect(changed.status).toBe(200);

    await admin.getByLabel(labelled(t.fields.title)).fill('Min ändring');
    await admin.getByRole('button', { name: t.editSubmit }).click();
    const conflict = admin.getByRole('alert').filter({ hasText: sv.common.conflict.title });
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('Någon annan har sparat ändringar sedan du öppnade posten');
    await check(admin, 'admin: person, krock');
    await conflict.getByRole('button', { name: sv.common.conflict.reload }).click();
    await expect.poll(() => admin.getByLabel(labelled(t.fields.title)).inputValue()).toBe('Socialchef (ändrad av någon annan)');

    await admin.getByLabel(labelled(t.fields.title)).fill('Socialchef');
    await admin.getByRole('button', { name: t.editSubmit }).click();
    await heading(admin, sv.admin.people.title);
    await admin.getByText(fill(t.editDone, { name: chief.name })).waitFor();
  });

  it('refuses to archive a person who still owns systems, with the reason', async () => {
    const t = sv.organisation.people;
    await admin.getByRole('button', { name: `${t.archive} Karin Nyström` }).click();
    const dialog = admin.getByRole('dialog');
    await dialog.getByRole('button', { name: t.archive, exact: true }).click();
    await dialog.getByText(/Personen ansvarar för \d+ system, styrdokument, nyckeltal eller projekt/).waitFor();
    await check(admin, 'admin: arkivera person, vägrad');
    await dialog.getByRole('button', { name: sv.common.cancel }).click();
    await dialog.waitFor({ state: 'hidden' });
  });
});

async function departmentId(name: string): Promise<string> {
  const { body } = await api(admin, 'GET', '/departments');
  return (body as { items: { id: string; name: string }[] }).items.find((d) => d.name === name)!.id;
}

describe('departments', () => {
  it('adds, renames and archives a department; one in use is refused with the reason', async () => {
    const t = sv.organisation.departments;
    await admin.getByRole('navigation', { name: sv.admin.nav.label }).getByRole('link', { name: sv.admin.departments.title }).click();
    await heading(admin, sv.admin.departments.title);
    await admin.getByRole('rowheader', { name: 'Socialförvaltningen' }).waitFor();
    await check(admin, 'admin: förvaltningar');

    const add = admin.getByRole('region', { name: t.createTitle });
    await add.getByLabel(labelled(t.fields.name)).fill(department.name);
    await add.getByLabel(labelled(t.fields.code)).fill(department.code);
    await add.getByRole('button', { name: t.createSubmit }).click();
    await admin.getByRole('rowheader', { name: department.name }).waitFor();

    await admin.getByRole('button', { name: `${t.rename} ${department.name}` }).click();
    const dialog = admin.getByRole('dialog');
    await dialog.getByLabel(labelled(t.fields.name)).waitFor();
    await check(admin, 'admin: byt namn på förvaltning');
    await dialog.getByLabel(labelled(t.fields.name)).fill(department.renamed);
    await dialog.getByRole('button', { name: t.renameSubmit }).click();
    await admin.getByRole('rowheader', { name: department.renamed }).waitFor();
    expect(await admin.getByRole('rowheader', { name: department.name, exact: true }).count()).toBe(0);

    // In use: people and systems belong to it.
    await admin.getByRole('button', { name: `${t.archive} Socialförvaltningen` }).click();
    await admin.getByRole('dialog').getByRole('button', { name: t.archive, exact: true }).click();
    await admin.getByRole('dialog').getByText(/Förvaltningen används av \d+ personer och \d+ system/).waitFor();
    await check(admin, 'admin: arkivera förvaltning, vägrad');
    await admin.getByRole('dialog').getByRole('button', { name: sv.common.cancel }).click();
    await admin.getByRole('dialog').waitFor({ state: 'hidden' });

    await admin.getByRole('button', { name: `${t.archive} ${department.renamed}` }).click();
    await admin.getByRole('dialog').getByRole('button', { name: t.archive, exact: true }).click();
    await admin.getByText(fill(t.archiveDone, { name: department.renamed })).waitFor();
    await expect.poll(() => admin.getByRole('rowheader', { name: department.renamed }).count()).toBe(0);
    // The row and its button are gone: focus is on the page's heading, not lost on the body.
    await expect.poll(() => admin.evaluate(() => document.activeElement?.textContent)).toBe(sv.admin.departments.title);
  });
});

describe('archived systems', () => {
  it('archives a system and restores it from the archived list and from its own page', async () => {
    const a = sv.applications;
    // A system of this test's own, so the demo register is left as seeded.
    await admin.goto(`${baseUrl()}/system/ny`);
    await heading(admin, a.create.title);
    await admin.getByLabel(labelled(sv.fields.name)).fill(systemName);
    // Integration targets come from the names call: the demo's systems are offered.
    await admin.getByRole('combobox', { name: sv.fields.integrations_targetId }).fill('Adato');
    await admin.getByRole('option', { name: 'Adato', exact: true }).waitFor();
    await admin.keyboard.press('Escape');
    await admin.getByRole('combobox', { name: sv.fields.integrations_targetId }).fill('');
    await admin.getByRole('button', { name: a.create.submit }).click();
    await heading(admin, systemName);

    const archive = async () => {
      await admin.getByRole('button', { name: a.actions.archive, exact: true }).click();
      await admin.getByRole('dialog').getByRole('button', { name: a.actions.archive, exact: true }).click();
      await admin.waitForURL((url) => url.pathname === '/system');
    };
    await archive();

    await admin.goto(`${baseUrl()}/admin/arkiverade-system`);
    await heading(admin, sv.admin.archivedSystems.title);
    await admin.getByRole('rowheader', { name: systemName }).waitFor();
    await check(admin, 'admin: arkiverade system');

    // Restore from the list.
    await admin.getByRole('button', { name: `${a.restore.action} ${systemName}` }).click();
    await admin.getByRole('dialog').getByRole('button', { name: a.restore.action, exact: true }).click();
    await admin.getByText(fill(a.restore.done, { name: systemName })).waitFor();
    await expect.poll(() => admin.getByRole('rowheader', { name: systemName }).count()).toBe(0);

    // Archive again, then restore from the system's own page, which says it is archived.
    await admin.goto(`${baseUrl()}/system?q=${encodeURIComponent(systemName)}`);
    await admin.getByRole('link', { name: systemName }).click();
    await heading(admin, systemName);
    await archive();
    await admin.goto(`${baseUrl()}/admin/arkiverade-system`);
    await admin.getByRole('link', { name: systemName }).click();
    await heading(admin, systemName);
    await admin.getByText(a.archived.noticeTitle).waitFor();
    expect(await admin.getByRole('link', { name: a.actions.edit }).count()).toBe(0);
    await check(admin, 'system: arkiverat');
    await admin.getByRole('button', { name: a.restore.action, exact: true }).click();
    await admin.getByRole('dialog').getByRole('button', { name: a.restore.action, exact: true }).click();
    await admin.getByRole('link', { name: a.actions.edit }).waitFor();
    expect(await admin.getByText(a.archived.noticeTitle).count()).toBe(0);

    // Back in the register, newest change first by "Senast ändrad".
    await admin.goto(`${baseUrl()}/system`);
    const column = admin.getByRole('columnheader', { name: sv.fields.updatedAt });
    await column.getByRole('button').click();
    await expect.poll(() => column.getAttribute('aria-sort')).toBe('ascending');
    await column.getByRole('button').click();
    await expect.poll(() => column.getAttribute('aria-sort')).toBe('descending');
    await expect.poll(() => admin.getByRole('rowheader').first().textContent()).toBe(systemName);
    expect(new URL(admin.url()).searchParams.get('sort')).toBe('updatedAt');
  });
});

describe('my account', () => {
  it('changes the password: a wrong current one is named on its field, then the new one works', async () => {
    const t = sv.session.password;
    const page = await open();
    await signInAs(page, chief.email, chief.password);
    await (await openAccount(page)).getByRole('link', { name: sv.app.user.account }).click();
    await heading(page, sv.session.account.title);
    await check(page, 'mitt konto');

    await page.getByLabel(labelled(t.fields.currentPassword)).fill('inte-mitt-lösenord');
    await page.getByLabel(labelled(t.fields.newPassword)).fill(chief.newPassword);
    await page.getByLabel(labelled(t.fields.repeatPassword)).fill(chief.newPassword);
    await page.getByRole('button', { name: t.submit }).click();
    await page.getByRole('alert').filter({ hasText: 'Nuvarande lösenord stämmer inte.' }).waitFor();
    expect(await page.getByLabel(labelled(t.fields.currentPassword)).getAttribute('aria-invalid')).toBe('true');
    await check(page, 'mitt konto: fel lösenord');

    await page.getByLabel(labelled(t.fields.currentPassword)).fill(chief.password);
    await page.getByRole('button', { name: t.submit }).click();
    await page.getByText(t.done).waitFor();
    expect(await page.getByLabel(labelled(t.fields.currentPassword)).inputValue()).toBe('');
    await page.context().close();

    const again = await open();
    await signInAs(again, chief.email, chief.newPassword);
    await heading(again, sv.home.title);
    await again.context().close();
  });
});

describe('language', () => {
  it('keeps a language picked on the login page after signing in, and stores the header switch', async () => {
    // A second admin, so the demo admin's stored language is never touched.
    const created = await api(admin, 'POST', '/people', {
      name: secondAdmin.name,
      email: secondAdmin.email,
      title: null,
      departmentId: null,
      roleKey: 'admin',
      initialPassword: secondAdmin.password,
    });
    expect(created.status).toBe(201);

    // No stored choice yet: English picked on the login page carries over.
    const page = await open();
    englishAdmin = page;
    await signInAs(page, secondAdmin.email, secondAdmin.password, true);
    await heading(page, en.home.title);
    expect(await page.getAttribute('html', 'lang')).toBe('en');

    // The header switch stores Swedish: a browser that remembers English (but where nobody
    // picked it now) opens in the stored Swedish.
    await chooseLanguage(page, 'Svenska');
    await heading(page, sv.home.title);
    const other = await open();
    await other.goto(`${baseUrl()}/logga-in`);
    await other.evaluate(() => window.localStorage.setItem('roder.language', 'en'));
    await other.reload();
    await heading(other, en.session.login.title);
    await signInAs(other, secondAdmin.email, secondAdmin.password);
    await heading(other, sv.home.title);
    await other.context().close();

    // Stored Swedish, but English picked on the login page: the new pick wins and is stored.
    await (await openAccount(page)).getByRole('button', { name: sv.app.logout }).click();
    await page.waitForURL(/logga-in/);
    await signInAs(page, secondAdmin.email, secondAdmin.password, true);
    await heading(page, en.home.title);
    await page.reload();
    await heading(page, en.home.title);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const fresh = await open();
    await signInAs(fresh, secondAdmin.email, secondAdmin.password);
    await heading(fresh, en.home.title);
    await fresh.context().close();
  });

  it('has every admin page and my account accessible in English, and archives in English', async () => {
    const page = englishAdmin;
    const p = en.organisation.people;
    const person = await personByEmail(page, chief.email);
    const checks: [string, string][] = [
      ['/admin', en.admin.title],
      ['/admin/personer', en.admin.people.title],
      ['/admin/personer/ny', p.createTitle],
      [`/admin/personer/${person!.id}/redigera`, fill(p.editTitle, { name: chief.name })],
      ['/admin/forvaltningar', en.admin.departments.title],
      ['/admin/arkiverade-system', en.admin.archivedSystems.title],
      ['/admin/granskningslogg', en.admin.audit.title],
      ['/mitt-konto', en.session.account.title],
    ];
    for (const [path, title] of checks) {
      await page.goto(`${baseUrl()}${path}`);
      await heading(page, title);
      await page.waitForLoadState('networkidle');
      await check(page, `en: ${path}`);
    }

    // The person leaves: archived from the list, and their login ends.
    await page.goto(`${baseUrl()}/admin/personer`);
    await page.getByRole('button', { name: `${p.archive} ${chief.name}` }).click();
    await page.getByRole('dialog').getByText(p.archiveBodyLogin).waitFor();
    await check(page, 'en: archive a person');
    await page.getByRole('dialog').getByRole('button', { name: p.archive, exact: true }).click();
    await page.getByText(fill(p.archiveDone, { name: chief.name })).waitFor();
    await expect.poll(() => page.getByRole('rowheader', { name: chief.name }).count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(en.admin.people.title);
  });
});
