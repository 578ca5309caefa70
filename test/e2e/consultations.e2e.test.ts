import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../src/server/testing/client.js';
import consultationsSv from '../../src/web/locales/consultations.sv.json';
import documentsSv from '../../src/web/locales/documents.sv.json';
import { baseUrl, demoPassword, expectAccessible, launch, newPage, signIn } from './support.js';

/**
 * Remiss through the real UI (issue 13, item 6): the owner sends a draft on remiss to a department,
 * its head answers with a comment on an item and submits, the owner responds to it and decides the
 * document, and the compiled answers are read on the decided version's page.
 */

const C = consultationsSv.consultations;
const D = documentsSv.documents;
const run = Date.now().toString(36);
const title = `Remisspolicy ${run}`;
const fill = (text: string, values: Record<string, string | number>) => Object.entries(values).reduce((s, [k, v]) => s.replaceAll(`{{${k}}}`, String(v)), text);

let browser: Browser;
let owner: Page;
let head: Page;
let documentId = '';

beforeAll(async () => {
  const admin = new ApiClient(baseUrl());
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
    await dialog.getByRole('button', { name: C.send.submit, exact: true }).click();
    await owner.getByText(fill(C.section.answered, { answered: 0, total: 1 })).waitFor();
    await expectAccessible(owner, 'the document page with its remiss');

    // The department's head finds it under Mina remisser and answers with a comment on the item.
    await head.goto(`${baseUrl()}/remisser`);
    await head.getByRole('link', { name: title }).click();
    await head.getByRole('heading', { name: C.answer.title }).waitFor();
    await expectAccessible(head, 'the answer page');
    await head.getByRole('button', { name: C.answer.add }).click();
    await head.getByLabel(fill(C.answer.target, { n: 1 })).first().click();
    await head.getByRole('option', { name: `P1 Molnet först ${run}` }).click();
    await head.getByRole('textbox', { name: fill(C.answer.comment, { n: 1 }) }).fill('Lägg till krav på exit-strategi.');
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
