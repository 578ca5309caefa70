import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, dateInSweden } from '../../../shared/dates.js';
import type { DocumentInputDraft } from '../../../shared/documents.js';
import { createTestMunicipality, type Municipality } from '../../testing/fixtures.js';
import { startTestServer, type TestServer } from '../../testing/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

async function typeId(m: Municipality, key: string) {
  const types = (await (await m.as('admin')).get('/api/v1/document-types')).body.items as { id: string; key: string }[];
  return types.find((t) => t.key === key)!.id;
}

async function strategyInput(m: Municipality, overrides: Partial<DocumentInputDraft> = {}): Promise<DocumentInputDraft> {
  return {
    title: 'IT-strategi 2025–2028',
    typeId: await typeId(m, 'strategi'),
    ownerId: m.people.it_chef.personId,
    body: '# Inledning\n\nIT ska stödja verksamheten.\n',
    items: [
      {
        kind: 'focus_area',
        number: '1',
        title: 'E-service',
        text: '',
        children: [{ kind: 'goal', number: '1.1', title: '75 % av synpunkterna hanteras digitalt', text: '', children: [] }],
      },
      { kind: 'principle', number: 'P1', title: 'Befintliga lösningar först', text: 'Samverkan före inköp.', children: [] },
    ],
    ...overrides,
  };
}

const decide = { to: 'adopted', decidedOn: '2025-03-10', decidingBody: 'Kommunfullmäktige', diarienummer: 'KS 2025/0123' };

