import type { Candidate, CandidateList, DismissInput, MergeInput } from '../../../shared/itplan-merge.js';
import { AppError, type FieldError, notFound, validationFailed } from '../../platform/errors.js';
import { requirePermission } from '../../platform/permissions.js';
import type { Db } from '../../platform/db.js';
import type { RequestScope } from '../../platform/scope.js';
import { auditAs } from '../audit/commands.js';
import { candidatePairs, CANDIDATE_THRESHOLD, mergedFields, pairKey } from './candidate-rules.js';
import { candidateQueries } from './candidate-queries.js';
import type { ItplanCommandContext } from './commands.js';
import { itplanRepository } from './repository.js';
import { needFieldsOf } from './rules.js';

/** The likely duplicate needs of a round, best first, with the words, capabilities and systems they share; 404 outside the municipality. */
export async function presentCandidates(scope: RequestScope, roundId: string): Promise<CandidateList> {
  const repo = scope.repos.itplans;
  if (!(await repo.round(roundId))) throw notFound();
  const queries = candidateQueries(scope.db, scope.auth.organisationId);
  const rows = await queries.needs(roundId);
  const words = await queries.words(roundId);
  const dismissed = new Set((await queries.dismissed(roundId)).map((d) => pairKey(d.firstId, d.secondId)));
  const byId = new Map(rows.map((r) => [r.need.id, r]));
  const pairs = candidatePairs(
    rows.map(({ need }) => ({ ...need, words: words.get(need.id) ?? [] })),
    dismissed,
  );
  const names = async (ids: string[], load: (ids: string[]) => Promise<{ id: string; name: string }[]>) => new Map((await load([...new Set(ids)])).map((r) => [r.id, r.name]));
  const capabilities = await names(pairs.flatMap((p) => p.similarity.capabilityIds), (ids) => repo.capabilities(ids, scope.auth.language));
  const systems = await names(pairs.flatMap((p) => p.similarity.applicationIds), (ids) => repo.systems(ids));
  const named = (ids: string[], known: Map<string, string>) => ids.flatMap((id) => (known.has(id) ? [{ id, name: known.get(id)! }] : []));
  const presentNeed = (id: string): Candidate['needs'][number] => {
    const { need, departmentName } = byId.get(id)!;
    return { id, department: { id: need.departmentId, name: departmentName }, title: need.title, description: need.description, initiativeId: need.initiativeId, rowVersion: need.rowVersion };
  };
  const needsPer = new Map<string, string[]>();
  for (const { need } of rows) if (need.initiativeId) needsPer.set(need.initiativeId, [...(needsPer.get(need.initiativeId) ?? []), need.id]);
  const shared = [...needsPer].filter(([, ids]) => ids.length > 1);
  const initiatives = new Map((await repo.initiatives(shared.map(([id]) => id))).filter((i) => !i.archivedAt).map((i) => [i.id, i]));
  const merged = shared
    .flatMap(([id, ids]) => {
      const initiative = initiatives.get(id);
      return initiative ? [{ id, title: initiative.title, needs: ids.map(presentNeed), rowVersion: initiative.rowVersion }] : [];
    })
    .sort((a, b) => a.title.localeCompare(b.title, 'sv') || a.id.localeCompare(b.id));
  return {
    merged,
    items: pairs.map((p) => ({
      score: p.similarity.score,
      needs: [presentNeed(p.first.id), presentNeed(p.second.id)],
      words: p.similarity.words,
      capabilities: named(p.similarity.capabilityIds, capabilities),
      systems: named(p.similarity.applicationIds, systems),
      mergeable: Boolean(p.first.initiativeId && p.second.initiativeId),
    })),
    threshold: CANDIDATE_THRESHOLD,
    allowedManage: scope.can('itplan.manage'),
  };
}

/** The round, locked and open: 404 outside the municipality, 409 once decided. */
async function openRound(tx: Db, ctx: ItplanCommandContext, roundId: string) {
  const round = await itplanRepository(tx, ctx.auth.organisationId).lockRound(roundId);
  if (!round) throw notFound();
  if (round.status !== 'open') throw new AppError(409, 'plan_round_decided');
  return round;
}

/** The needs named, locked, each of the round and at the version the client read (400 for a need not in the round, 412 for a stale one). */
async function lockedNeeds(tx: Db, ctx: ItplanCommandContext, roundId: string, named: { id: string; rowVersion: number }[]) {
  const repo = itplanRepository(tx, ctx.auth.organisationId);
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  named.forEach((n, i) => {
    if (seen.has(n.id)) errors.push({ field: `needs.${i}.id`, key: 'duplicate_value' });
    seen.add(n.id);
  });
  if (errors.length) throw validationFailed(errors);
  // Locked in id order, so two merges naming the same needs never wait on each other crosswise.
  const found = new Map<string, NonNullable<Awaited<ReturnType<typeof repo.lockNeed>>>>();
  for (const id of [...seen].sort()) {
    const need = await repo.lockNeed(id);
    if (need && need.roundId === roundId) found.set(id, need);
  }
  named.forEach((n, i) => found.has(n.id) || errors.push({ field: `needs.${i}.id`, key: 'unknown_reference' }));
  if (errors.length) throw validationFailed(errors);
  const needs = named.map((n) => found.get(n.id)!);
  if (needs.some((need, i) => need.rowVersion !== named[i]!.rowVersion)) throw new AppError(412, 'precondition_failed');
  return needs;
}

