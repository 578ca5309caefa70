import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db.js';
import { needInput } from '../../testing/acquisitions.js';
import { createTestMunicipality, systemInput } from '../../testing/fixtures.js';
import { startTestServer, type TestServer } from '../../testing/server.js';

let server: TestServer;
let caps: Record<string, string>;
beforeAll(async () => {
  server = await startTestServer();
  const m = await createTestMunicipality(server, 'Katalogkommun');
  const list = (await (await m.as('admin')).get('/api/v1/capabilities')).body.items as { id: string; code: string }[];
  caps = Object.fromEntries(list.map((c) => [c.code, c.id]));
});
afterAll(async () => server?.close());

const etag = (version: number) => ({ 'If-Match': `"${version}"` });

/** Two municipalities in one collaboration, the second having accepted; each with shared and unshared systems. */
async function partners() {
  const m = await createTestMunicipality(server, 'Hemkommun');
  const partner = await createTestMunicipality(server, 'Partnerkommun');
  const admin = await m.as('admin');
  const created = await admin.post('/api/v1/collaborations', { name: 'Skaraborgs IT-samverkan' });
  expect(created.status).toBe(201);
  const id = created.body.id as string;
  const invited = await admin.post(`/api/v1/collaborations/${id}/invitations`, { municipality: partner.name.toUpperCase() });
  expect(invited.status).toBe(200);
  expect(invited.body.members.map((x: { name: string; status: string }) => [x.name, x.status])).toContainEqual([partner.name, 'invited']);
  const partnerAdmin = await partner.as('admin');
  const mine = (await partnerAdmin.get('/api/v1/collaborations')).body.items[0];
  expect(mine).toMatchObject({ id, status: 'invited', invitedBy: m.name });
  const accepted = await partnerAdmin.post(`/api/v1/collaborations/${id}/accept`, {}, etag(mine.membershipVersion));
  expect(accepted.status).toBe(200);
  expect(accepted.body.status).toBe('active');
  const shared = (await partnerAdmin.post('/api/v1/applications', systemInput({ name: 'Delad e-signering', vendor: 'Signera AB', description: 'HEMLIG', yearlyCost: 987_654, capabilityIds: [caps['ADM.DOKUMENT']!], sharedWithCollaboration: true }))).body;
  await partnerAdmin.post('/api/v1/applications', systemInput({ name: 'Partnerns interna', sharedWithCollaboration: false }));
  const own = (await admin.post('/api/v1/applications', systemInput({ name: 'Hemmets delade', vendor: 'Hem AB', sharedWithCollaboration: true }))).body;
  return { m, partner, id, shared, own, admin, partnerAdmin };
}

const names = (body: { items: { name: string }[] }) => body.items.map((i) => i.name);

