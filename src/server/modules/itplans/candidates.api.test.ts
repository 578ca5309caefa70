import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CandidateList } from '../../../shared/itplan-merge.js';
import { queryRows } from '../../platform/db.js';
import { createTestMunicipality, type Municipality, systemInput } from '../../testing/fixtures.js';
import { ifMatch, needInput, openRoundWithNeeds } from '../../testing/itplans.js';
import { startTestServer, type TestServer } from '../../testing/server.js';
import { candidateCorpus, type CorpusNeed } from './candidate-corpus.js';
import { CANDIDATE_THRESHOLD, type NeedWord, similarity } from './candidate-rules.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

const candidates = async (m: Municipality, roundId: string, role: 'it_chef' | 'forvaltningschef' = 'it_chef') => {
  const res = await (await m.as(role)).get(`/api/v1/plan-rounds/${roundId}/candidates`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as CandidateList;
};
const pair = (a: { id: string; rowVersion: number }, b: { id: string; rowVersion: number }) => [{ id: a.id, rowVersion: a.rowVersion }, { id: b.id, rowVersion: b.rowVersion }];

async function auditActions(m: Municipality) {
  const rows = await queryRows<{ entity_type: string; action: string }>(server.database.db, sql`select entity_type, action from audit_events where organisation_id = ${m.id} order by seq`);
  return rows.map((e) => `${e.entity_type}:${e.action}`);
}

describe('duplicate candidates', () => {
  it('proposes the e-archive of two departments, with the shared stems, and not the unrelated needs', async () => {
    const m = await createTestMunicipality(server);
    const { round, needs } = await openRoundWithNeeds(m);
    const list = await candidates(m, round.id, 'forvaltningschef');
    expect(list.allowedManage).toBe(false);
    expect(list.items).toHaveLength(1);
    const [c] = list.items;
    expect(c!.needs.map((n) => n.title).sort()).toEqual(['E-arkiv för socialtjänstens akter', 'E-arkivering av elevakter']);
    expect(new Set(c!.needs.map((n) => n.department.id))).toEqual(new Set([m.departments.a, m.departments.b]));
    expect(c!.words.map((w) => w.stem)).toContain('arkiv');
    expect(c!.words.flatMap((w) => [w.first, w.second])).toEqual(expect.arrayContaining(['arkiveras', 'arkivering']));
    expect(c!.score).toBeGreaterThanOrEqual(CANDIDATE_THRESHOLD);
    expect(c!.mergeable).toBe(true);
    expect(needs.a.length + needs.b.length).toBe(4);
  });

  it('counts a shared capability and system as reasons, and never pairs needs of one department', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    const system = (await admin.post('/api/v1/applications', systemInput({ name: 'Treserva' }))).body;
    const capability = (await admin.get('/api/v1/capabilities')).body.items[0];
    const shared = { capabilityIds: [capability.id], applicationIds: [system.id] };
    const { round } = await openRoundWithNeeds(m, {
      needs: {
        a: [needInput({ title: 'Mobil dokumentation i hemtjänsten', description: 'Personalen dokumenterar insatser i mobilen.', ...shared }), needInput({ title: 'Dokumentera i mobilen', description: 'Personalen dokumenterar i mobil.' })],
        b: [needInput({ title: 'Mobil dokumentation inom LSS', description: 'Boendestödjare dokumenterar i mobil hos brukaren.', ...shared })],
      },
    });
    const list = await candidates(m, round.id);
    expect(list.items.length).toBe(2);
    const best = list.items[0]!;
    expect(best.capabilities).toEqual([{ id: capability.id, name: expect.any(String) }]);
    expect(best.systems).toEqual([{ id: system.id, name: 'Treserva' }]);
    expect(list.items[1]!.capabilities).toEqual([]);
    expect(best.score).toBeGreaterThan(list.items[1]!.score);
    for (const item of list.items) expect(item.needs[0]!.department.id).not.toBe(item.needs[1]!.department.id);
  });

  it('answers 404 for a round of another municipality or no round', async () => {
    const m = await createTestMunicipality(server);
    const other = await createTestMunicipality(server);
    const { round } = await openRoundWithNeeds(other);
    const chef = await m.as('it_chef');
    expect((await chef.get(`/api/v1/plan-rounds/${round.id}/candidates`)).status).toBe(404);
    expect((await chef.get(`/api/v1/plan-rounds/${randomUUID()}/candidates`)).status).toBe(404);
    expect((await chef.get('/api/v1/plan-rounds/inte-ett-id/candidates')).status).toBe(400);
  });
});

