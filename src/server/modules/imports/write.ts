import { type AgreementSnapshot, agreementsChangedSinceImport, type ImportedAgreement, importAgreements, undoImportedAgreements } from '../agreements/import-commands.js';
import { changedSinceImport, type ImportedRecord, importApplications, undoImportedApplications } from '../applications/import-commands.js';
import { type ImportedIntegration, importIntegrations, integrationsChangedSinceImport, undoImportedIntegrations } from '../applications/import-integrations.js';
import type { Snapshot } from '../applications/snapshot.js';
import { type ImportedOrgRecord, importDepartments, importPeople, orgChangedSinceImport, type RecordOutcome, undoImportedOrg } from '../organisation/import-commands.js';
import type { PlannedRecord, SystemRef } from './analyse-records.js';
import type { PlannedRow, PlannedSystem } from './analyse.js';
import type { AuthContext } from '../../platform/auth.js';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db.js';
import { importRepository } from './repository.js';
import { foldKey } from './values.js';

/**
 * Writing a batch's rows (issue 12, item 1), each sheet kind through its own module's command, in
 * the order the references need: departments and people first (systems name them), then systems,
 * then agreements and integrations (integrations name systems, perhaps ones this file creates).
 * Chunk by chunk, each chunk one transaction with its audit events and its batch rows; undo as a
 * whole in the opposite order.
 */

/** What the writes act as: the database, the clock and the person who runs the import. */
export interface ImportContext {
  db: Db;
  clock: Clock;
  auth: AuthContext;
}

type Note = (progress: { phase: 'reading' | 'writing' | 'undoing'; sheet: string; row: number; rows: number }, force?: boolean) => Promise<unknown>;

const CHUNK = 250;
type Counts = { created: number; updated: number; skipped: number };
type BatchRow = Parameters<ReturnType<typeof importRepository>['insertRows']>[0][number];

const ofKind = <K extends PlannedRow['kind']>(planned: PlannedRow[], kind: K) => planned.filter((p): p is Extract<PlannedRow, { kind: K }> => p.kind === kind);

/** Runs `write` over the rows chunk by chunk; each outcome with a record becomes a batch row. */
async function inChunks<P extends { sheet: string; row: number }, O extends RecordOutcome | { action: string }>(
  ctx: ImportContext,
  batchId: string,
  entityType: string,
  rows: P[],
  counts: Counts,
  note: Note,
  write: (tx: ImportContext['db'], chunk: P[]) => Promise<O[]>,
  onOutcome?: (p: P, o: O) => void,
) {
  const bySheet = new Map<string, number>();
  for (const p of rows) bySheet.set(p.sheet, (bySheet.get(p.sheet) ?? 0) + 1);
  const done = new Map<string, number>();
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    await ctx.db.transaction(async (tx) => {
      const outcomes = await write(tx, chunk);
      const batchRows: BatchRow[] = [];
      outcomes.forEach((o, j) => {
        onOutcome?.(chunk[j]!, o);
        // Records the mapping made (a department, an owner) are no row of their own: not counted, but undone.
        const counted = !(chunk[j] as { viaMapping?: true }).viaMapping;
        if (o.action === 'skipped' && counted) counts.skipped++;
        if (o.action !== 'create' && o.action !== 'update') return;
        const r = o as Extract<RecordOutcome, { action: 'create' | 'update' }>;
        if (counted) counts[r.action === 'create' ? 'created' : 'updated']++;
        batchRows.push({ batchId, sheet: chunk[j]!.sheet, rowNumber: chunk[j]!.row, entityType, entityId: r.id, action: r.action, before: r.before, after: r.after, rowVersionAfter: r.rowVersion });
      });
      await importRepository(tx, ctx.auth.organisationId).insertRows(batchRows);
    });
    // The embedded database runs one statement at a time: between chunks, requests waiting for it go first.
    await new Promise((resolve) => setTimeout(resolve, 10));
    const last = chunk[chunk.length - 1]!;
    for (const p of chunk) done.set(p.sheet, (done.get(p.sheet) ?? 0) + 1);
    await note({ phase: 'writing', sheet: last.sheet, row: done.get(last.sheet)!, rows: bySheet.get(last.sheet)! });
  }
}

