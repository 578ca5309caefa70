import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import records from '../../src/web/locales/records.sv.json';
import { baseUrl, expectAccessible, launch, newPage, signIn } from './support.js';

/**
 * Nothing is lost (issue 12, item 5): a record archived by mistake comes back from the admin's
 * archive view, and a field changed by mistake is set back from the record's history. What this
 * file creates it archives again, so the demo registers other files count stay as they were.
 */

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launch();
  page = await newPage(browser);
  page.setDefaultTimeout(30_000);
  await signIn(page);
});
afterAll(async () => {
  await page?.context().close();
  await browser?.close();
});

const run = Date.now().toString(36);
const fill = (text: string, values: Record<string, string>) => Object.entries(values).reduce((s, [key, value]) => s.replaceAll(`{{${key}}}`, value), text);

/** The API as the signed-in admin's browser calls it (session cookie and CSRF token). */
async function api(method: string, path: string, body?: unknown, ifMatch?: number) {
  const session = await (await page.request.get(`${baseUrl()}/api/v1/session`)).json();
  const headers: Record<string, string> = { 'x-csrf-token': session.csrfToken };
  if (ifMatch !== undefined) headers['if-match'] = `"${ifMatch}"`;
  const res = await page.request.fetch(`${baseUrl()}${path}`, { method, data: body, headers });
  return { status: res.status(), body: res.status() === 204 ? null : await res.json() };
}

