import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Item } from '../../../shared/documents.js';
import { policyInput } from '../../testing/documents.js';
import { createTestMunicipality, type Municipality } from '../../testing/fixtures.js';
import { startTestServer, type TestServer } from '../../testing/server.js';

/**
 * Decided versions: the comparison of two versions covers the principles and goals as well as the
 * text (issue 11, item 6), and an earlier version can be read on its own.
 */

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

/** A policy with principles, a focus area and a goal. */
async function policyWithItems(m: Municipality) {
  return policyInput(await m.as('admin'), m, {
    body: '# Syfte\n\nPolicyn styr IT i kommunen.\n',
    items: [
      { kind: 'principle', number: 'P1', title: 'Befintliga lösningar först', text: 'Samverkan före inköp.', children: [] },
      { kind: 'principle', number: 'P2', title: 'Öppna standarder', text: '', children: [] },
      {
        kind: 'focus_area',
        number: '1',
        title: 'E-service',
        text: '',
        children: [{ kind: 'goal', number: '1.1', title: '75 % av ärendena startar digitalt', text: '', children: [] }],
      },
    ],
  });
}

const decide = (decidedOn: string, diarienummer: string) => ({ to: 'adopted', decidedOn, decidingBody: 'Kommunfullmäktige', diarienummer });

/** A document decided as version 1, revised with `change` to its items, and decided as version 2. */
async function twoVersions(m: Municipality, change: (items: Item[]) => Item[]) {
  const chef = await m.as('it_chef');
  const input = await policyWithItems(m);
  const { body: doc } = await chef.post('/api/v1/documents', input);
  await chef.post(`/api/v1/documents/${doc.id}/transitions`, decide('2024-05-02', 'KS 2024/0100'), { 'if-match': '"1"' });
  await chef.post(`/api/v1/documents/${doc.id}/transitions`, { to: 'draft' }, { 'if-match': '"2"' });
  const edited = await chef.put(`/api/v1/documents/${doc.id}`, { ...input, items: change(structuredClone(doc.items as Item[])) }, { 'if-match': '"3"' });
  expect(edited.status).toBe(200);
  await chef.post(`/api/v1/documents/${doc.id}/transitions`, decide('2026-02-01', 'KS 2026/0012'), { 'if-match': '"4"' });
  return { chef, doc: doc as { id: string; items: Item[] } };
}

