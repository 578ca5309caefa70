import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../testing/client.js';
import { policyInput } from '../../testing/documents.js';
import { createTestMunicipality, type Municipality } from '../../testing/fixtures.js';
import { startTestServer, type TestServer } from '../../testing/server.js';

/** Every decided version readable on its own, publicly, with its decision; never a draft (issue 13, item 8). */

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

const decide = (decidedOn: string, diarienummer: string) => ({ to: 'adopted', decidedOn, decidingBody: 'Kommunfullmäktige', diarienummer });

/** A policy decided as version 1 (with a responsibility table), revised and decided as 2, and now a draft of 3. */
async function threeVersions(m: Municipality) {
  const chef = await m.as('it_chef');
  const input = await policyInput(chef, m, {
    body: 'Första lydelsen.',
    items: [{ kind: 'principle', number: 'P1', title: 'Öppna standarder', text: '', children: [] }],
  });
  const { body: doc } = await chef.post('/api/v1/documents', input);
  await chef.put(`/api/v1/documents/${doc.id}/responsibilities`, { rows: [{ party: 'Kommunstyrelsen', responsibility: 'Leder it-arbetet.' }] }, { 'if-match': '"0"' });
  await chef.post(`/api/v1/documents/${doc.id}/transitions`, decide('2024-05-02', 'KS 2024/0100'), { 'if-match': '"1"' });
  await chef.post(`/api/v1/documents/${doc.id}/transitions`, { to: 'draft' }, { 'if-match': '"2"' });
  await chef.put(`/api/v1/documents/${doc.id}`, { ...input, title: 'IT-policy 2026', body: 'Andra lydelsen.' }, { 'if-match': '"3"' });
  await chef.put(`/api/v1/documents/${doc.id}/responsibilities`, { rows: [] }, { 'if-match': '"1"' });
  await chef.post(`/api/v1/documents/${doc.id}/transitions`, decide('2026-02-01', 'KS 2026/0012'), { 'if-match': '"4"' });
  await chef.post(`/api/v1/documents/${doc.id}/transitions`, { to: 'draft' }, { 'if-match': '"5"' });
  const draft = await chef.put(`/api/v1/documents/${doc.id}`, { ...input, title: 'HEMLIGT UTKAST', body: 'Utkastets lydelse.' }, { 'if-match': '"6"' });
  expect(draft.status).toBe(200);
  return doc.id as string;
}

describe('public decided versions', () => {
  it('lists every decided version and shows each on its own with its decision, never the draft', async () => {
    const m = await createTestMunicipality(server);
    const id = await threeVersions(m);
    const anyone = new ApiClient(server.url);
    const list = await anyone.get(`/api/public/v1/${m.id}/documents/${id}/versions`);
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([
      { version: 2, title: 'IT-policy 2026', diarienummer: 'KS 2026/0012', decidingBody: 'Kommunfullmäktige', decidedOn: '2026-02-01', inForce: true },
      { version: 1, title: 'IT-policy', diarienummer: 'KS 2024/0100', decidingBody: 'Kommunfullmäktige', decidedOn: '2024-05-02', inForce: false },
    ]);
    const first = await anyone.get(`/api/public/v1/${m.id}/documents/${id}/versions/1`);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      municipality: m.name,
      version: 1,
      title: 'IT-policy',
      diarienummer: 'KS 2024/0100',
      decidedOn: '2024-05-02',
      decidingBody: 'Kommunfullmäktige',
      body: 'Första lydelsen.',
      inForce: false,
      status: 'adopted',
      previousVersion: null,
      nextVersion: 2,
      typeName: 'Policy',
    });
    expect(first.body.responsibilities).toMatchObject([{ party: 'Kommunstyrelsen', responsibility: 'Leder it-arbetet.' }]);
    expect(first.body.items[0]).toMatchObject({ number: 'P1', title: 'Öppna standarder' });
    expect((await anyone.get(`/api/public/v1/${m.id}/documents/${id}/versions/2`)).body).toMatchObject({ inForce: true, previousVersion: 1, nextVersion: null, responsibilities: [] });
    // Version 3 is a draft: it does not exist here, and nothing of it shows anywhere.
    expect((await anyone.get(`/api/public/v1/${m.id}/documents/${id}/versions/3`)).status).toBe(404);
    for (const path of ['versions', 'versions/1', 'versions/2']) expect((await anyone.get(`/api/public/v1/${m.id}/documents/${id}/${path}`)).raw.toString()).not.toContain('HEMLIGT');
  });

  it('answers 404 for another municipality, a document never decided, and hostile paths, never 500', async () => {
    const m = await createTestMunicipality(server);
    const other = await createTestMunicipality(server, 'Annan kommun');
    const id = await threeVersions(m);
    const anyone = new ApiClient(server.url);
    expect((await anyone.get(`/api/public/v1/${other.id}/documents/${id}/versions`)).status).toBe(404);
    expect((await anyone.get(`/api/public/v1/${other.id}/documents/${id}/versions/1`)).status).toBe(404);
    const chef = await m.as('it_chef');
    const types = (await chef.get('/api/v1/document-types')).body.items as { id: string; key: string }[];
    const { body: draft } = await chef.post('/api/v1/documents', { title: 'Bara utkast', typeId: types[0]!.id, body: '', items: [] });
    expect((await anyone.get(`/api/public/v1/${m.id}/documents/${draft.id}/versions`)).status).toBe(404);
    expect((await anyone.get(`/api/public/v1/${m.id}/documents/${draft.id}/versions/1`)).status).toBe(404);
    for (const bad of ['versions/0', 'versions/-1', 'versions/abc', 'versions/99999999999', 'versions/1%00']) {
      const res = await anyone.get(`/api/public/v1/${m.id}/documents/${id}/${bad}`);
      expect([400, 404], bad).toContain(res.status);
    }
    anyone.language = 'en';
    const english = await anyone.get(`/api/public/v1/${m.id}/documents/${id}/versions/abc`);
    expect(english.status).toBe(400);
    expect(english.body.errors[0]).toMatchObject({ field: 'version' });
    expect((await anyone.get(`/api/public/v1/${m.id}/documents/${id}/versions/1`)).body.typeName).toBe('Policy');
  });
});
