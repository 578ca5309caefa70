import {
  type AgreementSnapshot,
  agreementsChangedSinceImport,
  type ImportedAgreement,
  type ImportedAgreementLink,
  importAgreements,
  linkImportedAgreements,
  undoImportedAgreementLinks,
  undoImportedAgreements,
} from '../agreements/import-commands.js';
import { changedSinceImport, type ImportedRecord, importApplications, undoImportedApplications } from '../applications/import-commands.js';
import { type ImportedIntegration, importIntegrations, integrationsChangedSinceImport, undoImportedIntegrations } from '../applications/import-integrations.js';
import type { Snapshot } from '../applications/snapshot.js';
import { type ImportedOrgRecord, importDepartments, importPeople, orgChangedSinceImport, type RecordOutcome, undoImportedOrg } from '../organisation/import-commands.js';
import type { SystemRef } from './analyse-records.js';
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
 * The run writes the stored chunks one at a time (commands.ts), each one transaction with its
 * audit events and its batch rows; the analysis hands the rows over in that order. Undo as a whole
 * in the opposite order.
 */

/** What the writes act as: the database, the clock and the person who runs the import. */
export interface ImportContext {
  db: Db;
  clock: Clock;
  auth: AuthContext;
}

type Note = (progress: { phase: 'reading' | 'writing' | 'undoing'; sheet: string; row: number; rows: number }, force?: boolean) => Promise<unknown>;
type Tx = ImportContext['db'];

const CHUNK = 250;
export type Counts = { created: number; updated: number; skipped: number };
type BatchRow = Parameters<ReturnType<typeof importRepository>['insertRows']>[0][number];

/**
 * What a batch's rows name by name, keyed by folded name: the departments and people it wrote (a
 * system's new department, owner or manager; a person's department) and the systems it created (an
 * integration's). Rebuilt from the batch's rows when a run starts or resumes, extended chunk by chunk.
 */
export interface Lookups {
  departments: Map<string, string>;
  people: Map<string, string>;
  systems: Map<string, string>;
}

const KINDS = ['departments', 'people', 'systems', 'agreements', 'integrations'] as const;
const ENTITY: Record<PlannedRow['kind'], string> = { departments: 'department', people: 'person', systems: 'application', agreements: 'agreement', integrations: 'integration' };
/** Which lookup each entity type's batch rows extend (a system only when the batch created it). */
const LOOKUP_OF: Record<string, { lookup: keyof Lookups; createdOnly: boolean }> = {
  department: { lookup: 'departments', createdOnly: false },
  person: { lookup: 'people', createdOnly: false },
  application: { lookup: 'systems', createdOnly: true },
};

/** The lookups of the records a batch has written so far (repository.createdRecords), for a run that starts or resumes. */
export function lookupsFrom(rows: { entityType: string; id: string; action: string; name: string | null }[]): Lookups {
  const lookups: Lookups = { departments: new Map(), people: new Map(), systems: new Map() };
  for (const r of rows) {
    const of = LOOKUP_OF[r.entityType];
    if (!of || (of.createdOnly && r.action !== 'create') || r.name === null) continue;
    lookups[of.lookup].set(foldKey(r.name), r.id);
  }
  return lookups;
}

/** Takes what a committed chunk made into the lookups. */
export function extendLookups(lookups: Lookups, made: Lookups) {
  for (const kind of ['departments', 'people', 'systems'] as const) for (const [key, id] of made[kind]) lookups[kind].set(key, id);
}

const ofKind = <K extends PlannedRow['kind']>(planned: PlannedRow[], kind: K) => planned.filter((p): p is Extract<PlannedRow, { kind: K }> => p.kind === kind);

/**
 * Writes one stored chunk in the caller's transaction, kind by kind in reference order, each
 * through its own module's command; its batch rows too. Returns the counts it adds and what it
 * adds to the lookups (for the caller to take in once the transaction has committed).
 */