export async function writePlanned(ctx: ImportContext, batchId: string, planned: PlannedRow[], note: Note): Promise<Counts> {
  const counts: Counts = { created: 0, updated: 0, skipped: 0 };
  const cmd = (tx: ImportContext['db']) => ({ db: tx, clock: ctx.clock, auth: ctx.auth });
  const systems = ofKind(planned, 'systems');
  const people = ofKind(planned, 'people');

  // Departments: the sheet's, then those the mapping says to create, once each by name.
  const departmentIds = new Map<string, string>();
  const departmentRows: (Extract<PlannedRecord, { kind: 'departments' }> & { viaMapping?: true })[] = [...ofKind(planned, 'departments')];
  const mapped = new Map<string, string>();
  for (const name of [...systems.flatMap((p) => p.values.newDepartments), ...people.flatMap((p) => (p.values.newDepartment ? [p.values.newDepartment] : []))]) {
    if (!mapped.has(foldKey(name))) mapped.set(foldKey(name), name);
  }
  const sheetNames = new Set(departmentRows.map((d) => foldKey(d.values.name)));
  for (const [key, name] of mapped) {
    if (!sheetNames.has(key)) departmentRows.push({ kind: 'departments', sheet: systems[0]?.sheet ?? people[0]?.sheet ?? '', row: 0, matchId: null, columns: ['name'], values: { name: name.slice(0, 200), code: null }, viaMapping: true });
  }
  await inChunks(ctx, batchId, 'department', departmentRows, counts, note, (tx, chunk) => importDepartments(cmd(tx), batchId, chunk), (p, o) => {
    if (o.action !== 'skipped') departmentIds.set(foldKey(p.values.name), o.id);
  });
  const departmentOf = (name: string) => departmentIds.get(foldKey(name)) ?? null;

  // People: the sheet's (with their e-mail), then owners and managers the mapping says to create.
  const personIds = new Map<string, string>();
  const personRows: (Extract<PlannedRecord, { kind: 'people' }> & { viaMapping?: true })[] = people.map((p) => ({ ...p, values: { ...p.values, departmentId: p.values.departmentId ?? (p.values.newDepartment ? departmentOf(p.values.newDepartment) : null) } }));
  const known = new Set(personRows.map((p) => foldKey(p.values.name)));
  for (const s of systems) {
    for (const name of [s.values.newOwner, s.values.newManager]) {
      if (!name || known.has(foldKey(name))) continue;
      known.add(foldKey(name));
      personRows.push({ kind: 'people', sheet: s.sheet, row: s.row, matchId: null, columns: ['name'], values: { name, email: null, title: null, departmentId: null, newDepartment: null }, viaMapping: true });
    }
  }
  await inChunks(ctx, batchId, 'person', personRows, counts, note, (tx, chunk) => importPeople(cmd(tx), batchId, chunk), (p, o) => {
    if (o.action !== 'skipped') personIds.set(foldKey(p.values.name), o.id);
  });
  const personOf = (name: string | null) => (name ? (personIds.get(foldKey(name)) ?? null) : null);

  // Systems, as before, with the departments and people made above.
  const systemIds = new Map<string, string>();
  await inChunks(
    ctx,
    batchId,
    'application',
    systems,
    counts,
    note,
    (tx, chunk: PlannedSystem[]) =>
      importApplications(
        cmd(tx),
        batchId,
        chunk.map((p) => ({
          matchId: p.matchId,
          columns: p.columns,
          values: {
            ...p.values,
            ownerId: p.values.ownerId ?? personOf(p.values.newOwner),
            managerId: p.values.managerId ?? personOf(p.values.newManager),
            departmentIds: [...p.values.departmentIds, ...p.values.newDepartments.flatMap((n) => departmentOf(n) ?? [])],
          },
        })),
      ),
    (p, o) => {
      if (o.action === 'create') systemIds.set(foldKey(p.values.name), o.id);
    },
  );

  const agreementRows = ofKind(planned, 'agreements');
  await inChunks(ctx, batchId, 'agreement', agreementRows, counts, note, (tx, chunk) =>
    importAgreements(cmd(tx), batchId, chunk.map((p) => ({ matchId: p.matchId, columns: p.columns.filter((c) => c !== 'id'), values: p.values satisfies AgreementSnapshot }))),
  );

  // Integrations name systems by id, or by the name of one this file created.
  const systemOf = (ref: SystemRef) => ('id' in ref ? ref.id : (systemIds.get(foldKey(ref.name)) ?? null));
  const integrationRows = ofKind(planned, 'integrations').flatMap((p) => {
    const sourceId = systemOf(p.values.source);
    const targetId = systemOf(p.values.target);
    if (!sourceId || !targetId) {
      // Its system was not made (skipped when written).
      counts.skipped++;
      return [];
    }
    return [{ ...p, resolved: { sourceId, targetId, description: p.values.description } }];
  });
  await inChunks(ctx, batchId, 'integration', integrationRows, counts, note, (tx, chunk) => importIntegrations(cmd(tx), batchId, chunk.map((p) => p.resolved)));
  return counts;
}