/** Judges two needs not to be the same need, with the reason: the pair (smaller id first) is not proposed again. */
export async function dismissPair(ctx: ItplanCommandContext, roundId: string, input: DismissInput): Promise<string> {
  requirePermission(ctx.auth, 'itplan.manage');
  return ctx.db.transaction(async (tx) => {
    const round = await openRound(tx, ctx, roundId);
    const needs = await lockedNeeds(tx, ctx, round.id, input.needs);
    const [firstId, secondId] = needs.map((n) => n.id).sort() as [string, string];
    const queries = candidateQueries(tx, ctx.auth.organisationId);
    const at = ctx.clock.now();
    const row = await queries.insertDismissal({ roundId: round.id, firstId, secondId, reason: input.reason, dismissedBy: ctx.auth.personId, createdAt: at, updatedAt: at });
    if (!row) return (await queries.dismissal(firstId, secondId))!.id;
    await auditAs(tx, ctx, 'plan_need_dismissal', row.id, 'create', null, { roundId: round.id, firstId, secondId, reason: input.reason });
    return row.id;
  });
}

/**
 * Merges the initiatives of submitted needs into one: the first need's initiative is kept with the
 * fields combined (candidate-rules.ts, `mergedFields`), every need of the others points at it, and
 * the emptied initiatives are archived.
 */
export async function mergeNeeds(ctx: ItplanCommandContext, roundId: string, input: MergeInput) {
  requirePermission(ctx.auth, 'itplan.manage');
  return ctx.db.transaction(async (tx) => {
    const round = await openRound(tx, ctx, roundId);
    const needs = await lockedNeeds(tx, ctx, round.id, input.needs);
    if (needs.some((n) => !n.initiativeId)) throw new AppError(409, 'plan_need_not_submitted');
    const initiativeIds = [...new Set(needs.map((n) => n.initiativeId!))];
    if (initiativeIds.length < 2) throw new AppError(409, 'plan_needs_already_merged');
    const queries = candidateQueries(tx, ctx.auth.organisationId);
    const repo = itplanRepository(tx, ctx.auth.organisationId);
    const found = new Map((await queries.lockInitiatives(initiativeIds)).map((i) => [i.id, i]));
    const initiatives = initiativeIds.map((id) => found.get(id)).filter((i) => i !== undefined);
    if (initiatives.length < 2) throw new AppError(409, 'plan_needs_already_merged');
    const [target, ...others] = initiatives as [(typeof initiatives)[number], ...typeof initiatives];
    const members = await queries.lockNeedsOf(initiatives.map((i) => i.id));
    const at = ctx.clock.now();
    const fields = needFieldsOf(mergedFields(initiatives.map(needFieldsOf), input.title, input.description));
    const row = await repo.updateInitiative(target.id, { ...fields, updatedAt: at });
    await auditAs(tx, ctx, 'plan_initiative', target.id, 'merge', { ...needFieldsOf(target), initiativeIds }, { ...fields, needIds: members.map((n) => n.id) });
    for (const other of others) {
      await repo.updateInitiative(other.id, { archivedAt: at, updatedAt: at });
      await auditAs(tx, ctx, 'plan_initiative', other.id, 'archive', { archivedAt: null }, { archivedAt: at.toISOString(), mergedInto: target.id });
    }
    for (const need of members.filter((n) => n.initiativeId !== target.id)) {
      await repo.updateNeed(need.id, null, { initiativeId: target.id, updatedAt: at });
      await auditAs(tx, ctx, 'plan_need', need.id, 'update', { initiativeId: need.initiativeId }, { initiativeId: target.id });
    }
    return { initiative: { id: target.id, title: row!.title, needIds: members.map((n) => n.id), rowVersion: row!.rowVersion } };
  });
}

/** Undoes a merge at the version the client read (If-Match): the first need keeps the initiative, refreshed from it, and every other need gets its own again. */
export async function splitInitiative(ctx: ItplanCommandContext, initiativeId: string, expectedVersion: number) {
  requirePermission(ctx.auth, 'itplan.manage');
  return ctx.db.transaction(async (tx) => {
    const queries = candidateQueries(tx, ctx.auth.organisationId);
    const repo = itplanRepository(tx, ctx.auth.organisationId);
    const round = await repo.lockRoundOf('initiative', initiativeId);
    if (!round) throw notFound();
    await openRound(tx, ctx, round.id);
    const [initiative] = await queries.lockInitiatives([initiativeId]);
    if (!initiative) throw notFound();
    if (initiative.rowVersion !== expectedVersion) throw new AppError(412, 'precondition_failed');
    const members = await queries.lockNeedsOf([initiative.id]);
    if (members.length < 2) throw new AppError(409, 'plan_initiative_not_merged');
    const at = ctx.clock.now();
    const [first, ...rest] = members as [(typeof members)[number], ...typeof members];
    const kept = await repo.updateInitiative(initiative.id, { ...needFieldsOf(first), adjustedFields: [], updatedAt: at });
    await auditAs(tx, ctx, 'plan_initiative', initiative.id, 'split', { ...needFieldsOf(initiative), needIds: members.map((n) => n.id) }, { ...needFieldsOf(first), needIds: [first.id] });
    const result = [{ id: initiative.id, title: kept!.title, needIds: [first.id], rowVersion: kept!.rowVersion }];
    for (const need of rest) {
      const created = await repo.insertInitiative({ ...needFieldsOf(need), roundId: initiative.roundId, createdAt: at, updatedAt: at });
      await auditAs(tx, ctx, 'plan_initiative', created.id, 'create', null, { ...needFieldsOf(need), needIds: [need.id] });
      await repo.updateNeed(need.id, null, { initiativeId: created.id, updatedAt: at });
      await auditAs(tx, ctx, 'plan_need', need.id, 'update', { initiativeId: initiative.id }, { initiativeId: created.id });
      result.push({ id: created.id, title: created.title, needIds: [need.id], rowVersion: created.rowVersion });
    }
    return { initiatives: result };
  });
}
