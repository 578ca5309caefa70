import { readFileSync, writeFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestMunicipality, systemInput } from '../../testing/fixtures.js';
import { queryRows } from '../../platform/db.js';
import { forgeName, rewriteChain } from '../../testing/audit-tamper.js';
import { startTestServer, type TestServer } from '../../testing/server.js';
import { checkpointFile, writeCheckpoints } from './checkpoints.js';
import { auditTrust, installAuditTrust } from './keys.js';
import { randomBytes } from 'node:crypto';
import { verifyAuditChain } from './verify.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

async function municipalityWithHistory() {
  const m = await createTestMunicipality(server);
  const admin = await m.as('admin');
  const { body } = await admin.post('/api/v1/applications', systemInput({ name: 'Spårbar' }));
  await admin.put(`/api/v1/applications/${body.id}`, systemInput({ name: 'Spårbar 2' }), { 'if-match': '"1"' });
  return { m, id: body.id as string };
}

describe('the audit chain', () => {
  it('records every write with person, time, entity, action, before and after, hashed with the key, and verifies', async () => {
    const { m, id } = await municipalityWithHistory();
    const rows = await queryRows<{ action: string; actor_person_id: string; before: { name: string } | null; after: { name: string }; hash: string }>(server.database.db,
      sql`select action, actor_person_id, before, after, hash from audit_events where organisation_id = ${m.id} and entity_id = ${id} order by seq`,
    );
    expect(rows.map((r) => r.action)).toEqual(['create', 'update']);
    expect(rows[1]).toMatchObject({ actor_person_id: m.people.admin.personId, before: { name: 'Spårbar' }, after: { name: 'Spårbar 2' } });
    expect(rows[1]!.hash).toMatch(/^k1:[0-9a-f]{64}$/);
    const report = await verifyAuditChain(server.database.db, m.id, new Date());
    expect(report).toMatchObject({ ok: true, legacyEvents: 0, keyConfigured: true, firstBroken: null });
    expect(report.events).toBeGreaterThan(5);
  });

  it('detects an event changed after it was written', async () => {
    const { m, id } = await municipalityWithHistory();
    const seq = await forgeName(server.database.db, m.id, id);
    const report = await verifyAuditChain(server.database.db, m.id, new Date());
    expect(report.ok).toBe(false);
    expect(report.problems).toContainEqual(expect.objectContaining({ code: 'changed', seq }));
    expect(report.firstBroken).toMatchObject({ seq, action: 'update', entityId: id });
  });

  it('detects a deleted event in the middle and a deleted newest event', async () => {
    const first = await municipalityWithHistory();
    await server.database.db.execute(sql`delete from audit_events where organisation_id = ${first.m.id} and entity_id = ${first.id} and action = 'create'`);
    expect((await verifyAuditChain(server.database.db, first.m.id, new Date())).problems.map((p) => p.code)).toContain('missing');

    const second = await municipalityWithHistory();
    await server.database.db.execute(sql`delete from audit_events where organisation_id = ${second.m.id} and entity_id = ${second.id} and action = 'update'`);
    const report = await verifyAuditChain(server.database.db, second.m.id, new Date());
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => p.code)).toContain('head_mismatch');
  });

  it('keeps one chain per municipality, so one municipality’s writes never break another’s', async () => {
    const a = await municipalityWithHistory();
    const b = await municipalityWithHistory();
    expect((await verifyAuditChain(server.database.db, a.m.id, new Date())).ok).toBe(true);
    expect((await verifyAuditChain(server.database.db, b.m.id, new Date())).ok).toBe(true);
  });
});