export async function writeChunk(ctx: ImportContext, tx: Tx, batchId: string, chunk: PlannedRow[], lookups: Lookups): Promise<{ counts: Counts; made: Lookups }> {
  const cmd = { db: tx, clock: ctx.clock, auth: ctx.auth };
  const counts: Counts = { created: 0, updated: 0, skipped: 0 };
  const made: Lookups = { departments: new Map(), people: new Map(), systems: new Map() };
  const find = (lookup: keyof Lookups, name: string | null) => (name ? (made[lookup].get(foldKey(name)) ?? lookups[lookup].get(foldKey(name)) ?? null) : null);
  const batchRows: BatchRow[] = [];

  /**
   * Each outcome with a record becomes a batch row; records the mapping made are not counted. A
   * department or person matched without a change gets an `unchanged` row too (undo passes it
   * over): later rows may name it by name, and a resumed run finds it again from the batch's rows.
   */
  const take = <P extends { sheet: string; row: number; viaMapping?: true }>(rows: P[], outcomes: (RecordOutcome | { action: string })[], kind: PlannedRow['kind'], onOutcome?: (p: P, o: RecordOutcome) => void) => {
    outcomes.forEach((o, j) => {
      const p = rows[j]!;
      onOutcome?.(p, o as RecordOutcome);
      const counted = !p.viaMapping;
      if (o.action === 'skipped' && counted) counts.skipped++;
      if (o.action === 'unchanged' && (kind === 'departments' || kind === 'people')) {
        const u = o as Extract<RecordOutcome, { action: 'unchanged' }>;
        const name = (p as unknown as { values: { name: string } }).values.name;
        batchRows.push({ batchId, sheet: p.sheet, rowNumber: p.row, entityType: ENTITY[kind], entityId: u.id, action: 'unchanged', before: null, after: { name }, rowVersionAfter: u.rowVersion });
      }
      if (o.action !== 'create' && o.action !== 'update') return;
      const r = o as Extract<RecordOutcome, { action: 'create' | 'update' }>;
      if (counted) counts[r.action === 'create' ? 'created' : 'updated']++;
      batchRows.push({ batchId, sheet: p.sheet, rowNumber: p.row, entityType: ENTITY[kind], entityId: r.id, action: r.action, before: r.before, after: r.after, rowVersionAfter: r.rowVersion });
    });
  };

  for (const kind of KINDS) {
    if (kind === 'departments') {
      const rows = ofKind(chunk, kind);
      if (rows.length) take(rows, await importDepartments(cmd, batchId, rows), kind, (p, o) => void (o.action !== 'skipped' && made.departments.set(foldKey(p.values.name), o.id)));
    } else if (kind === 'people') {
      const rows = ofKind(chunk, kind).map((p) => ({ ...p, values: { ...p.values, departmentId: p.values.departmentId ?? find('departments', p.values.newDepartment) } }));
      if (rows.length) take(rows, await importPeople(cmd, batchId, rows), kind, (p, o) => void (o.action !== 'skipped' && made.people.set(foldKey(p.values.name), o.id)));
    } else if (kind === 'systems') {
      const rows = ofKind(chunk, kind);
      if (!rows.length) continue;
      const outcomes = await importApplications(
        cmd,
        batchId,
        rows.map((p: PlannedSystem) => ({
          matchId: p.matchId,
          columns: p.columns,
          values: {
            ...p.values,
            ownerId: p.values.ownerId ?? find('people', p.values.newOwner),
            managerId: p.values.managerId ?? find('people', p.values.newManager),
            departmentIds: [...p.values.departmentIds, ...p.values.newDepartments.flatMap((n) => find('departments', n) ?? [])],
          },
        })),
      );
      take(rows, outcomes, kind, (p, o) => void (o.action === 'create' && made.systems.set(foldKey(p.values.name), o.id)));
    } else if (kind === 'agreements') {
      const rows = ofKind(chunk, kind);
      if (!rows.length) continue;
      const outcomes = await importAgreements(cmd, batchId, rows.map((p) => ({ matchId: p.matchId, columns: p.columns.filter((c) => c !== 'id'), values: p.values satisfies AgreementSnapshot })));
      take(rows, outcomes, kind);
      // The systems each agreement covers, by id or by the name of one this batch created.
      const pairs = rows.flatMap((p, j) => {
        const o = outcomes[j]!;
        if (o.action === 'skipped') return [];
        return (p.values.systems ?? []).flatMap((ref) => {
          const applicationId = 'id' in ref ? ref.id : find('systems', ref.name);
          return applicationId ? [{ agreementId: o.id, applicationId, sheet: p.sheet, row: p.row, unchanged: o.action === 'unchanged' }] : [];
        });
      });
      const links = await linkImportedAgreements(cmd, batchId, pairs);
      const linked = new Set(links.map((l) => l.after.agreementId));
      // An agreement whose only change is a new system counts as updated.
      counts.updated += new Set(pairs.filter((p) => p.unchanged && linked.has(p.agreementId)).map((p) => p.agreementId)).size;
      for (const l of links) {
        const p = pairs.find((x) => x.agreementId === l.after.agreementId && x.applicationId === l.after.applicationId)!;
        // A link has no row version of its own: undo deletes it when it is still there.
        batchRows.push({ batchId, sheet: p.sheet, rowNumber: p.row, entityType: 'agreement_link', entityId: l.id, action: 'create', before: null, after: l.after, rowVersionAfter: 0 });
      }
    } else {
      // Integrations name systems by id, or by the name of one this batch created.
      const systemOf = (ref: SystemRef) => ('id' in ref ? ref.id : find('systems', ref.name));
      const rows = ofKind(chunk, kind).flatMap((p) => {
        const sourceId = systemOf(p.values.source);
        const targetId = systemOf(p.values.target);
        if (!sourceId || !targetId) {
          // Its system was not made (skipped when written).
          counts.skipped++;
          return [];
        }
        return [{ ...p, resolved: { sourceId, targetId, description: p.values.description } }];
      });
      if (rows.length) take(rows, await importIntegrations(cmd, batchId, rows.map((p) => p.resolved)), kind);
    }
  }
  await importRepository(tx, ctx.auth.organisationId).insertRows(batchRows);
  return { counts, made };
}

type StoredRow = Awaited<ReturnType<ReturnType<typeof importRepository>['rows']>>[number];
/** A batch's rows that wrote their record (an `unchanged` row only names one, for the lookups). */
export const writtenRows = (rows: StoredRow[]) => rows.filter((r) => r.action === 'create' || r.action === 'update');
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
    ['agreement_link', (tx, chunk) => undoImportedAgreementLinks(cmd(tx), batchId, recordsOf<ImportedAgreementLink>(chunk, 'agreement_link'))],
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
