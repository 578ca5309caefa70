import { kpiInput } from '../../../shared/goals.js';
import { notFound } from '../../platform/errors.js';
import { requirePermission } from '../../platform/permissions.js';
import { inputWithField } from '../records/set-back.js';
import { setRowArchived } from '../records/soft-delete.js';
import { type KpiCommandContext, updateKpi } from './commands.js';
import { kpiRepository } from './repository.js';
import { kpiMeasurements, kpis } from './schema.js';

/** Admin-only soft delete (DECISIONS.md 11): the KPI leaves the follow-up with its measurements, which stay. */
export function archiveKpi(ctx: KpiCommandContext, id: string, expectedVersion: number) {
  requirePermission(ctx.auth, 'organisation.manage');
  return ctx.db.transaction((tx) => setRowArchived(tx, ctx, kpis, 'kpi', id, expectedVersion, true));
}

/** Brings an archived KPI back with its targets, measurements and history. */
export function restoreKpi(ctx: KpiCommandContext, id: string, expectedVersion: number) {
  requirePermission(ctx.auth, 'organisation.manage');
  return ctx.db.transaction((tx) => setRowArchived(tx, ctx, kpis, 'kpi', id, expectedVersion, false));
}

export const KPI_SETTABLE: readonly string[] = Object.keys(kpiInput.shape);

/** Sets one field back to an earlier value through the KPI's own update, its rules and its audit. */
export async function setBackKpiField(ctx: KpiCommandContext, id: string, expectedVersion: number, field: string, value: unknown) {
  const repo = kpiRepository(ctx.db, ctx.auth.organisationId);
  const current = await repo.get(id);
  if (!current) throw notFound();
  const facts = await repo.factsFor([id]);
  const targets = (facts.targets.get(id) ?? []).map((t) => ({ value: t.value, targetDate: t.targetDate }));
  return updateKpi(ctx, id, expectedVersion, inputWithField(kpiInput, { ...current.kpi, targets }, KPI_SETTABLE, field, value));
}

/** Admin-only soft delete of one measurement (entered by mistake): out of the follow-up, restorable. */
export function archiveMeasurement(ctx: KpiCommandContext, id: string, expectedVersion: number) {
  requirePermission(ctx.auth, 'organisation.manage');
  return ctx.db.transaction((tx) => setRowArchived(tx, ctx, kpiMeasurements, 'kpi_measurement', id, expectedVersion, true));
}

/** Brings an archived measurement back into its KPI's follow-up. */
export function restoreMeasurement(ctx: KpiCommandContext, id: string, expectedVersion: number) {
  requirePermission(ctx.auth, 'organisation.manage');
  return ctx.db.transaction((tx) => setRowArchived(tx, ctx, kpiMeasurements, 'kpi_measurement', id, expectedVersion, false));
}
