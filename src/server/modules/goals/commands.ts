import type { z } from 'zod';
import { type kpiInput, type measurementInput, registerKpiSources } from '../../../shared/goals.js';
import type { AuthContext } from '../../platform/auth.js';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db.js';
import { AppError, type FieldError, notFound, validationFailed } from '../../platform/errors.js';
import { auditAs } from '../audit/commands.js';
import { requirePermission } from '../../platform/permissions.js';
import { livePeople } from '../organisation/queries.js';
import { kpiRepository } from './repository.js';
import { kpiProblems } from '../../../shared/goal-rules.js';

type KpiInput = z.infer<typeof kpiInput>;
type MeasurementInput = z.infer<typeof measurementInput>;

export interface KpiCommandContext {
  db: Db;
  clock: Clock;
  auth: AuthContext;
}

async function checkKpi(tx: Db, ctx: KpiCommandContext, input: KpiInput) {
  const errors: FieldError[] = [];
  const goal = await kpiRepository(tx, ctx.auth.organisationId).goal(input.goalId);
  if (!goal) errors.push({ field: 'goalId', key: 'unknown_reference' });
  else if (goal.kind !== 'goal') errors.push({ field: 'goalId', key: 'not_a_goal' });
  if (input.ownerId && !(await livePeople(tx, ctx.auth.organisationId, [input.ownerId])).has(input.ownerId)) {
    errors.push({ field: 'ownerId', key: 'unknown_reference' });
  }
  errors.push(...kpiProblems(input));
  if (errors.length) throw validationFailed(errors);
  return goal!;
}

const snapshot = (input: KpiInput) => ({ ...input, targets: [...input.targets].sort((a, b) => a.targetDate.localeCompare(b.targetDate)) });

/** A KPI is defined by whoever owns the document it follows up. */
const documentOwners = (documentOwner: string | null) => ({ departmentIds: [], ownerIds: [documentOwner] });
/** A KPI is measured by its own owner or the document's. */
const owners = (kpiOwner: string | null, documentOwner: string | null) => ({ departmentIds: [], ownerIds: [kpiOwner, documentOwner] });

export async function createKpi(ctx: KpiCommandContext, input: KpiInput): Promise<string> {
  requirePermission(ctx.auth, 'kpi.manage');
  return ctx.db.transaction(async (tx) => {
    const goal = await checkKpi(tx, ctx, input);
    requirePermission(ctx.auth, 'kpi.manage', documentOwners(goal.documentOwnerId));
    const repo = kpiRepository(tx, ctx.auth.organisationId);
    const { targets, ...fields } = input;
    const at = ctx.clock.now();
    const row = await repo.insert({ ...fields, createdAt: at, updatedAt: at });
    await repo.replaceTargets(row.id, targets);
    await auditAs(tx, ctx, 'kpi', row.id, 'create', null, snapshot(input));
    return row.id;
  });
}

export async function updateKpi(ctx: KpiCommandContext, id: string, expectedVersion: number, input: KpiInput) {
  return ctx.db.transaction(async (tx) => {
    const repo = kpiRepository(tx, ctx.auth.organisationId);
    const current = await repo.get(id);
    if (!current) throw notFound();
    requirePermission(ctx.auth, 'kpi.manage', documentOwners(current.documentOwnerId));
    if (current.kpi.rowVersion !== expectedVersion) throw new AppError(412, 'precondition_failed');
    const goal = await checkKpi(tx, ctx, input);
    requirePermission(ctx.auth, 'kpi.manage', documentOwners(goal.documentOwnerId));
    const facts = await repo.factsFor([id]);
    const { kpi } = current;
    const before = snapshot({
      goalId: kpi.goalId,
      name: kpi.name,
      definition: kpi.definition,
      unit: kpi.unit as KpiInput['unit'],
      direction: kpi.direction as KpiInput['direction'],
      source: kpi.source as KpiInput['source'],
      ownerId: kpi.ownerId,
      baselineValue: kpi.baselineValue,
      baselineDate: kpi.baselineDate,
      targets: (facts.targets.get(id) ?? []).map((t) => ({ value: t.value, targetDate: t.targetDate })),
    });
    const { targets, ...fields } = input;
    const row = await repo.update(id, expectedVersion, { ...fields, updatedAt: ctx.clock.now() });
    if (!row) throw new AppError(412, 'precondition_failed');
    await repo.replaceTargets(id, targets);
    await auditAs(tx, ctx, 'kpi', id, 'update', before, snapshot(input));
    return row.rowVersion;
  });
}

/** Records the value of a period; a period already measured is corrected, not entered twice. */
export async function addMeasurement(ctx: KpiCommandContext, kpiId: string, input: MeasurementInput) {
  return ctx.db.transaction(async (tx) => {
    const repo = kpiRepository(tx, ctx.auth.organisationId);
    const current = await repo.get(kpiId);
    if (!current) throw notFound();
    requirePermission(ctx.auth, 'kpi.measure', owners(current.kpi.ownerId, current.documentOwnerId));
    if (registerKpiSources.includes(current.kpi.source as never)) throw new AppError(409, 'kpi_measured_from_register');
    if (await repo.measurementFor(kpiId, input.periodEnd)) throw validationFailed([{ field: 'periodEnd', key: 'period_already_measured' }]);
    const at = ctx.clock.now();
    const row = await repo.insertMeasurement({ kpiId, ...input, enteredById: ctx.auth.personId, createdAt: at, updatedAt: at });
    await auditAs(tx, ctx, 'kpi_measurement', row.id, 'create', null, { kpiId, ...input });
    return row.id;
  });
}

export async function correctMeasurement(ctx: KpiCommandContext, kpiId: string, id: string, expectedVersion: number, input: MeasurementInput) {
  return ctx.db.transaction(async (tx) => {
    const repo = kpiRepository(tx, ctx.auth.organisationId);
    const current = await repo.get(kpiId);
    if (!current) throw notFound();
    requirePermission(ctx.auth, 'kpi.measure', owners(current.kpi.ownerId, current.documentOwnerId));
    // A register-fed KPI's values are computed, never stored: say so rather than "not found".
    if (registerKpiSources.includes(current.kpi.source as never)) throw new AppError(409, 'kpi_measured_from_register');
    const measurement = await repo.measurement(kpiId, id);
    if (!measurement) throw notFound();
    if (measurement.rowVersion !== expectedVersion) throw new AppError(412, 'precondition_failed');
    const other = await repo.measurementFor(kpiId, input.periodEnd);
    if (other && other.id !== id) throw validationFailed([{ field: 'periodEnd', key: 'period_already_measured' }]);
    const row = await repo.updateMeasurement(id, expectedVersion, { ...input, enteredById: ctx.auth.personId, updatedAt: ctx.clock.now() });
    if (!row) throw new AppError(412, 'precondition_failed');
    const before = { kpiId, periodEnd: measurement.periodEnd, value: measurement.value, comment: measurement.comment };
    await auditAs(tx, ctx, 'kpi_measurement', id, 'update', before, { kpiId, ...input });
    return row.rowVersion;
  });
}
