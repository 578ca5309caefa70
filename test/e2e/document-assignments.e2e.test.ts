import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../src/server/testing/client.js';
import documentsSv from '../../src/web/locales/documents.sv.json';
import shellSv from '../../src/web/locales/sv.json';
import { baseUrl, checkPage, demoPassword, launch, mainNavLink, newPage, openDialog, signedIn } from './support.js';

/**
 * A steering document's responsibility table and assignments in the browser (issue 13, item 7),
 * and its decided versions on the public pages (item 8): the admin edits the table of the AI
 * guideline on remiss and gives an assignment on one of its principles to the IT-chef, who finds
 * it under Mina uppdrag (from the main menu), sets it to klar and reads its history; the admin then
 * changes its text, owner and deadline (meeting a conflict on the way), and the new owner is told on
 * the start page. Every page is checked with axe.
 */

const D = documentsSv.documents;
const A = D.assignments;
const H = shellSv.home;
const NAV = shellSv.app.nav;
const R = D.responsibilities;
const run = Date.now().toString(36);
const party = `Digitaliseringsrådet ${run}`;
const assignmentTitle = `Ta fram en utbildning i AI ${run}`;
const editedTitle = `Håll en utbildning i AI för chefer ${run}`;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

async function openDocument(page: Page, title: string) {
  await page.goto(`${baseUrl()}/styrdokument`);
  await page.getByRole('link', { name: title }).first().click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

describe('responsibilities and assignments', () => {
  it('shows the demo IT policy’s responsibility table and assignments', async () => {
    const page = await signedIn(browser);
    await openDocument(page, 'IT-policy för Roders kommun');
    const table = page.getByRole('region', { name: R.title });
    await table.getByRole('rowheader', { name: 'Kommunstyrelsen' }).waitFor();
    await table.getByRole('cell', { name: 'Maria Ekström' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'En it-säkerhetspolicy ska under perioden skapas' }).waitFor();
    expect(await page.getByText(A.overdue, { exact: true }).count()).toBeGreaterThan(0);
    // A decided document's table is changed through a revision: no edit button.
    expect(await page.getByRole('button', { name: R.edit }).count()).toBe(0);
    await checkPage(page, 'sv: IT-policy med ansvarsfördelning och uppdrag');
    await page.context().close();
  });

  it('edits a document’s table and gives an assignment on one of its items', async () => {
    const admin = await signedIn(browser);
    await openDocument(admin, 'Riktlinje för användning av AI-tjänster');
    await admin.getByRole('button', { name: R.edit }).click();
    await admin.getByRole('button', { name: R.addRow }).click();
    // An empty row is refused, naming the fields, before anything is sent.
    await admin.getByRole('button', { name: R.save }).click();
    await admin.getByText(R.partyRequired).first().waitFor();
    await admin.getByRole('textbox', { name: R.party }).last().fill(party);
    await admin.getByRole('textbox', { name: R.responsibility }).last().fill('Följer upp hur AI används i förvaltningarna.');
    await checkPage(admin, 'sv: ansvarsfördelning i redigering');
    await admin.getByRole('button', { name: R.save }).click();
    await admin.getByRole('rowheader', { name: party }).waitFor();

    await admin.getByRole('button', { name: A.add }).click();
    const dialog = await openDialog(admin);
    await dialog.getByRole('combobox', { name: A.fields.itemId }).click();
    await admin.getByRole('option', { name: /A1 Personuppgifter/ }).click();
    await dialog.getByRole('textbox', { name: A.fields.title }).fill(assignmentTitle);
    await dialog.getByRole('combobox', { name: A.fields.ownerId }).fill('Maria');
    await admin.getByRole('option', { name: 'Maria Ekström' }).click();
    await dialog.getByLabel(A.fields.dueOn).fill('2030-06-30');
    await checkPage(admin, 'sv: nytt uppdrag');
    await dialog.getByRole('button', { name: A.create }).click();
    await admin.getByRole('heading', { level: 3, name: assignmentTitle }).waitFor();
    await checkPage(admin, 'sv: styrdokument med uppdrag');
    await admin.context().close();
  }, 120_000);

  it('lets the owner find the assignment under Mina uppdrag, set it to klar and read its history', async () => {
    const owner = await signedIn(browser, 'itchef@roder.example');
    await owner.goto(`${baseUrl()}/`);
    const menu = owner.getByRole('navigation', { name: NAV.label });
    await (await mainNavLink(menu, NAV.groups.governance, NAV.myAssignments)).click();
    await owner.getByRole('heading', { level: 1, name: A.mine }).waitFor();
    // Mina uppdrag lies under Styrdokument, but the menu marks only its own link.
    expect(await (await mainNavLink(menu, NAV.groups.governance, NAV.myAssignments)).getAttribute('aria-current')).toBe('page');
    expect(await menu.getByRole('link', { name: NAV.documents }).getAttribute('aria-current')).toBeNull();
    const card = owner.getByRole('listitem').filter({ has: owner.getByRole('heading', { level: 3, name: assignmentTitle }) });
    await card.waitFor();
    await checkPage(owner, 'sv: mina uppdrag');
    await card.getByRole('button', { name: A.setStatusFor.replace('{{title}}', assignmentTitle) }).click();
    const statusDialog = await openDialog(owner);
    await statusDialog.getByRole('radio', { name: A.status.done }).check();
    await statusDialog.getByRole('button', { name: A.saveStatus }).click();
    await statusDialog.getByText(A.commentRequired).first().waitFor();
    await statusDialog.getByRole('textbox', { name: A.fields.statusComment }).fill('Utbildningen hölls i maj.');
    await checkPage(owner, 'sv: ändra status');
    await statusDialog.getByRole('button', { name: A.saveStatus }).click();
    await card.getByText(A.status.done, { exact: true }).waitFor();
    await card.getByText('Kommentar: Utbildningen hölls i maj.').waitFor();

    await card.getByRole('button', { name: A.showHistory }).click();
    // The status change, from ej påbörjat to klart, in words, with the comment it was given.
    await card.getByText(A.status.not_started, { exact: true }).first().waitFor();
    await card.getByText(A.fields.statusComment, { exact: true }).first().waitFor();
    await checkPage(owner, 'sv: uppdragets historik');
    await owner.context().close();
  }, 120_000);

  it('lets the admin change the assignment’s text, owner and deadline, keeping what was typed through a conflict', async () => {
    const admin = await signedIn(browser);
    await openDocument(admin, 'Riktlinje för användning av AI-tjänster');
    const documentId = new URL(admin.url()).pathname.split('/').pop()!;
    const card = admin.getByRole('listitem').filter({ has: admin.getByRole('heading', { level: 3, name: assignmentTitle }) });
    await card.getByRole('button', { name: A.editFor.replace('{{title}}', assignmentTitle) }).click();
    const dialog = await openDialog(admin);
    await dialog.getByRole('textbox', { name: A.fields.title }).fill(editedTitle);
    await dialog.getByRole('textbox', { name: A.fields.description }).fill('För förvaltningarnas ledningsgrupper.');
    await dialog.getByRole('combobox', { name: A.fields.ownerId }).fill('Ahmed');
    await admin.getByRole('option', { name: 'Ahmed Hassan' }).click();
    await dialog.getByLabel(A.fields.dueOn).fill('2031-03-31');
    await checkPage(admin, 'sv: ändra uppdrag');

    // Meanwhile someone else changes the assignment: the save is refused and nothing typed is lost.
    const api = new ApiClient(baseUrl());
    await api.login('admin@roder.example', demoPassword());
    const list = await api.get(`/api/v1/documents/${documentId}/assignments`);
    const current = (list.body.items as { id: string; itemId: string; title: string; ownerId: string; dueOn: string; rowVersion: number }[]).find((a) => a.title === assignmentTitle)!;
    const other = await api.put(`/api/v1/assignments/${current.id}`, { itemId: current.itemId, title: current.title, description: 'Ändrad av någon annan.', ownerId: current.ownerId, dueOn: current.dueOn }, { 'If-Match': `"${current.rowVersion}"` });
    expect(other.status).toBe(200);
    await dialog.getByRole('button', { name: A.save }).click();
    await dialog.getByText(A.editConflict).waitFor();
    await checkPage(admin, 'sv: ändra uppdrag med konflikt');
    await dialog.getByRole('button', { name: shellSv.common.conflict.reload }).click();
    await dialog.getByText(A.editConflict).waitFor({ state: 'hidden' });
    expect(await dialog.getByRole('textbox', { name: A.fields.title }).inputValue()).toBe(editedTitle);
    expect(await dialog.getByRole('textbox', { name: A.fields.description }).inputValue()).toBe('För förvaltningarnas ledningsgrupper.');
    expect(await dialog.getByRole('combobox', { name: A.fields.ownerId }).inputValue()).toBe('Ahmed Hassan');
    expect(await dialog.getByLabel(A.fields.dueOn).inputValue()).toBe('2031-03-31');
    await dialog.getByRole('button', { name: A.save }).click();
    await dialog.waitFor({ state: 'hidden' });

    const edited = admin.getByRole('listitem').filter({ has: admin.getByRole('heading', { level: 3, name: editedTitle }) });
    await edited.getByText(/ansvarig Ahmed Hassan · klart senast 2031-03-31/).waitFor();
    await edited.getByText('För förvaltningarnas ledningsgrupper.').waitFor();
    // The history names each change with its before and after.
    await edited.getByRole('button', { name: A.showHistory }).click();
    await edited.getByText(editedTitle).nth(1).waitFor();
    await edited.getByText(assignmentTitle).first().waitFor();
    await edited.getByText('Ahmed Hassan').nth(1).waitFor();
    await edited.getByText('2031-03-31').nth(1).waitFor();
    await checkPage(admin, 'sv: ändrat uppdrag med historik');
    await admin.context().close();
  }, 120_000);

  it('shows the new owner what waits on the start page, overdue assignments flagged, and leads to Mina uppdrag', async () => {
    const owner = await signedIn(browser, 'digstrateg@roder.example');
    await owner.goto(`${baseUrl()}/`);
    const todo = owner.getByRole('region', { name: H.todo.title });
    // The demo's overdue mall för nyttovärdering is open; the edited assignment is klar and not counted.
    const link = todo.getByRole('link', { name: H.todo.assignments_one.replace('{{count}}', '1') });
    await link.waitFor();
    await todo.getByText(H.todo.overdue_one.replace('{{count}}', '1')).waitFor();
    await checkPage(owner, 'sv: startsidan med att göra');
    await link.click();
    await owner.getByRole('heading', { level: 1, name: A.mine }).waitFor();
    await owner.getByRole('heading', { level: 3, name: editedTitle }).waitFor();
    await owner.getByRole('heading', { level: 3, name: 'Ta fram en mall för nyttovärdering av IT-projekt' }).waitFor();
    await owner.context().close();
  }, 120_000);
});

describe('decided versions on the public pages', () => {
  it('links every decided version from the public document page and shows it on its own with its decision', { timeout: 120_000 }, async () => {
    const admin = await signedIn(browser);
    await openDocument(admin, 'IT-policy för Roders kommun');
    await admin.getByRole('link', { name: D.detail.publicLink }).click();
    await admin.waitForURL(/\/offentlig\/[0-9a-f-]{36}\/styrdokument\/[0-9a-f-]{36}$/);
    const publicUrl = new URL(admin.url()).pathname;
    await admin.context().close();

    const anonymous = await newPage(browser);
    await anonymous.goto(`${baseUrl()}${publicUrl}`);
    await anonymous.getByRole('heading', { level: 2, name: D.public.versions }).waitFor();
    await checkPage(anonymous, 'sv: offentligt styrdokument med versioner');
    await anonymous.getByRole('link', { name: D.public.versionLink.replace('{{version}}', '1') }).click();
    await anonymous.waitForURL(/\/version\/1$/);
    await anonymous.getByRole('heading', { level: 2, name: D.public.decisionHeading }).waitFor();
    await anonymous.getByText('KS 2021/0147', { exact: true }).waitFor();
    await anonymous.getByText('Kommunfullmäktige').first().waitFor();
    await anonymous.getByRole('rowheader', { name: 'Kommunstyrelsen' }).waitFor();
    await checkPage(anonymous, 'sv: offentlig beslutad version');

    // A version that was never decided is not there.
    await anonymous.goto(`${baseUrl()}${publicUrl}/version/99`);
    await anonymous.getByText(D.public.versionNotFound).waitFor();
    await checkPage(anonymous, 'sv: offentlig version som inte finns');
    await anonymous.context().close();
  });
});