describe('dismissing a pair', () => {
  it('stores the pair smaller id first with the reason, audits it, and stops proposing it', async () => {
    const m = await createTestMunicipality(server);
    const { round } = await openRoundWithNeeds(m);
    const chef = await m.as('it_chef');
    const [c] = (await candidates(m, round.id)).items;
    const [x, y] = c!.needs;
    expect((await (await m.as('forvaltningschef')).post(`/api/v1/plan-rounds/${round.id}/candidates/dismiss`, { needs: pair(x!, y!), reason: 'Olika' })).status).toBe(403);
    const empty = await chef.post(`/api/v1/plan-rounds/${round.id}/candidates/dismiss`, { needs: pair(x!, y!), reason: '' });
    expect(empty.status).toBe(400);
    expect(empty.body.errors.map((e: { field: string }) => e.field)).toEqual(['reason']);
    expect((await chef.post(`/api/v1/plan-rounds/${round.id}/candidates/dismiss`, { needs: pair(x!, { ...y!, rowVersion: 99 }), reason: 'Olika' })).status).toBe(412);
    const res = await chef.post(`/api/v1/plan-rounds/${round.id}/candidates/dismiss`, { needs: pair(y!, x!), reason: 'Elevakter och socialakter gallras olika' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const [row] = await queryRows<{ first_id: string; second_id: string; reason: string }>(server.database.db, sql`select first_id, second_id, reason from plan_need_dismissals where organisation_id = ${m.id} and id = ${res.body.id}`);
    expect([row!.first_id, row!.second_id]).toEqual([x!.id, y!.id].sort());
    expect(row!.reason).toBe('Elevakter och socialakter gallras olika');
    expect((await candidates(m, round.id)).items).toEqual([]);
    expect(await auditActions(m)).toContain('plan_need_dismissal:create');
    const again = await chef.post(`/api/v1/plan-rounds/${round.id}/candidates/dismiss`, { needs: pair(x!, y!), reason: 'Igen' });
    expect(again.body.id).toBe(res.body.id);
  });

  it('names an unknown or repeated need, and refuses another municipality’s needs', async () => {
    const m = await createTestMunicipality(server);
    const other = await createTestMunicipality(server);
    const { round, needs } = await openRoundWithNeeds(m);
    const foreign = await openRoundWithNeeds(other);
    const chef = await m.as('it_chef');
    const fields = async (body: unknown) => {
      const res = await chef.post(`/api/v1/plan-rounds/${round.id}/candidates/dismiss`, body);
      expect(res.status, JSON.stringify(res.body)).toBe(400);
      return res.body.errors.map((e: { field: string }) => e.field);
    };
    expect(await fields({ needs: pair(needs.a[0]!, foreign.needs.b[0]!), reason: 'x' })).toEqual(['needs.1.id']);
    expect(await fields({ needs: pair(needs.a[0]!, needs.a[0]!), reason: 'x' })).toEqual(['needs.1.id']);
    expect(await fields({ needs: [{ id: 'x', rowVersion: 'a' }], reason: 7 })).toEqual(expect.arrayContaining(['reason']));
    expect((await chef.post(`/api/v1/plan-rounds/${foreign.round.id}/candidates/dismiss`, { needs: pair(foreign.needs.a[0]!, foreign.needs.b[0]!), reason: 'x' })).status).toBe(404);
  });
});

describe('merging and splitting', () => {
  it('merges two submitted needs into one initiative: costs summed per year, lists united, highest priority, the other archived', async () => {
    const m = await createTestMunicipality(server);
    const { round, needs } = await openRoundWithNeeds(m);
    const chef = await m.as('it_chef');
    const archiveA = needs.a.find((n) => n.title.startsWith('E-arkiv'))!;
    const archiveB = needs.b.find((n) => n.title.startsWith('E-arkiv'))!;
    const stale = await chef.post(`/api/v1/plan-rounds/${round.id}/merge`, { needs: pair(archiveA, { ...archiveB, rowVersion: archiveB.rowVersion + 5 }) });
    expect(stale.status).toBe(412);
    const res = await chef.post(`/api/v1/plan-rounds/${round.id}/merge`, { needs: pair(archiveA, archiveB), title: 'Gemensamt e-arkiv' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.initiative).toMatchObject({ id: archiveA.initiativeId, title: 'Gemensamt e-arkiv' });
    expect(res.body.initiative.needIds.sort()).toEqual([archiveA.id, archiveB.id].sort());
    const rows = await queryRows<{ id: string; title: string; costs: unknown; priority: number; archived_at: Date | null }>(
      server.database.db,
      sql`select id, title, costs, priority, archived_at from plan_initiatives where organisation_id = ${m.id} and id in (${archiveA.initiativeId}, ${archiveB.initiativeId})`,
    );
    const kept = rows.find((r) => r.id === archiveA.initiativeId)!;
    expect(kept).toMatchObject({ title: 'Gemensamt e-arkiv', priority: 1, archived_at: null, costs: [{ year: 2027, investment: 800_000, running: 0 }, { year: 2028, investment: 0, running: 160_000 }] });
    expect(rows.find((r) => r.id === archiveB.initiativeId)!.archived_at).not.toBeNull();
    const linked = await queryRows<{ initiative_id: string }>(server.database.db, sql`select initiative_id from plan_needs where organisation_id = ${m.id} and id in (${archiveA.id}, ${archiveB.id})`);
    expect(linked.map((l) => l.initiative_id)).toEqual([archiveA.initiativeId, archiveA.initiativeId]);
    const afterMerge = await candidates(m, round.id);
    expect(afterMerge.items).toEqual([]);
    expect(afterMerge.merged).toHaveLength(1);
    expect(afterMerge.merged[0]).toMatchObject({ id: archiveA.initiativeId, title: 'Gemensamt e-arkiv', rowVersion: res.body.initiative.rowVersion });
    expect(afterMerge.merged[0]!.needs.map((n) => n.id).sort()).toEqual([archiveA.id, archiveB.id].sort());
    expect(await auditActions(m)).toEqual(expect.arrayContaining(['plan_initiative:merge', 'plan_initiative:archive', 'plan_need:update']));
    const again = await chef.post(`/api/v1/plan-rounds/${round.id}/merge`, { needs: pair(archiveA, { ...archiveB, rowVersion: archiveB.rowVersion + 1 }) });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('plan_needs_already_merged');
    expect((await (await m.as('forvaltningschef')).post(`/api/v1/plan-initiatives/${archiveA.initiativeId}/split`, {}, ifMatch(res.body.initiative.rowVersion))).status).toBe(403);
    expect((await chef.post(`/api/v1/plan-initiatives/${archiveA.initiativeId}/split`, {})).status).toBe(428);

    const split = await chef.post(`/api/v1/plan-initiatives/${archiveA.initiativeId}/split`, {}, ifMatch(res.body.initiative.rowVersion));
    expect(split.status, JSON.stringify(split.body)).toBe(200);
    expect(split.body.initiatives).toHaveLength(2);
    expect(split.body.initiatives.flatMap((i: { needIds: string[] }) => i.needIds).sort()).toEqual([archiveA.id, archiveB.id].sort());
    const after = await queryRows<{ initiative_id: string }>(server.database.db, sql`select distinct initiative_id from plan_needs where organisation_id = ${m.id} and id in (${archiveA.id}, ${archiveB.id})`);
    expect(after).toHaveLength(2);
    expect((await candidates(m, round.id)).items).toHaveLength(1);
    expect((await candidates(m, round.id)).merged).toEqual([]);
    expect((await chef.post(`/api/v1/plan-initiatives/${archiveA.initiativeId}/split`, {}, ifMatch(split.body.initiatives[0].rowVersion))).status).toBe(409);
    expect((await chef.post(`/api/v1/plan-initiatives/${archiveA.initiativeId}/split`, {}, ifMatch(1))).status).toBe(412);
  });

  it('merges only submitted needs, and nothing once the round is decided', async () => {
    const m = await createTestMunicipality(server);
    const { round, needs } = await openRoundWithNeeds(m, { submit: false });
    const chef = await m.as('it_chef');
    const list = await candidates(m, round.id);
    expect(list.items[0]!.mergeable).toBe(false);
    const res = await chef.post(`/api/v1/plan-rounds/${round.id}/merge`, { needs: pair(needs.a[0]!, needs.b[0]!) });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('plan_need_not_submitted');
    await server.database.db.execute(sql`update plan_rounds set status = 'decided' where organisation_id = ${m.id} and id = ${round.id}`);
    const decided = await chef.post(`/api/v1/plan-rounds/${round.id}/merge`, { needs: pair(needs.a[0]!, needs.b[0]!) });
    expect(decided.status).toBe(409);
    expect(decided.body.code).toBe('plan_round_decided');
    expect((await chef.post(`/api/v1/plan-rounds/${round.id}/candidates/dismiss`, { needs: pair(needs.a[0]!, needs.b[0]!), reason: 'x' })).status).toBe(409);
  });
});

describe('precision and recall on the corpus', () => {
  async function words(need: CorpusNeed): Promise<NeedWord[]> {
    const out: NeedWord[] = [];
    for (const [body, inTitle] of [[need.title, true], [need.description, false]] as const) {
      const rows = await queryRows<{ token: string; lexeme: string }>(server.database.db, sql`select token, lexemes[1] as lexeme from ts_debug('swedish', ${body}) where lexemes is not null and cardinality(lexemes) > 0`);
      out.push(...rows.map((r) => ({ token: r.token.toLowerCase(), lexeme: r.lexeme, inTitle })));
    }
    return out;
  }

  it('finds the duplicates written in other words and leaves the near misses, both at least 0.8', async () => {
    expect(candidateCorpus.length).toBeGreaterThanOrEqual(25);
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    const wrong: string[] = [];
    for (const p of candidateCorpus) {
      const comparable = async (id: string, need: CorpusNeed) => ({ id, departmentId: id, initiativeId: null, words: await words(need), capabilityIds: [], applicationIds: [] });
      const { score } = similarity(await comparable('a', p.a), await comparable('b', p.b));
      const proposed = score >= CANDIDATE_THRESHOLD;
      if (proposed && p.same) truePositives++;
      else if (proposed) falsePositives++;
      else if (p.same) falseNegatives++;
      if (proposed !== p.same) wrong.push(`${p.a.title} | ${p.b.title}: ${score}`);
    }
    const precision = truePositives / (truePositives + falsePositives);
    const recall = truePositives / (truePositives + falseNegatives);
    console.info(`candidates corpus: precision ${precision.toFixed(2)}, recall ${recall.toFixed(2)} over ${candidateCorpus.length} pairs; wrong: ${wrong.join('; ') || 'none'}`);
    expect(precision).toBeGreaterThanOrEqual(0.8);
    expect(recall).toBeGreaterThanOrEqual(0.8);
  });
});