describe('comparing decided versions', () => {
  it('reports a principle whose title changed as one changed item, naming the field', async () => {
    const m = await createTestMunicipality(server);
    const { chef, doc } = await twoVersions(m, (items) => {
      items[0]!.title = 'Befintliga lösningar före nya';
      return items;
    });
    const diff = await chef.get(`/api/v1/documents/${doc.id}/versions/2/diff`);
    expect(diff.status).toBe(200);
    expect(diff.body.summary).toEqual({ itemsAdded: 0, itemsRemoved: 0, itemsChanged: 1, partsAdded: 0, partsRemoved: 0 });
    expect(diff.body.items).toEqual([
      {
        change: 'changed',
        id: doc.items[0]!.id,
        fields: ['title'],
        before: { kind: 'principle', number: 'P1', title: 'Befintliga lösningar först', text: 'Samverkan före inköp.', parentId: null, parentTitle: null, position: 1 },
        after: { kind: 'principle', number: 'P1', title: 'Befintliga lösningar före nya', text: 'Samverkan före inköp.', parentId: null, parentTitle: null, position: 1 },
        textParts: [],
      },
    ]);
  });

  it('reports added and removed items, a changed goal text word by word, and a moved goal', async () => {
    const m = await createTestMunicipality(server);
    const { chef, doc } = await twoVersions(m, (items) => {
      const [p1, , focus] = items;
      focus!.children[0]!.text = 'Mäts varje år.';
      return [
        p1!,
        { kind: 'principle', number: 'P3', title: 'Säkerhet före bekvämlighet', text: '', children: [] } as unknown as Item,
        { ...focus!, children: [] },
        ...focus!.children,
      ];
    });
    const diff = (await chef.get(`/api/v1/documents/${doc.id}/versions/2/diff`)).body;
    expect(diff.summary).toMatchObject({ itemsAdded: 1, itemsRemoved: 1, itemsChanged: 1 });
    expect(diff.items.map((c: { change: string; fields: string[]; before: { title: string } | null; after: { title: string } | null }) => [c.change, (c.after ?? c.before)!.title, c.fields])).toEqual([
      ['removed', 'Öppna standarder', []],
      ['added', 'Säkerhet före bekvämlighet', []],
      ['changed', '75 % av ärendena startar digitalt', ['text', 'parent']],
    ]);
    const goal = diff.items[2];
    expect(goal.before).toMatchObject({ parentTitle: '1 E-service', position: 1 });
    expect(goal.after).toMatchObject({ parentId: null, parentTitle: null, position: 4 });
    expect(goal.textParts).toEqual([{ kind: 'added', text: 'Mäts varje år.' }]);
  });

  it('compares nothing for the first version', async () => {
    const m = await createTestMunicipality(server);
    const { chef, doc } = await twoVersions(m, (items) => items);
    const first = (await chef.get(`/api/v1/documents/${doc.id}/versions/1/diff`)).body;
    expect(first).toMatchObject({ from: null, to: 1, items: [], summary: { itemsAdded: 0, itemsRemoved: 0, itemsChanged: 0 } });
    const unchanged = (await chef.get(`/api/v1/documents/${doc.id}/versions/2/diff`)).body;
    expect(unchanged).toMatchObject({ from: 1, to: 2, items: [] });
  });
});

describe('an earlier decided version on its own', () => {
  it('shows the version as decided, with its decision, its items and that it is no longer in force', async () => {
    const m = await createTestMunicipality(server);
    const { chef, doc } = await twoVersions(m, (items) => items.slice(1));
    const old = await chef.get(`/api/v1/documents/${doc.id}/versions/1`);
    expect(old.status).toBe(200);
    expect(old.body).toMatchObject({
      documentId: doc.id,
      version: 1,
      title: 'IT-policy',
      diarienummer: 'KS 2024/0100',
      decidingBody: 'Kommunfullmäktige',
      decidedOn: '2024-05-02',
      body: '# Syfte\n\nPolicyn styr IT i kommunen.',
      previousVersion: null,
      inForce: false,
      document: { title: 'IT-policy', status: 'adopted', adoptedVersion: 2 },
    });
    expect(old.body.items.map((i: Item) => i.title)).toEqual(['Befintliga lösningar först', 'Öppna standarder', 'E-service']);
    expect(old.body.items[2].children[0].title).toBe('75 % av ärendena startar digitalt');
    const current = (await (await m.as('lasare')).get(`/api/v1/documents/${doc.id}/versions/2`)).body;
    expect(current).toMatchObject({ version: 2, previousVersion: 1, inForce: true, diarienummer: 'KS 2026/0012' });
    expect(current.items).toHaveLength(2);
  });

  it('answers an unknown version, a draft version and another municipality’s document 404 as problem+json', async () => {
    const m = await createTestMunicipality(server);
    const { chef, doc } = await twoVersions(m, (items) => items);
    await chef.post(`/api/v1/documents/${doc.id}/transitions`, { to: 'draft' }, { 'if-match': '"6"' });
    for (const path of [`/api/v1/documents/${doc.id}/versions/3`, `/api/v1/documents/${doc.id}/versions/9`]) {
      const res = await chef.get(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    }
    expect((await chef.get(`/api/v1/documents/${doc.id}/versions/0`)).status).toBe(400);
    const other = await createTestMunicipality(server);
    const stranger = await other.as('admin');
    expect((await stranger.get(`/api/v1/documents/${doc.id}/versions/1`)).status).toBe(404);
    expect((await stranger.get(`/api/v1/documents/${doc.id}/versions/1/diff`)).status).toBe(404);
  });
});