describe('rewriting the chain with database access only', () => {
  it('is reported broken on the running server when an event is changed and the later hashes and head recomputed unkeyed', async () => {
    const { m, id } = await municipalityWithHistory();
    const admin = await m.as('admin');
    const before = await admin.get('/api/v1/audit/verification');
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({ ok: true, organisationId: m.id, keyConfigured: true, problemCount: 0 });

    const seq = await forgeName(server.database.db, m.id, id);
    await rewriteChain(server.database.db, m.id, seq);
    const after = await admin.get('/api/v1/audit/verification');
    expect(after.status).toBe(200);
    expect(after.body.ok).toBe(false);
    expect(after.body.firstBroken).toMatchObject({ seq, action: 'update', entityType: 'application', entityId: id, code: 'unkeyed_after_keyed' });
  });

  it('is reported broken when the rewriter imitates the key id without the key', async () => {
    const { m, id } = await municipalityWithHistory();
    const seq = await forgeName(server.database.db, m.id, id);
    await rewriteChain(server.database.db, m.id, seq, { id: 'k1', secret: Buffer.from('a guess, not the key kept outside the database') });
    const report = await verifyAuditChain(server.database.db, m.id, new Date());
    expect(report.ok).toBe(false);
    expect(report.firstBroken).toMatchObject({ seq, code: 'changed' });
  });

  it('is reported broken even when rewritten with the key, against the signed checkpoint written before', async () => {
    const { m, id } = await municipalityWithHistory();
    const trust = auditTrust();
    const written = await writeCheckpoints(server.database.db, trust, new Date());
    expect(written).toBeGreaterThanOrEqual(1);
    const lines = readFileSync(checkpointFile(trust.checkpointDir!, m.id), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(1);
    const checkpoint = JSON.parse(lines[0]!);
    expect(checkpoint).toMatchObject({ v: 1, organisationId: m.id, signer: trust.signer!.keyId });
    expect((await verifyAuditChain(server.database.db, m.id, new Date())).lastCheckpoint).toMatchObject({ seq: checkpoint.seq, hash: checkpoint.hash });

    const seq = await forgeName(server.database.db, m.id, id);
    await rewriteChain(server.database.db, m.id, seq, { id: 'k1', secret: trust.hmacKeys.get('k1')! });
    const report = await verifyAuditChain(server.database.db, m.id, new Date());
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => p.code)).toEqual(['checkpoint_mismatch']);
    expect(report.problems[0]).toMatchObject({ seq: checkpoint.seq, checkpointAt: checkpoint.at });

    // Nor can the checkpoint be made to agree: changing its hash breaks its signature.
    writeFileSync(checkpointFile(trust.checkpointDir!, m.id), `${JSON.stringify({ ...checkpoint, hash: 'k1:0' })}\n`);
    expect((await verifyAuditChain(server.database.db, m.id, new Date())).problems.map((p) => p.code)).toEqual(['checkpoint_bad_signature']);
  });

  it('answers the verification to admins only', async () => {
    const m = await createTestMunicipality(server);
    expect((await (await m.as('it_chef')).get('/api/v1/audit/verification')).status).toBe(403);
    expect((await (await m.as('lasare')).get('/api/v1/audit/verification')).status).toBe(403);
  });
});

describe('keys over time', () => {
  it('verifies events from before the key as legacy, and events under an earlier key after rotation; an event under a key the server lacks is reported', async () => {
    const configured = auditTrust();
    const k2 = randomBytes(32);
    try {
      installAuditTrust({ ...configured, hmacKeys: new Map(), currentKeyId: null });
      const m = await createTestMunicipality(server);
      const admin = await m.as('admin');
      await admin.post('/api/v1/applications', systemInput({ name: 'Före nyckeln' }));
      installAuditTrust(configured);
      await admin.post('/api/v1/applications', systemInput({ name: 'Med nyckel 1' }));
      installAuditTrust({ ...configured, hmacKeys: new Map([...configured.hmacKeys, ['k2', k2]]), currentKeyId: 'k2' });
      await admin.post('/api/v1/applications', systemInput({ name: 'Med nyckel 2' }));
      const hashes = await queryRows<{ hash: string }>(server.database.db, sql`select hash from audit_events where organisation_id = ${m.id} and entity_type = 'application' order by seq`);
      expect(hashes.map((h) => h.hash.split(':').length === 2 ? h.hash.split(':')[0] : 'legacy')).toEqual(['legacy', 'k1', 'k2']);
      const report = (await admin.get('/api/v1/audit/verification')).body;
      expect(report).toMatchObject({ ok: true });
      expect(report.legacyEvents).toBeGreaterThan(0);

      installAuditTrust({ ...configured, hmacKeys: new Map([['k2', k2]]), currentKeyId: 'k2' });
      const withoutK1 = (await admin.get('/api/v1/audit/verification')).body;
      expect(withoutK1.ok).toBe(false);
      expect(withoutK1.problems[0]).toMatchObject({ code: 'unknown_key', keyId: 'k1' });
    } finally {
      installAuditTrust(configured);
    }
  });
});
