import type { HandoverInput, ResponsibilityKind } from '../../../shared/handover.js';
import type { AuthContext } from '../../platform/auth.js';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db.js';
import { AppError, type FieldError, validationFailed } from '../../platform/errors.js';
import { requirePermission } from '../../platform/permissions.js';
import { reassignApplications } from '../applications/handover.js';
import { reassignAssignments } from '../documents/assignments.js';
import { reassignDocuments } from '../documents/handover.js';
import { reassignKpis } from '../goals/handover.js';
import { createNotifications } from '../notifications/commands.js';
import { handoverTargets, lockPersonForHandover, recordHandover } from '../organisation/handover-commands.js';
import { archivePerson } from '../organisation/people-commands.js';
import { reassignBenefitFollowUps, reassignProjects } from '../portfolio/handover.js';
import { responsibilitiesOf } from './repository.js';

interface HandoverContext {
  db: Db;
  clock: Clock;
  auth: AuthContext;
  scryptCost: number;
}

type Reassign = (ctx: HandoverContext, from: string, to: string) => Promise<number>;

/** Each kind is moved by the command of the module that owns its table (DECISIONS.md 14). */
const reassigners: Record<ResponsibilityKind, Reassign> = {
  system_owner: (ctx, from, to) => reassignApplications(ctx, 'owner', from, to),
  system_manager: (ctx, from, to) => reassignApplications(ctx, 'manager', from, to),
  document_owner: reassignDocuments,
  kpi_owner: reassignKpis,
  project_owner: (ctx, from, to) => reassignProjects(ctx, 'owner', from, to),
  project_sponsor: (ctx, from, to) => reassignProjects(ctx, 'sponsor', from, to),
  benefit_follow_up: reassignBenefitFollowUps,
  document_assignment: reassignAssignments,
};

/**
 * Hands a person's responsibilities over to others in one transaction, each record through its
 * module's command with its own audit event, and optionally deactivates the person (which ends
 * their sessions). Refused as a whole: a stale version, a taker who is not an active person of the
 * municipality (or is the person), a kind the person has nothing in. Deactivating while something
 * remains is allowed, so a login can end the day someone leaves: what remains shows as the
 * register's deviation `owner_inactive` until it is handed over (from the inactive person too).
 */
export async function handOver(ctx: HandoverContext, personId: string, expectedVersion: number, input: HandoverInput) {
  requirePermission(ctx.auth, 'organisation.manage');
  return ctx.db.transaction(async (tx) => {
    const inTx = { ...ctx, db: tx };
    const person = await lockPersonForHandover(inTx, personId, expectedVersion);
    const groups = await responsibilitiesOf(tx, ctx.auth.organisationId, personId);
    const held = new Map(groups.map((g) => [g.kind, g.count]));
    const errors: FieldError[] = [];
    if (input.assignments.length === 0 && !input.deactivate) errors.push({ field: 'assignments', key: 'at_least_one' });
    const all = input.assignments.findIndex((a) => a.kind === 'all');
    if (all >= 0 && input.assignments.length > 1) errors.push({ field: `assignments.${all}.kind`, key: 'duplicate_value' });
    const targets = await handoverTargets(tx, ctx.auth.organisationId, input.assignments.map((a) => a.toPersonId));
    const plan = new Map<ResponsibilityKind, string>();
    input.assignments.forEach((a, index) => {
      const target = targets.get(a.toPersonId);
      if (!target) errors.push({ field: `assignments.${index}.toPersonId`, key: 'unknown_reference' });
      else if (a.toPersonId === personId) errors.push({ field: `assignments.${index}.toPersonId`, key: 'self_reference_person' });
      else if (!target.active) errors.push({ field: `assignments.${index}.toPersonId`, key: 'person_inactive' });
      if (a.kind === 'all') {
        if (groups.length === 0) errors.push({ field: `assignments.${index}.kind`, key: 'nothing_to_hand_over' });
        for (const g of groups) plan.set(g.kind, a.toPersonId);
      } else if (plan.has(a.kind)) {
        errors.push({ field: `assignments.${index}.kind`, key: 'duplicate_value' });
      } else if (!held.has(a.kind)) {
        errors.push({ field: `assignments.${index}.kind`, key: 'nothing_to_hand_over' });
      } else {
        plan.set(a.kind, a.toPersonId);
      }
    });
    if (errors.length > 0) throw validationFailed(errors);
    if (input.deactivate && person.archivedAt !== null) throw new AppError(409, 'person_inactive_already');
    const handedOver: { kind: ResponsibilityKind; count: number; toPersonId: string }[] = [];
    for (const [kind, toPersonId] of plan) handedOver.push({ kind, count: await reassigners[kind](inTx, personId, toPersonId), toPersonId });
    let rowVersion = await recordHandover(inTx, personId, handedOver);
    await notifyTakers(inTx, person, rowVersion, handedOver);
    if (input.deactivate) {
      await archivePerson(inTx, personId, rowVersion, { keepResponsibilities: true });
      rowVersion += 1;
    }
    return { handedOver, active: person.archivedAt === null && !input.deactivate, rowVersion };
  });
}

/** Each person who took something over finds it in their notifications (and digest): how much, from whom. */
async function notifyTakers(ctx: HandoverContext, from: { id: string; name: string }, version: number, handedOver: { count: number; toPersonId: string }[]) {
  const counts = new Map<string, number>();
  for (const { count, toPersonId } of handedOver) if (count > 0) counts.set(toPersonId, (counts.get(toPersonId) ?? 0) + count);
  await createNotifications(
    ctx.db,
    ctx.auth.organisationId,
    [...counts].map(([personId, count]) => ({
      personId,
      topic: 'handover' as const,
      messageKey: 'handover.assigned' as const,
      params: { count, from: from.name },
      link: null,
      dedupeKey: `handover:${from.id}:${version}`,
    })),
    ctx.clock,
  );
}