type StoredRow = Awaited<ReturnType<ReturnType<typeof importRepository>['rows']>>[number];
const recordsOf = <T>(rows: StoredRow[], entityType: string) =>
  rows.filter((r) => r.entityType === entityType).map((r) => ({ id: r.entityId, action: r.action as 'create' | 'update', before: r.before, after: r.after, rowVersionAfter: r.rowVersionAfter }) as T);

/** The records of a batch someone changed since, of every kind, naming each and its fields. */
export async function changedSinceBatch(ctx: ImportContext, rows: StoredRow[]) {
  const org = ctx.auth.organisationId;
  return [
    ...(await changedSinceImport(ctx.db, org, recordsOf<ImportedRecord>(rows, 'application'))),
    ...(await orgChangedSinceImport(ctx.db, org, 'department', recordsOf<ImportedOrgRecord>(rows, 'department'))),
    ...(await orgChangedSinceImport(ctx.db, org, 'person', recordsOf<ImportedOrgRecord>(rows, 'person'))),
    ...(await agreementsChangedSinceImport(ctx.db, org, recordsOf<ImportedAgreement>(rows, 'agreement'))),
    ...(await integrationsChangedSinceImport(ctx.db, org, recordsOf<ImportedIntegration>(rows, 'integration'))),
  ];
}

/** Undoes every record of the batch, the last written first, chunk by chunk. */
export async function undoBatchRows(ctx: ImportContext, batchId: string, rows: StoredRow[], note: Note) {
  const cmd = (tx: ImportContext['db']) => ({ db: tx, clock: ctx.clock, auth: ctx.auth });
  const total = rows.length;
  let done = 0;
  const steps: [string, (tx: ImportContext['db'], chunk: StoredRow[]) => Promise<void>][] = [
    ['integration', (tx, chunk) => undoImportedIntegrations(cmd(tx), batchId, recordsOf<ImportedIntegration>(chunk, 'integration'))],
    ['agreement', (tx, chunk) => undoImportedAgreements(cmd(tx), batchId, recordsOf<ImportedAgreement>(chunk, 'agreement'))],
    ['application', (tx, chunk) => undoImportedApplications(cmd(tx), batchId, recordsOf<ImportedRecord>(chunk, 'application') as (ImportedRecord & { after: Snapshot })[])],
    ['person', (tx, chunk) => undoImportedOrg(cmd(tx), batchId, 'person', recordsOf<ImportedOrgRecord>(chunk, 'person'))],
    ['department', (tx, chunk) => undoImportedOrg(cmd(tx), batchId, 'department', recordsOf<ImportedOrgRecord>(chunk, 'department'))],
  ];
  for (const [entityType, undo] of steps) {
    const of = rows.filter((r) => r.entityType === entityType);
    for (let i = 0; i < of.length; i += CHUNK) {
      await ctx.db.transaction((tx) => undo(tx, of.slice(i, i + CHUNK)));
      done += Math.min(CHUNK, of.length - i);
      await note({ phase: 'undoing', sheet: of[i]!.sheet, row: done, rows: total });
    }
  }
}