describe('collaborations managed in Roder', () => {
  it('create → invite → accept → browse → leave: the leaver’s systems vanish at once, both ways', async () => {
    const { m, partner, id, shared, admin, partnerAdmin } = await partners();
    // Any member browses (a reader too); the projection is name, municipality, supplier, capabilities.
    const reader = await m.as('lasare');
    const seen = await reader.get('/api/v1/collaborations/catalogue');
    expect(seen.status).toBe(200);
    expect(seen.body.items).toEqual([
      { id: shared.id, name: 'Delad e-signering', municipality: { id: partner.id, name: partner.name }, supplier: 'Signera AB', capabilities: [{ id: caps['ADM.DOKUMENT'], code: 'ADM.DOKUMENT', name: expect.any(String) }] },
    ]);
    expect(seen.raw.toString()).not.toContain('HEMLIG');
    expect(seen.raw.toString()).not.toContain('987654');
    expect(seen.body.municipalities).toEqual([{ id: partner.id, name: partner.name }]);
    expect(names((await (await partner.as('lasare')).get('/api/v1/collaborations/catalogue')).body)).toEqual(['Hemmets delade']);
    // The acquisition route proposes the partner's system.
    const chef = await m.as('it_chef');
    const need = (await chef.post('/api/v1/acquisitions', needInput(m, caps))).body.id;
    expect((await chef.get(`/api/v1/acquisitions/${need}/suggestions`)).body.partner.map((p: { id: string }) => p.id)).toEqual([shared.id]);

    // Stale and missing versions change nothing.
    const membership = (await partnerAdmin.get('/api/v1/collaborations')).body.items[0];
    expect((await partnerAdmin.post(`/api/v1/collaborations/${id}/leave`, {})).status).toBe(428);
    expect((await partnerAdmin.post(`/api/v1/collaborations/${id}/leave`, {}, etag(membership.membershipVersion + 5))).status).toBe(412);
    const left = await partnerAdmin.post(`/api/v1/collaborations/${id}/leave`, {}, etag(membership.membershipVersion));
    expect(left.status).toBe(204);
    expect((await reader.get('/api/v1/collaborations/catalogue')).body).toMatchObject({ items: [], total: 0, municipalities: [] });
    expect((await (await partner.as('lasare')).get('/api/v1/collaborations/catalogue')).body.items).toEqual([]);
    expect((await chef.get(`/api/v1/acquisitions/${need}/suggestions`)).body.partner).toEqual([]);
    expect((await partnerAdmin.get('/api/v1/collaborations')).body.items).toEqual([]);
    expect((await admin.get('/api/v1/collaborations')).body.items[0].members.map((x: { name: string }) => x.name)).toEqual([m.name]);

    // Audited in each municipality's own chain.
    const events = async (orgId: string) =>
      (await queryRows<{ action: string }>(server.database.db, sql`select action from audit_events where organisation_id = ${orgId} and entity_type = 'collaboration' order by seq`)).map((e) => e.action);
    expect(await events(m.id)).toEqual(['create', 'invite']);
    expect(await events(partner.id)).toEqual(['accept', 'leave']);

    // Invited again after leaving, the partner shares nothing until it accepts again.
    expect((await admin.post(`/api/v1/collaborations/${id}/invitations`, { municipality: partner.id })).status).toBe(200);
    expect((await reader.get('/api/v1/collaborations/catalogue')).body.items).toEqual([]);
  });

  it('searches, filters and pages the catalogue', async () => {
    const { m, partnerAdmin } = await partners();
    for (const [name, vendor, cap] of [['Ärendehantering Plus', 'Ärende AB', 'ADM.DOKUMENT'], ['Bokningen', 'Boka AB', 'ADM.SIGNERING'], ['Karttjänsten', 'Karta AB', 'ADM.DOKUMENT']] as const) {
      await partnerAdmin.post('/api/v1/applications', systemInput({ name, vendor, capabilityIds: [caps[cap]!], sharedWithCollaboration: true }));
    }
    const reader = await m.as('lasare');
    const get = async (query: string) => (await reader.get(`/api/v1/collaborations/catalogue?${query}`)).body;
    expect(names(await get(''))).toEqual(['Bokningen', 'Delad e-signering', 'Karttjänsten', 'Ärendehantering Plus']);
    expect(names(await get('q=karta'))).toEqual(['Karttjänsten']);
    expect(names(await get('supplier=boka'))).toEqual(['Bokningen']);
    expect(names(await get(`capability=${caps['ADM.DOKUMENT']}`))).toEqual(['Delad e-signering', 'Karttjänsten', 'Ärendehantering Plus']);
    const page2 = await get('pageSize=3&page=2');
    expect(page2).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(names(page2)).toEqual(['Ärendehantering Plus']);
    expect((await get('page=9')).total).toBe(4);
    expect(names(await get(`municipality=${m.id}`))).toEqual([]);
    expect(names(await get('q=%25'))).toEqual([]);
  });

  it('refuses create, invite, accept and leave to anyone but an admin', async () => {
    const m = await createTestMunicipality(server);
    const other = await createTestMunicipality(server, 'Annan kommun');
    const id = (await (await m.as('admin')).post('/api/v1/collaborations', { name: 'Samverkan' })).body.id;
    for (const role of ['it_chef', 'lasare', 'systemagare', 'samverkanspartner'] as const) {
      const client = await m.as(role);
      expect((await client.post('/api/v1/collaborations', { name: 'X' })).status).toBe(403);
      expect((await client.post(`/api/v1/collaborations/${id}/invitations`, { municipality: other.name })).status).toBe(403);
      expect((await client.post(`/api/v1/collaborations/${id}/leave`, {}, etag(1))).status).toBe(403);
    }
    await (await m.as('admin')).post(`/api/v1/collaborations/${id}/invitations`, { municipality: other.name });
    expect((await (await other.as('it_chef')).post(`/api/v1/collaborations/${id}/accept`, {}, etag(1))).status).toBe(403);
    expect((await (await other.as('admin')).get('/api/v1/collaborations')).body.items[0].status).toBe('invited');
  });

  it('lets an invited admin decline; a declined or outside municipality sees nothing and reaches nothing', async () => {
    const { partner: _p, ...first } = await partners();
    const outsider = await createTestMunicipality(server, 'Utomstående');
    const out = await outsider.as('admin');
    expect((await out.get('/api/v1/collaborations')).body.items).toEqual([]);
    expect((await out.get('/api/v1/collaborations/catalogue')).body.items).toEqual([]);
    // Another municipality's collaboration id looks unknown.
    expect((await out.post(`/api/v1/collaborations/${first.id}/invitations`, { municipality: first.m.name })).status).toBe(404);
    expect((await out.post(`/api/v1/collaborations/${first.id}/leave`, {}, etag(1))).status).toBe(404);
    expect((await out.post(`/api/v1/collaborations/${first.id}/accept`, {}, etag(1))).status).toBe(404);

    expect((await first.admin.post(`/api/v1/collaborations/${first.id}/invitations`, { municipality: outsider.name })).status).toBe(200);
    const invitation = (await out.get('/api/v1/collaborations')).body.items[0];
    // An invitation is not a membership: nothing is shared yet.
    expect((await out.get('/api/v1/collaborations/catalogue')).body.items).toEqual([]);
    expect((await out.post(`/api/v1/collaborations/${first.id}/leave`, {}, etag(invitation.membershipVersion))).status).toBe(409);
    expect((await out.post(`/api/v1/collaborations/${first.id}/decline`, {}, etag(invitation.membershipVersion))).status).toBe(204);
    expect((await out.get('/api/v1/collaborations')).body.items).toEqual([]);
    expect((await out.post(`/api/v1/collaborations/${first.id}/accept`, {}, etag(invitation.membershipVersion + 1))).status).toBe(404);
    expect((await out.get('/api/v1/collaborations/catalogue')).body.items).toEqual([]);
    // The shared system itself stays unreadable through the register, to members too.
    expect((await (await first.m.as('admin')).get(`/api/v1/applications/${first.shared.id}`)).status).toBe(404);
  });

  it('refuses hostile and wrong invitations with the field named, changing nothing', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    const id = (await admin.post('/api/v1/collaborations', { name: 'Samverkan' })).body.id;
    const bad = async (body: unknown) => {
      const res = await admin.post(`/api/v1/collaborations/${id}/invitations`, body);
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      return res.body.errors?.[0];
    };
    expect(await bad({ municipality: 'Ingen sådan kommun' })).toEqual({ field: 'municipality', message: 'Det finns ingen kommun i Roder med det namnet.' });
    expect((await bad({ municipality: m.name })).field).toBe('municipality');
    expect((await bad({ municipality: m.id })).field).toBe('municipality');
    await bad({ municipality: 'x'.repeat(5000) });
    await bad({ municipality: 'a\u0000b' });
    await bad({ municipality: 42 });
    await bad({});
    expect((await admin.post('/api/v1/collaborations', { name: ' ' })).status).toBe(400);
    expect((await admin.post('/api/v1/collaborations/not-a-uuid/invitations', { municipality: 'x' })).status).toBe(400);
    expect((await admin.post('/api/v1/collaborations/00000000-0000-4000-8000-000000000000/accept', {}, etag(1))).status).toBe(404);
    expect((await admin.get('/api/v1/collaborations/catalogue?capability=nope&pageSize=5000')).status).toBe(400);
    expect((await admin.get('/api/v1/collaborations')).body.items[0].members).toHaveLength(1);
  });
});
