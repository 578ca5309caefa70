import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../src/server/testing/client.js';
import { addDays } from '../../src/shared/dates.js';
import { message } from '../../src/shared/messages.js';
import shellSv from '../../src/web/locales/sv.json';
import consultationsSv from '../../src/web/locales/consultations.sv.json';
import documentsSv from '../../src/web/locales/documents.sv.json';
import { baseUrl, demoPassword, expectAccessible, launch, mainNavLink, newPage, signIn } from './support.js';

/**
 * Remiss through the real UI (issue 13, item 6): the owner sends a draft on remiss to a department,
 * its head answers with a comment on an item and submits, the owner responds to it and decides the
 * document, and the compiled answers are read on the decided version's page.
 */

const C = consultationsSv.consultations;
const H = shellSv.home;
const NAV = shellSv.app.nav;
const D = documentsSv.documents;
const run = Date.now().toString(36);
const title = `Remisspolicy ${run}`;
const fill = (text: string, values: Record<string, string | number>) => Object.entries(values).reduce((s, [k, v]) => s.replaceAll(`{{${k}}}`, String(v)), text);

let browser: Browser;
let admin: ApiClient;
let owner: Page;
let head: Page;
let documentId = '';

beforeAll(async () => {
  admin = new ApiClient(baseUrl());
  await admin.login('admin@roder.example', demoPassword());
  const types = (await admin.get('/api/v1/document-types')).body.items as { id: string; key: string }[];
  const created = await admin.post('/api/v1/documents', {
    title,
    typeId: types.find((t) => t.key === 'policy')!.id,
    body: 'Policyn styr IT i kommunen.\n\nDen gäller alla förvaltningar.',
    items: [{ kind: 'principle', number: 'P1', title: `Molnet först ${run}`, text: 'Molntjänster före egen drift.', children: [] }],
  });
  expect(created.status).toBe(201);
  documentId = created.body.id;
  browser = await launch();
  owner = await newPage(browser);
  owner.setDefaultTimeout(30_000);
  await signIn(owner);
  head = await newPage(browser);
  head.setDefaultTimeout(30_000);
  await signIn(head, 'socchef@roder.example');
}, 120_000);

afterAll(async () => {
  await owner?.context().close();
  await head?.context().close();
  await browser?.close();
});

