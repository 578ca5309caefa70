import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../src/server/testing/client.js';
import { systemInput } from '../../src/server/testing/fixtures.js';
import handoverSv from '../../src/web/locales/handover.sv.json';
import { sv } from './admin-words.js';
import { baseUrl, demoPassword, expectAccessible, launch, newPage, signIn } from './support.js';

/**
 * When someone leaves, through the real UI: a person who owns two systems and a steering document
 * is handed over to a successor and deactivated in one step, and the system page names the new
 * owner. The systems are archived again afterwards, so the demo register other files count is as
 * it was.
 */

const H = handoverSv.handover;
const run = Date.now().toString(36);
const leaver = `Helga Slutar ${run}`;
const successor = `Sven Efterträdare ${run}`;
const fill = (text: string, values: Record<string, string | number>) => Object.entries(values).reduce((s, [k, v]) => s.replaceAll(`{{${k}}}`, String(v)), text);

let browser: Browser;
let page: Page;
const api = () => new ApiClient(baseUrl());
let admin: ApiClient;
const systems: { id: string; name: string }[] = [];
let leaverId = '';

beforeAll(async () => {
  admin = api();
  await admin.login('admin@roder.example', demoPassword());
  leaverId = (await admin.post('/api/v1/people', { name: leaver, email: null })).body.id;
  const successorId = (await admin.post('/api/v1/people', { name: successor, email: null })).body.id;
  expect(successorId).toBeTruthy();
  for (const name of [`Överlämningssystem A ${run}`, `Överlämningssystem B ${run}`]) {
    const created = await admin.post('/api/v1/applications', systemInput({ name, ownerId: leaverId }));
    expect(created.status).toBe(201);
    systems.push({ id: created.body.id, name });
  }
  const types = (await admin.get('/api/v1/document-types')).body.items as { id: string; key: string }[];
  const doc = await admin.post('/api/v1/documents', { title: `Överlämningsriktlinje ${run}`, typeId: types.find((t) => t.key === 'riktlinje')!.id, ownerId: leaverId });
  expect(doc.status).toBe(201);
  browser = await launch();
  page = await newPage(browser);
  page.setDefaultTimeout(30_000);
  await signIn(page);
}, 120_000);

afterAll(async () => {
  for (const s of systems) {
    const current = await admin.get(`/api/v1/applications/${s.id}`);
    if (current.status === 200) await admin.delete(`/api/v1/applications/${s.id}`, { 'if-match': `"${current.body.rowVersion}"` });
  }
  await page?.context().close();
  await browser?.close();
});

describe('hand-over when someone leaves', () => {
  it('hands a leaver’s systems and document to a successor from the person page, deactivates them, and the system names the new owner', async () => {
    await page.goto(`${baseUrl()}/admin/personer/${leaverId}/redigera`);
    await page.getByRole('link', { name: sv.organisation.people.handover }).click();
    await page.getByRole('heading', { level: 1, name: fill(H.title, { name: leaver }) }).waitFor();
    const owners = page.getByRole('group', { name: fill(H.groupLegend, { kind: H.kind.system_owner, count: 2 }) });
    await owners.getByRole('link', { name: systems[0]!.name }).waitFor();
    await page.getByRole('group', { name: fill(H.groupLegend, { kind: H.kind.document_owner, count: 1 }) }).waitFor();
    await expectAccessible(page, 'the hand-over view');

    await page.getByRole('combobox', { name: H.allTo }).selectOption({ label: successor });
    expect(await owners.getByRole('combobox').inputValue()).not.toBe('');
    expect(await page.getByRole('checkbox', { name: H.deactivate }).isChecked()).toBe(true);
    await page.getByRole('button', { name: H.submitDeactivate }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(fill(H.confirmMoving_other, { count: 3 }), { exact: false }).waitFor();
    await expectAccessible(page, 'the hand-over confirmation');
    await dialog.getByRole('button', { name: H.submitDeactivate }).click();

    await page.getByText(H.inactiveTitle).waitFor();
    await page.getByText(fill(H.nothing, { name: leaver })).waitFor();
    await expectAccessible(page, 'the hand-over view after deactivation');

    await page.goto(`${baseUrl()}/system/${systems[0]!.id}`);
    await page.getByRole('heading', { level: 1, name: systems[0]!.name }).waitFor();
    await page.getByText(successor).first().waitFor();
    // The leaver is gone from the people list.
    const people = (await admin.get('/api/v1/people')).body.items.map((p: { name: string }) => p.name);
    expect(people).not.toContain(leaver);
    expect(people).toContain(successor);

    // Nobody is left with responsibilities: the admin's list of those who left says so.
    await page.goto(`${baseUrl()}/admin/overlamningar`);
    await page.getByRole('heading', { level: 1, name: H.inactiveList.title }).waitFor();
    await page.getByText(H.inactiveList.none).waitFor();
    await expectAccessible(page, 'the list of people who left with responsibilities');
  }, 180_000);
});