describe('steering documents', () => {
  it('presets the document types from Östhammar’s table', async () => {
    const m = await createTestMunicipality(server);
    const types = (await (await m.as('lasare')).get('/api/v1/document-types')).body.items;
    expect(types.map((t: { key: string }) => t.key)).toEqual(['policy', 'strategi', 'riktlinje', 'handlingsplan']);
    expect(types[1]).toMatchObject({ name: 'Strategi', level: 2, revisionIntervalMonths: 48, defaultDecidingBody: 'Kommunfullmäktige' });
  });

  it('creates a draft with nested goals and principles, and keeps item ids when edited', async () => {
    const m = await createTestMunicipality(server);
    const chef = await m.as('it_chef');
    const created = await chef.post('/api/v1/documents', await strategyInput(m));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'draft', version: 1, adoptedVersion: null, typeKey: 'strategi', ownerName: 'Ivar IT-chef', decidingBody: 'Kommunfullmäktige' });
    const focus = created.body.items[0];
    expect(focus.children[0]).toMatchObject({ kind: 'goal', title: '75 % av synpunkterna hanteras digitalt' });
    const edited = await chef.put(
      `/api/v1/documents/${created.body.id}`,
      await strategyInput(m, { items: [{ ...focus, title: 'E-tjänster', children: [{ ...focus.children[0], title: '80 % digitalt' }] }] }),
      { 'if-match': '"1"' },
    );
    expect(edited.status).toBe(200);
    expect(edited.body.items).toHaveLength(1);
    expect(edited.body.items[0].id).toBe(focus.id);
    expect(edited.body.items[0].children[0]).toMatchObject({ id: focus.children[0].id, title: '80 % digitalt' });
  });

  it('decides a document: records the decision, freezes the text, and publishes it', async () => {
    const m = await createTestMunicipality(server);
    const chef = await m.as('it_chef');
    const { body: doc } = await chef.post('/api/v1/documents', await strategyInput(m));
    const remiss = await chef.post(`/api/v1/documents/${doc.id}/transitions`, { to: 'consultation' }, { 'if-match': '"1"' });
    expect(remiss.body.status).toBe('consultation');
    // Nothing of a draft or consultation is public.
    expect((await fetch(`${server.url}/api/public/v1/${m.id}/documents`).then((r) => r.json())).items).toEqual([]);
    const missing = await chef.post(`/api/v1/documents/${doc.id}/transitions`, { to: 'adopted' }, { 'if-match': '"2"' });
    expect(missing.status).toBe(400);
    expect(missing.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['decidedOn', 'diarienummer']);
    const adopted = await chef.post(`/api/v1/documents/${doc.id}/transitions`, decide, { 'if-match': '"2"' });
    expect(adopted.status).toBe(200);
    expect(adopted.body).toMatchObject({ status: 'adopted', adoptedVersion: 1, decidedOn: '2025-03-10', diarienummer: 'KS 2025/0123', revisionDueOn: '2029-03-10', validFrom: '2025-03-10' });

    const frozen = await chef.put(`/api/v1/documents/${doc.id}`, await strategyInput(m, { body: 'Ändrad text' }), { 'if-match': '"3"' });
    expect(frozen.status).toBe(409);
    expect(frozen.body.code).toBe('decided_text_frozen');
    // Metadata outside the decided text may still change.
    const newOwner = await chef.put(
      `/api/v1/documents/${doc.id}`,
      { ...(await strategyInput(m)), items: adopted.body.items, diarienummer: 'KS 2025/0123', decidingBody: 'Kommunfullmäktige', validFrom: '2025-03-10', ownerId: m.people.admin.personId },
      { 'if-match': '"3"' },
    );
    expect(newOwner.status).toBe(200);

    const list = await fetch(`${server.url}/api/public/v1/${m.id}/documents`).then((r) => r.json());
    expect(list).toMatchObject({ municipality: m.name, items: [{ id: doc.id, title: 'IT-strategi 2025–2028', status: 'adopted', version: 1 }] });
    const one = await fetch(`${server.url}/api/public/v1/${m.id}/documents/${doc.id}`).then((r) => r.json());
    expect(one.body).toContain('IT ska stödja verksamheten');
    expect(one.items[0].children[0].title).toBe('75 % av synpunkterna hanteras digitalt');
  });

  it('revises a decided document as version 2 while version 1 stays public, then compares them', async () => {
    const m = await createTestMunicipality(server);
    const chef = await m.as('it_chef');
    const { body: doc } = await chef.post('/api/v1/documents', await strategyInput(m));
    await chef.post(`/api/v1/documents/${doc.id}/transitions`, decide, { 'if-match': '"1"' });
    const revising = await chef.post(`/api/v1/documents/${doc.id}/transitions`, { to: 'draft' }, { 'if-match': '"2"' });
    expect(revising.body).toMatchObject({ status: 'draft', version: 2, adoptedVersion: 1 });
    const changed = await chef.put(`/api/v1/documents/${doc.id}`, await strategyInput(m, { body: '# Inledning\n\nIT ska stödja och förnya verksamheten.\n' }), { 'if-match': '"3"' });
    expect(changed.status).toBe(200);
    const stillPublic = await fetch(`${server.url}/api/public/v1/${m.id}/documents/${doc.id}`).then((r) => r.json());
    expect(stillPublic).toMatchObject({ version: 1, body: '# Inledning\n\nIT ska stödja verksamheten.' });
    await chef.post(`/api/v1/documents/${doc.id}/transitions`, { ...decide, decidedOn: '2026-02-01', diarienummer: 'KS/2026:12-005' }, { 'if-match': '"4"' });
    const versions = await chef.get(`/api/v1/documents/${doc.id}/versions`);
    expect(versions.body.items.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    const diff = await chef.get(`/api/v1/documents/${doc.id}/versions/2/diff`);
    expect(diff.body).toMatchObject({ from: 1, to: 2 });
    expect(diff.body.parts).toContainEqual({ kind: 'removed', text: 'IT ska stödja verksamheten.\n' });
    expect(diff.body.parts).toContainEqual({ kind: 'added', text: 'IT ska stödja och förnya verksamheten.\n' });
    expect((await fetch(`${server.url}/api/public/v1/${m.id}/documents/${doc.id}`).then((r) => r.json())).version).toBe(2);
  });

  it('refuses illegal moves, a bad diarienummer, a parent of the same level and a misplaced item', async () => {
    const m = await createTestMunicipality(server);
    const chef = await m.as('it_chef');
    const { body: doc } = await chef.post('/api/v1/documents', await strategyInput(m));
    expect((await chef.post(`/api/v1/documents/${doc.id}/transitions`, { to: 'repealed' }, { 'if-match': '"1"' })).status).toBe(400);
    const bad = await chef.post('/api/v1/documents', await strategyInput(m, { diarienummer: 'dnr 12', parentId: doc.id, items: [{ kind: 'goal', number: '', title: 'G', text: '', children: [{ kind: 'vision', number: '', title: 'V', text: '', children: [] }] }] }));
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['diarienummer', 'items.0.children.0.kind', 'parentId']);
    expect(bad.body.errors.find((e: { field: string }) => e.field === 'diarienummer').message).toMatch(/KS 2010\/0095/);
    const guideline = await chef.post('/api/v1/documents', { ...(await strategyInput(m)), title: 'Riktlinje för e-tjänster', typeId: await typeId(m, 'riktlinje'), parentId: doc.id, items: [] });
    expect(guideline.body.parentTitle).toBe('IT-strategi 2025–2028');
    const tree = await chef.get('/api/v1/documents/tree');
    expect(tree.body.roots[0]).toMatchObject({ id: doc.id, children: [{ id: guideline.body.id }] });
  });

  it('lets only owners and IT-chef edit: a läsare reads, a förvaltningschef edits only own documents', async () => {
    const m = await createTestMunicipality(server);
    const chef = await m.as('it_chef');
    const { body: doc } = await chef.post('/api/v1/documents', await strategyInput(m));
    const reader = await m.as('lasare');
    expect((await reader.get(`/api/v1/documents/${doc.id}`)).body.allowed).toEqual({ update: false, transition: false });
    expect((await reader.post('/api/v1/documents', await strategyInput(m))).status).toBe(403);
    const head = await m.as('forvaltningschef');
    expect((await head.put(`/api/v1/documents/${doc.id}`, await strategyInput(m), { 'if-match': '"1"' })).status).toBe(403);
    const own = await head.post('/api/v1/documents', await strategyInput(m, { title: 'Handlingsplan SOC 2026', typeId: await typeId(m, 'handlingsplan'), ownerId: m.people.forvaltningschef.personId }));
    expect(own.status).toBe(201);
    expect((await head.post(`/api/v1/documents/${own.body.id}/transitions`, { to: 'consultation' }, { 'if-match': '"1"' })).status).toBe(200);
    expect((await head.post('/api/v1/documents', await strategyInput(m, { ownerId: m.people.it_chef.personId }))).status).toBe(403);
  });

  it('flags revisions due within 90 days and overdue, and filters by them', async () => {
    const m = await createTestMunicipality(server);
    const chef = await m.as('it_chef');
    // Dates in Sweden, where the server's 'today' is, not in UTC.
    const today = dateInSweden(new Date());
    const inDays = (d: number) => addDays(today, d);
    const make = async (title: string, nextRevisionOn: string) => {
      const { body } = await chef.post('/api/v1/documents', await strategyInput(m, { title, nextRevisionOn }));
      await chef.post(`/api/v1/documents/${body.id}/transitions`, { ...decide, decidedOn: today }, { 'if-match': '"1"' });
    };
    await make('Försenad', inDays(-10));
    await make('Snart', inDays(30));
    await make('Långt fram', inDays(400));
    const overdue = await chef.get('/api/v1/documents?flag=revision_overdue');
    expect(overdue.body.items.map((d: { title: string }) => d.title)).toEqual(['Försenad']);
    const due = await chef.get('/api/v1/documents?flag=revision_due');
    expect(due.body.items.map((d: { title: string }) => d.title)).toEqual(['Snart']);
  });

  it('answers unknown ids 404 and unknown municipalities 404 on the public address', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    expect((await admin.get('/api/v1/documents/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await fetch(`${server.url}/api/public/v1/00000000-0000-4000-8000-000000000000/documents`)).status).toBe(404);
    expect((await fetch(`${server.url}/api/public/v1/not-a-uuid/documents`)).status).toBe(400);
  });

  it('imports a text file as a proposal the person confirms, and refuses unreadable files', async () => {
    const m = await createTestMunicipality(server);
    const chef = await m.as('it_chef');
    const text = 'IT-strategi för Testkommun\n\nInledning\n\nStrategin gäller 2026–2029.\n\nMål\n\n - Alla e-tjänster har e-legitimation\n - Hälften av ärendena startar digitalt\n';
    const proposal = await chef.post('/api/v1/documents/import', { filename: 'strategi.txt', text });
    expect(proposal.status).toBe(200);
    expect(proposal.body).toMatchObject({ title: 'IT-strategi för Testkommun', typeKey: 'strategi', typeId: await typeId(m, 'strategi') });
    expect(proposal.body.items.map((i: { kind: string; title: string }) => [i.kind, i.title])).toEqual([
      ['goal', 'Alla e-tjänster har e-legitimation'],
      ['goal', 'Hälften av ärendena startar digitalt'],
    ]);
    // Nothing is saved until the person creates the document from the proposal.
    expect((await chef.get('/api/v1/documents')).body.total).toBe(0);
    const created = await chef.post('/api/v1/documents', { title: proposal.body.title, typeId: proposal.body.typeId, body: proposal.body.body, items: proposal.body.items });
    expect(created.status).toBe(201);
    expect(created.body.items).toHaveLength(2);

    const broken = await chef.post('/api/v1/documents/import', { filename: 'plan.docx', contentBase64: Buffer.from('not a zip').toString('base64') });
    expect(broken.status).toBe(400);
    expect(broken.body.errors[0].field).toBe('contentBase64');
    const exe = await chef.post('/api/v1/documents/import', { filename: 'virus.exe', text: 'x' });
    expect(exe.body.errors[0]).toMatchObject({ field: 'filename', message: 'Filen måste vara .txt, .md, .docx, .odt eller .pdf.' });
    expect((await (await m.as('lasare')).post('/api/v1/documents/import', { filename: 'a.txt', text: 'x' })).status).toBe(403);
  });

  it('refuses a body nested deeper than any real document instead of failing', async () => {
    const m = await createTestMunicipality(server);
    const chef = await m.as('it_chef');
    let deep = '{"kind":"goal","title":"x","children":[]}';
    for (let i = 0; i < 5000; i++) deep = `{"kind":"goal","title":"x","children":[${deep}]}`;
    const res = await chef.request('POST', '/api/v1/documents', `{"title":"Djup","typeId":"${await typeId(m, 'strategi')}","items":[${deep}]}`);
    expect(res.status).toBe(400);
    expect((await chef.get('/api/v1/documents')).body.total).toBe(0);
  });

  it('lets an admin change a type’s revision interval, which moves the revision date', async () => {
    const m = await createTestMunicipality(server);
    const chef = await m.as('it_chef');
    const admin = await m.as('admin');
    const { body: doc } = await chef.post('/api/v1/documents', await strategyInput(m));
    await chef.post(`/api/v1/documents/${doc.id}/transitions`, decide, { 'if-match': '"1"' });
    const types = (await admin.get('/api/v1/document-types')).body;
    expect(types.allowedManage).toBe(true);
    const strategi = types.items.find((t: { key: string }) => t.key === 'strategi');
    const input = { key: 'strategi', nameSv: 'Strategi', nameEn: 'Strategy', level: 2, validityYears: 4, revisionIntervalMonths: 24, defaultOwner: 'IT-chef', defaultDecidingBody: 'Kommunfullmäktige' };
    expect((await chef.put(`/api/v1/document-types/${strategi.id}`, input, { 'if-match': '"1"' })).status).toBe(403);
    expect((await admin.put(`/api/v1/document-types/${strategi.id}`, input)).status).toBe(428);
    const saved = await admin.put(`/api/v1/document-types/${strategi.id}`, input, { 'if-match': '"1"' });
    expect(saved.body).toMatchObject({ revisionIntervalMonths: 24, rowVersion: 2 });
    expect((await chef.get(`/api/v1/documents/${doc.id}`)).body.revisionDueOn).toBe('2027-03-10');
    const clash = await admin.post('/api/v1/document-types', { ...input, key: 'policy' });
    expect(clash.body.errors[0].field).toBe('key');
    const added = await admin.post('/api/v1/document-types', { ...input, key: 'program', nameSv: 'Program', nameEn: 'Programme', level: 3 });
    expect(added.status).toBe(201);
  });
});