describe('history, archive and restore', () => {
  it('restores an archived project from the admin archive view', { timeout: 180_000 }, async () => {
    const name = `Arkivprov ${run}`;
    const project = (await api('POST', '/api/v1/projects', { name })).body;
    expect((await api('DELETE', `/api/v1/records/project/${project.id}`, undefined, project.rowVersion)).status).toBe(204);

    await page.goto(`${baseUrl()}/admin/arkiv`);
    await page.getByRole('heading', { level: 1, name: records.records.archive.title }).waitFor();
    await page.getByLabel(records.records.archive.search).fill(run);
    const restore = page.getByRole('button', { name: fill(records.records.archive.restoreLabel, { name }) });
    await restore.waitFor();
    await expectAccessible(page, 'the archive view');

    await restore.click();
    const dialog = page.getByRole('dialog', { name: fill(records.records.archive.confirmTitle, { name }) });
    await dialog.waitFor();
    await expectAccessible(page, 'the restore dialog');
    await dialog.getByRole('button', { name: records.records.archive.restore, exact: true }).click();
    await page.getByText(fill(records.records.archive.restored, { name })).waitFor();
    await page.getByText(records.records.archive.noneMatching).waitFor();
    const back = await api('GET', `/api/v1/projects/${project.id}`);
    expect(back.status).toBe(200);
    expect(back.body.name).toBe(name);

    const history = (await api('GET', `/api/v1/records/project/${project.id}/history`)).body;
    expect(history.items.map((e: { action: string }) => e.action)).toEqual(['restore', 'archive', 'create']);
    await api('DELETE', `/api/v1/records/project/${project.id}`, undefined, history.rowVersion);
  });

  it('sets a document’s title back from its history', { timeout: 180_000 }, async () => {
    const types = (await api('GET', '/api/v1/document-types')).body.items as { id: string; key: string }[];
    const title = `Riktlinje för e-post ${run}`;
    const wrong = `Felskriven titel ${run}`;
    const created = (await api('POST', '/api/v1/documents', { title, typeId: types.find((t) => t.key === 'riktlinje')!.id })).body;
    const changed = (await api('PUT', `/api/v1/documents/${created.id}`, { ...created, title: wrong }, created.rowVersion)).body;
    expect(changed.title).toBe(wrong);

    await page.goto(`${baseUrl()}/styrdokument/${created.id}`);
    await page.getByRole('heading', { level: 1, name: wrong }).waitFor();
    await page.getByRole('button', { name: records.records.history.show }).click();
    const setBack = page.getByRole('button', { name: fill(records.records.history.setBackLabel, { field: records.records.fields.title }) });
    await setBack.waitFor();
    await expectAccessible(page, 'a document’s history');

    await setBack.click();
    const dialog = page.getByRole('dialog', { name: fill(records.records.history.confirmTitle, { field: records.records.fields.title }) });
    await dialog.waitFor();
    await expect.poll(() => dialog.textContent()).toContain(title);
    await dialog.getByRole('button', { name: records.records.history.confirm, exact: true }).click();
    await page.getByText(fill(records.records.history.done, { field: records.records.fields.title })).waitFor();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    // The set-back is a change of its own, newest in the history.
    await expect.poll(async () => page.getByRole('article').first().textContent()).toContain(wrong);

    const history = (await api('GET', `/api/v1/records/document/${created.id}/history`)).body;
    expect(history.items[0].changes).toEqual([{ field: 'title', before: wrong, after: title, settable: true }]);

    // The admin archives it from its own page; it leaves the register for the archive view.
    await page.getByRole('button', { name: records.records.archive.archiveRecord, exact: true }).click();
    const archiveDialog = page.getByRole('dialog', { name: fill(records.records.archive.archiveTitle, { name: title }) });
    await archiveDialog.waitFor();
    await archiveDialog.getByRole('button', { name: records.records.archive.archiveRecord, exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/styrdokument');
    await page.getByText(fill(records.records.archive.archivedNotice, { name: title })).waitFor();
    expect((await api('GET', `/api/v1/records/archived?type=document&q=${encodeURIComponent(run)}`)).body.items.map((i: { id: string }) => i.id)).toEqual([created.id]);
  });

  it('archives a council meeting from its page and restores it from the archive view', { timeout: 180_000 }, async () => {
    const location = `Arkivsal ${run}`;
    const meeting = (await api('POST', '/api/v1/council/meetings', { meetingDate: '2026-03-12', location })).body;
    await page.goto(`${baseUrl()}/itrad/${meeting.id}`);
    await page.getByText(location).waitFor();
    const title = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
    await expectAccessible(page, 'a council meeting');

    await page.getByRole('button', { name: records.records.archive.archiveRecord, exact: true }).click();
    const archiveDialog = page.getByRole('dialog', { name: fill(records.records.archive.archiveTitle, { name: title }) });
    await archiveDialog.waitFor();
    await expectAccessible(page, 'the archive dialog of a council meeting');
    await archiveDialog.getByRole('button', { name: records.records.archive.archiveRecord, exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/itrad');
    await page.getByText(fill(records.records.archive.archivedNotice, { name: title })).waitFor();
    const meetings = (await api('GET', '/api/v1/council/meetings')).body.items as { meeting?: { id: string }; id?: string }[];
    expect(meetings.map((m) => (m.meeting ?? m).id)).not.toContain(meeting.id);

    // The archive view names it by body and date; restoring brings it back with its history.
    const archived = (await api('GET', `/api/v1/records/archived?type=council_meeting`)).body.items as { id: string; name: string }[];
    const name = archived.find((i) => i.id === meeting.id)!.name;
    await page.goto(`${baseUrl()}/admin/arkiv?type=council_meeting`);
    await page.getByRole('heading', { level: 1, name: records.records.archive.title }).waitFor();
    const restore = page.getByRole('button', { name: fill(records.records.archive.restoreLabel, { name }) });
    await restore.click();
    const dialog = page.getByRole('dialog', { name: fill(records.records.archive.confirmTitle, { name }) });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: records.records.archive.restore, exact: true }).click();
    await page.getByText(fill(records.records.archive.restored, { name })).waitFor();
    const back = await api('GET', `/api/v1/council/meetings/${meeting.id}`);
    expect(back.status).toBe(200);
    const history = (await api('GET', `/api/v1/records/council_meeting/${meeting.id}/history`)).body;
    expect(history.items.map((e: { action: string }) => e.action)).toEqual(['restore', 'archive', 'create']);
    // Archived again, so other files see the demo's meetings as they were.
    await api('DELETE', `/api/v1/records/council_meeting/${meeting.id}`, undefined, history.rowVersion);
  });

  it('archives a KPI measurement from its row, and the KPI page stays axe-clean', { timeout: 180_000 }, async () => {
    const types = (await api('GET', '/api/v1/document-types')).body.items as { id: string; key: string }[];
    const doc = (
      await api('POST', '/api/v1/documents', {
        title: `Mätprov ${run}`,
        typeId: types.find((t) => t.key === 'strategi')!.id,
        items: [{ kind: 'focus_area', number: '1', title: 'E-tjänster', children: [{ kind: 'goal', number: '1.1', title: 'Fler e-tjänster' }] }],
      })
    ).body;
    const goalId = doc.items[0].children[0].id;
    const name = `Andel e-tjänster ${run}`;
    const kpi = (await api('POST', '/api/v1/kpis', { goalId, name, definition: 'Andel ärenden via e-tjänst.', unit: 'percent', direction: 'higher', targets: [{ value: 75, targetDate: '2030-12-31' }] })).body;
    const measured = (await api('POST', `/api/v1/kpis/${kpi.id}/measurements`, { periodEnd: '2025-12-31', value: 42 })).body;
    const measurementId = measured.measurements[0].id as string;

    await page.goto(`${baseUrl()}/nyckeltal/${kpi.id}`);
    const archive = page.getByRole('button', { name: fill(records.records.archive.archiveLabel, { name }) });
    await archive.waitFor();
    await expectAccessible(page, 'a KPI with its measurements');
    await archive.click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: records.records.archive.archiveRecord, exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(async () => (await api('GET', `/api/v1/kpis/${kpi.id}`)).body.measurements.length).toBe(0);
    await archive.waitFor({ state: 'detached' });
    const archived = (await api('GET', `/api/v1/records/archived?type=kpi_measurement&q=${encodeURIComponent(run)}`)).body.items as { id: string }[];
    expect(archived.map((i) => i.id)).toEqual([measurementId]);
    // What this file made leaves the registers again.
    await api('DELETE', `/api/v1/records/kpi/${kpi.id}`, undefined, kpi.rowVersion);
    const current = (await api('GET', `/api/v1/records/document/${doc.id}/history`)).body;
    await api('DELETE', `/api/v1/records/document/${doc.id}`, undefined, current.rowVersion);
  });
});