describe('remiss', () => {
  it('is sent to a department, answered by its head, responded to by the owner and compiled with the decided version', async () => {
    // The owner sends the draft on remiss to Socialförvaltningen.
    await owner.goto(`${baseUrl()}/styrdokument/${documentId}`);
    await owner.getByRole('button', { name: C.send.button }).click();
    const dialog = owner.getByRole('dialog');
    await dialog.getByLabel(C.send.departments).click();
    await owner.getByRole('option', { name: 'Socialförvaltningen', exact: true }).click();
    await owner.keyboard.press('Escape');
    await expectAccessible(owner, 'the send-on-remiss dialog');

    // A last date that has passed is refused beside the date field, which takes focus; nothing is sent.
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
    const date = dialog.getByLabel(C.fields.lastAnswerOn);
    await date.fill(addDays(today, -1));
    await dialog.getByRole('button', { name: C.send.submit, exact: true }).click();
    await expect.poll(() => date.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await date.getAttribute('aria-describedby'))!.split(' ');
    const besideDate = await Promise.all(describedBy.map((id) => owner.locator(`[id="${id}"]`).innerText().catch(() => '')));
    expect(besideDate).toContain(message('sv', 'consultation_date_not_future'));
    expect(await date.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await dialog.getByRole('alert').count()).toBe(0);
    await expectAccessible(owner, 'the send-on-remiss dialog with a refused date');
    expect((await admin.get(`/api/v1/documents/${documentId}/consultations`)).body.items).toEqual([]);
    // Correcting the date takes the message away; then it is sent.
    await date.fill(addDays(today, 30));
    await expect.poll(() => date.getAttribute('aria-invalid')).not.toBe('true');
    await dialog.getByRole('button', { name: C.send.submit, exact: true }).click();
    await owner.getByText(fill(C.section.answered, { answered: 0, total: 1 })).waitFor();
    await expectAccessible(owner, 'the document page with its remiss');

    // The department's head is told on the start page, and reaches Mina remisser from there and from the menu.
    await head.goto(`${baseUrl()}/`);
    const todo = head.getByRole('region', { name: H.todo.title });
    const waiting = todo.getByRole('link', { name: fill(H.todo.consultations_one, { count: 1 }) });
    await waiting.waitFor();
    // Nothing else waits for the head: no line for assignments.
    expect(await todo.getByRole('listitem').count()).toBe(1);
    await expectAccessible(head, 'the start page with its to-do panel');
    await waiting.click();
    await head.getByRole('heading', { level: 1, name: C.mine.title }).waitFor();
    await head.goto(`${baseUrl()}/`);
    const menu = head.getByRole('navigation', { name: NAV.label });
    await (await mainNavLink(menu, NAV.groups.governance, NAV.myConsultations)).click();
    await head.getByRole('heading', { level: 1, name: C.mine.title }).waitFor();
    expect(await (await mainNavLink(menu, NAV.groups.governance, NAV.myConsultations)).getAttribute('aria-current')).toBe('page');
    expect(await menu.getByRole('link', { name: NAV.documents }).getAttribute('aria-current')).toBeNull();
    await expectAccessible(head, 'Mina remisser');

    // The head answers with a comment on the item.
    await head.getByRole('link', { name: title }).click();
    await head.getByRole('heading', { name: C.answer.title }).waitFor();
    await expectAccessible(head, 'the answer page');
    await head.getByRole('button', { name: C.answer.add }).click();
    await head.getByLabel(fill(C.answer.target, { n: 1 })).first().click();
    await head.getByRole('option', { name: `P1 Molnet först ${run}` }).click();
    // An empty comment is refused beside its text box, which takes focus.
    const commentBox = head.getByRole('textbox', { name: fill(C.answer.comment, { n: 1 }) });
    await head.getByRole('button', { name: C.answer.save }).click();
    await expect.poll(() => commentBox.getAttribute('aria-invalid')).toBe('true');
    expect(await commentBox.evaluate((element) => element === document.activeElement)).toBe(true);
    await expectAccessible(head, 'the answer page with a refused comment');
    await commentBox.fill('Lägg till krav på exit-strategi.');
    await head.getByRole('button', { name: C.answer.save }).click();
    await expect.poll(() => head.getByRole('button', { name: C.answer.submit }).isEnabled()).toBe(true);
    await head.setViewportSize({ width: 375, height: 900 });
    await head.screenshot({ path: 'test-results/remiss-answer-375.png', fullPage: true });
    const overflow = await head.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(head, 'the answer page on a phone');
    await head.getByRole('button', { name: C.answer.submit }).click();
    await head.getByText(C.answer.isSubmitted, { exact: true }).first().waitFor();

    // The owner reads the answer beside the item and responds to it.
    await owner.goto(`${baseUrl()}/styrdokument/${documentId}`);
    await owner.getByRole('link', { name: new RegExp(C.section.round.split('{{')[0]!) }).click();
    await owner.getByText('Lägg till krav på exit-strategi.').waitFor();
    const form = owner.getByRole('form', { name: fill(C.respond.formLabel, { name: 'Socialförvaltningen' }) });
    await form.getByRole('radio', { name: C.response.partly }).check();
    await form.getByRole('textbox', { name: C.respond.text }).fill('Exit-strategi krävs i riktlinjen för molntjänster.');
    await form.getByRole('button', { name: C.respond.save }).click();
    await owner.getByText(`${C.response.partly}: Exit-strategi krävs i riktlinjen för molntjänster.`).waitFor();
    await expectAccessible(owner, 'the remiss page with the answers beside the text');

    // The owner decides the document, and the compiled answers are kept with version 1.
    await owner.goto(`${baseUrl()}/styrdokument/${documentId}`);
    await owner.getByRole('button', { name: D.actions.decide, exact: true }).click();
    const decide = owner.getByRole('dialog');
    await decide.getByRole('textbox', { name: D.fields.diarienummer }).fill('KS 2026/0099');
    await decide.getByRole('button', { name: D.actions.decideConfirm }).click();
    await decide.waitFor({ state: 'hidden' });
    await owner.goto(`${baseUrl()}/styrdokument/${documentId}/version/1`);
    await owner.getByRole('heading', { name: C.compiled.title }).waitFor();
    const row = owner.getByRole('row', { name: /exit-strategi/ });
    await expect.poll(() => row.innerText()).toMatch(/Socialförvaltningen[\s\S]*P1 Molnet först[\s\S]*Lägg till krav på exit-strategi\.[\s\S]*Delvis beaktad: Exit-strategi krävs/);
    await expectAccessible(owner, 'the decided version with its compiled remiss answers');
  }, 180_000);
});
