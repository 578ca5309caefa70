import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../platform/clock.js';
import { createTestMunicipality, type Municipality } from '../../testing/fixtures.js';
import { startTestServer, type TestServer } from '../../testing/server.js';
import { auditEvents } from '../audit/schema.js';
import { createNotifications, type NotificationInput } from './commands.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

const reminder = (personId: string, system: string, days = 14): NotificationInput => ({
  personId,
  topic: 'attestation',
  messageKey: 'attestation.reminder',
  params: { system, days },
  link: '/system/123',
  dedupeKey: `attestation:${system}:${days}`,
});

async function notify(m: Municipality, items: NotificationInput[]) {
  return server.database.db.transaction((tx) => createNotifications(tx, m.id, items, systemClock));
}

describe('notifications', () => {
  it('a person sees their own notifications in their language, newest first, paged, with the unread count', async () => {
    const m = await createTestMunicipality(server);
    const sara = m.people.systemagare.personId;
    expect(await notify(m, [reminder(sara, 'Procapita'), reminder(sara, 'Lifecare'), reminder(m.people.lasare.personId, 'Treserva')])).toBe(3);
    const client = await m.as('systemagare');
    const list = await client.get('/api/v1/notifications?pageSize=1');
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(2);
    expect(list.body.unread).toBe(2);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({ topic: 'attestation', link: '/system/123', readAt: null });
    expect(list.body.items[0].text).toMatch(/^Bekräfta att uppgifterna om (Procapita|Lifecare) stämmer \(väntat i 14 dagar\)\.$/);
    client.language = 'en';
    const english = await client.get('/api/v1/notifications');
    expect(english.body.items.map((i: { text: string }) => i.text).sort()).toEqual([
      'Confirm that the record of Lifecare is correct (waiting for 14 days).',
      'Confirm that the record of Procapita is correct (waiting for 14 days).',
    ]);
    expect((await client.get('/api/v1/notifications/unread')).body).toEqual({ unread: 2 });
  });

  it('the same reminder is never stored twice, and nobody of another municipality gets one', async () => {
    const m = await createTestMunicipality(server);
    const other = await createTestMunicipality(server, 'Grannkommun');
    const sara = m.people.systemagare.personId;
    expect(await notify(m, [reminder(sara, 'Procapita')])).toBe(1);
    expect(await notify(m, [reminder(sara, 'Procapita'), reminder(sara, 'Procapita', 28), reminder(other.people.admin.personId, 'X')])).toBe(1);
    const list = await (await m.as('systemagare')).get('/api/v1/notifications');
    expect(list.body.total).toBe(2);
    expect((await (await other.as('admin')).get('/api/v1/notifications')).body.total).toBe(0);
  });

  it('refuses a message that is not in the catalogue or not of its topic', async () => {
    const m = await createTestMunicipality(server);
    const bad = { ...reminder(m.people.admin.personId, 'X'), topic: 'handover' } as NotificationInput;
    await expect(notify(m, [bad])).rejects.toThrow(/Unknown notification message/);
  });

  it('marks one read, only the caller’s own, then all read', async () => {
    const m = await createTestMunicipality(server);
    const other = await createTestMunicipality(server, 'Grannkommun');
    const sara = m.people.systemagare.personId;
    await notify(m, [reminder(sara, 'A'), reminder(sara, 'B'), reminder(sara, 'C'), reminder(m.people.lasare.personId, 'D')]);
    await notify(other, [reminder(other.people.systemagare.personId, 'E')]);
    const client = await m.as('systemagare');
    const [first] = (await client.get('/api/v1/notifications')).body.items;
    expect((await client.post(`/api/v1/notifications/${first.id}/read`, {})).status).toBe(204);
    expect((await client.post(`/api/v1/notifications/${first.id}/read`, {})).status).toBe(204);
    const after = await client.get('/api/v1/notifications');
    expect(after.body.unread).toBe(2);
    expect(after.body.items.find((i: { id: string }) => i.id === first.id).readAt).not.toBeNull();
    expect((await client.get('/api/v1/notifications?unread=true')).body.total).toBe(2);

    // Another person's, another municipality's, or no notification at all: 404, nothing changes.
    const lars = (await (await m.as('lasare')).get('/api/v1/notifications')).body.items[0];
    const foreign = (await (await other.as('systemagare')).get('/api/v1/notifications')).body.items[0];
    for (const id of [lars.id, foreign.id, '00000000-0000-4000-8000-000000000000']) {
      expect((await client.post(`/api/v1/notifications/${id}/read`, {})).status).toBe(404);
    }
    expect((await client.post('/api/v1/notifications/not-a-uuid/read', {})).status).toBe(400);
    expect((await (await m.as('lasare')).get('/api/v1/notifications')).body.unread).toBe(1);
    expect((await (await other.as('systemagare')).get('/api/v1/notifications')).body.unread).toBe(1);

    expect((await client.post('/api/v1/notifications/read-all', {})).status).toBe(204);
    expect((await client.get('/api/v1/notifications/unread')).body.unread).toBe(0);
    expect((await (await m.as('lasare')).get('/api/v1/notifications')).body.unread).toBe(1);
  });

  it('preferences: defaults, a change under If-Match, audited; stale 412, missing 428, bad input 400', async () => {
    const m = await createTestMunicipality(server);
    const client = await m.as('systemagare');
    const defaults = await client.get('/api/v1/notifications/preferences');
    expect(defaults.status).toBe(200);
    expect(defaults.headers.get('etag')).toBe('"0"');
    expect(defaults.body).toMatchObject({ digest: 'daily', optedOut: [], email: m.people.systemagare.email, rowVersion: 0 });
    expect(defaults.body.topics).toContain('attestation');

    const input = { digest: 'weekly', optedOut: ['handover'] };
    expect((await client.put('/api/v1/notifications/preferences', input)).status).toBe(428);
    expect((await client.put('/api/v1/notifications/preferences', input, { 'if-match': '"3"' })).status).toBe(412);
    const saved = await client.put('/api/v1/notifications/preferences', input, { 'if-match': '"0"' });
    expect(saved.status).toBe(200);
    expect(saved.headers.get('etag')).toBe('"1"');
    expect(saved.body).toMatchObject({ digest: 'weekly', optedOut: ['handover'], rowVersion: 1 });
    // A second tab that read the defaults saves over nothing.
    expect((await client.put('/api/v1/notifications/preferences', { digest: 'none', optedOut: [] }, { 'if-match': '"0"' })).status).toBe(412);
    const again = await client.put('/api/v1/notifications/preferences', { digest: 'none', optedOut: [] }, { 'if-match': '"1"' });
    expect(again.body).toMatchObject({ digest: 'none', optedOut: [], rowVersion: 2 });

    for (const bad of [{ digest: 'hourly', optedOut: [] }, { digest: 'daily', optedOut: ['nope'] }, { digest: 'daily', optedOut: 'attestation' }, { digest: 'daily\u0000', optedOut: [] }, {}]) {
      const answer = await client.put('/api/v1/notifications/preferences', bad, { 'if-match': '"2"' });
      expect(answer.status).toBe(400);
      expect(answer.headers.get('content-type')).toContain('application/problem+json');
    }
    expect((await client.get('/api/v1/notifications/preferences')).body).toMatchObject({ digest: 'none', rowVersion: 2 });
    // Another person's preferences are their own.
    expect((await (await m.as('lasare')).get('/api/v1/notifications/preferences')).body.rowVersion).toBe(0);

    const events = await server.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.organisationId, m.id), eq(auditEvents.entityType, 'notification_preferences')));
    expect(events.map((e) => [e.actorPersonId, e.before, e.after])).toEqual([
      [m.people.systemagare.personId, null, { digest: 'weekly', optedOut: ['handover'] }],
      [m.people.systemagare.personId, { digest: 'weekly', optedOut: ['handover'] }, { digest: 'none', optedOut: [] }],
    ]);
  });

  it('held digest sends are for those who manage the municipality', async () => {
    const m = await createTestMunicipality(server);
    expect((await (await m.as('lasare')).get('/api/v1/notifications/held-digests')).status).toBe(403);
    const admin = await m.as('admin');
    const held = await admin.get('/api/v1/notifications/held-digests');
    expect(held.status).toBe(200);
    expect(held.body).toEqual({ items: [], limit: 200, limitRowVersion: 0 });
    expect((await admin.post('/api/v1/notifications/held-digests/00000000-0000-4000-8000-000000000000/release', {})).status).toBe(404);
  });

  it('an admin sets the municipality’s own digest limit under If-Match, audited', async () => {
    const m = await createTestMunicipality(server);
    const other = await createTestMunicipality(server, 'Grannkommun');
    const admin = await m.as('admin');
    const path = '/api/v1/notifications/digest-limit';
    expect((await (await m.as('it_chef')).put(path, { digestLimit: 5 }, { 'if-match': '"0"' })).status).toBe(403);
    expect((await admin.put(path, { digestLimit: 5 })).status).toBe(428);
    expect((await admin.put(path, { digestLimit: 5 }, { 'if-match': '"1"' })).status).toBe(412);
    for (const bad of [{ digestLimit: 0 }, { digestLimit: -1 }, { digestLimit: 1.5 }, { digestLimit: '5' }, { digestLimit: 10_000_000 }, {}]) {
      expect((await admin.put(path, bad, { 'if-match': '"0"' })).status).toBe(400);
    }
    const saved = await admin.put(path, { digestLimit: 5 }, { 'if-match': '"0"' });
    expect(saved.status).toBe(200);
    expect(saved.headers.get('etag')).toBe('"1"');
    expect(saved.body).toMatchObject({ limit: 5, limitRowVersion: 1 });
    expect((await admin.put(path, { digestLimit: 7 }, { 'if-match': '"0"' })).status).toBe(412);
    expect((await admin.put(path, { digestLimit: 7 }, { 'if-match': '"1"' })).body).toMatchObject({ limit: 7, limitRowVersion: 2 });
    expect((await (await other.as('admin')).get('/api/v1/notifications/held-digests')).body).toMatchObject({ limit: 200, limitRowVersion: 0 });
    const events = await server.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.organisationId, m.id), eq(auditEvents.entityType, 'notification_settings')));
    expect(events.map((e) => [e.before, e.after])).toEqual([
      [{ digestLimit: 200 }, { digestLimit: 5 }],
      [{ digestLimit: 5 }, { digestLimit: 7 }],
    ]);
  });
});
