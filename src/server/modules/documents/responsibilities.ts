import { and, eq, inArray, sql } from 'drizzle-orm';
import type { ResponsibilityRow, StoredResponsibilityRow as StoredRow, responsibilityTableInput } from '../../../shared/assignments.js';
import type { z } from 'zod';
import type { AuthContext } from '../../platform/auth.js';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db.js';
import { AppError, type FieldError, notFound, validationFailed } from '../../platform/errors.js';
import { requirePermission } from '../../platform/permissions.js';
import { auditAs } from '../audit/commands.js';
import { liveDepartments, livePeople } from '../organisation/queries.js';
import { departments, people } from '../organisation/schema.js';
import { documentRepository } from './repository.js';
import { documentResponsibilities, documentVersionResponsibilities } from './schema.js';

type Input = z.output<typeof responsibilityTableInput>;

/** A document's working responsibility table: its stored rows and row version (0 if it has none yet). */
export async function responsibilityTableOf(db: Db, organisationId: string, documentId: string) {
  const [row] = await db
    .select({ rows: documentResponsibilities.rows, rowVersion: documentResponsibilities.rowVersion })
    .from(documentResponsibilities)
    .where(and(eq(documentResponsibilities.organisationId, organisationId), eq(documentResponsibilities.documentId, documentId)));
  return row ? { rows: await withNames(db, organisationId, row.rows), rowVersion: row.rowVersion } : { rows: [], rowVersion: 0 };
}

/** The table as a decided version froze it (names as they were then); empty if it had none. */
export async function versionResponsibilities(db: Db, organisationId: string, documentId: string, version: number): Promise<ResponsibilityRow[]> {
  const [row] = await db
    .select({ rows: documentVersionResponsibilities.rows })
    .from(documentVersionResponsibilities)
    .where(
      and(
        eq(documentVersionResponsibilities.organisationId, organisationId),
        eq(documentVersionResponsibilities.documentId, documentId),
        eq(documentVersionResponsibilities.version, version),
      ),
    );
  return row?.rows ?? [];
}

/** The rows with the current names of the people and departments they name. */
async function withNames(db: Db, organisationId: string, rows: readonly StoredRow[]): Promise<ResponsibilityRow[]> {
  const personIds = [...new Set(rows.flatMap((r) => (r.personId ? [r.personId] : [])))];
  const departmentIds = [...new Set(rows.flatMap((r) => (r.departmentId ? [r.departmentId] : [])))];
  const personNames = new Map(
    personIds.length
      ? (await db.select({ id: people.id, name: people.name }).from(people).where(and(eq(people.organisationId, organisationId), inArray(people.id, personIds)))).map((p) => [p.id, p.name])
      : [],
  );
  const departmentNames = new Map(
    departmentIds.length
      ? (await db.select({ id: departments.id, name: departments.name }).from(departments).where(and(eq(departments.organisationId, organisationId), inArray(departments.id, departmentIds)))).map((d) => [d.id, d.name])
      : [],
  );
  return rows.map((r) => ({
    party: r.party,
    personId: r.personId,
    personName: r.personId ? (personNames.get(r.personId) ?? null) : null,
    departmentId: r.departmentId,
    departmentName: r.departmentId ? (departmentNames.get(r.departmentId) ?? null) : null,
    responsibility: r.responsibility,
  }));
}

const stored = (rows: readonly StoredRow[]): StoredRow[] => rows.map(({ party, personId, departmentId, responsibility }) => ({ party, personId, departmentId, responsibility }));

/** Whether the table may be changed now: as the document's text, only while it is a draft or on remiss. */
export const responsibilitiesEditable = (status: string) => status === 'draft' || status === 'consultation';

/**
 * Replaces a document's responsibility table, under the table's row version (0 when it has none):
 * who may change the document may change it, while the document is a draft or on remiss; a decided
 * table changes through a revision, as the decided text does. Audited as `responsibilities`.
 */
export async function saveResponsibilities(ctx: { db: Db; clock: Clock; auth: AuthContext }, documentId: string, expectedVersion: number, input: Input): Promise<number> {
  return ctx.db.transaction(async (tx) => {
    const { organisationId } = ctx.auth;
    const current = await documentRepository(tx, organisationId).get(documentId);
    if (!current) throw notFound();
    requirePermission(ctx.auth, 'document.update', { departmentIds: [], ownerIds: [current.doc.ownerId] });
    const before = await responsibilityTableOf(tx, organisationId, documentId);
    if (before.rowVersion !== expectedVersion) throw new AppError(412, 'precondition_failed');
    if (!responsibilitiesEditable(current.doc.status)) throw new AppError(409, 'decided_text_frozen');
    const errors: FieldError[] = [];
    const livePersons = await livePeople(tx, organisationId, input.rows.flatMap((r) => (r.personId ? [r.personId] : [])));
    const liveDeps = await liveDepartments(tx, organisationId, input.rows.flatMap((r) => (r.departmentId ? [r.departmentId] : [])));
    input.rows.forEach((r, i) => {
      if (r.personId && !livePersons.has(r.personId)) errors.push({ field: `rows.${i}.personId`, key: 'unknown_reference' });
      if (r.departmentId && !liveDeps.has(r.departmentId)) errors.push({ field: `rows.${i}.departmentId`, key: 'unknown_reference' });
    });
    if (errors.length) throw validationFailed(errors);
    const rows = stored(input.rows);
    const at = ctx.clock.now();
    let rowVersion: number;
    if (expectedVersion === 0) {
      // Two first saves at once: the unique index lets one in, the other finds a table it did not read.
      const [row] = await tx
        .insert(documentResponsibilities)
        .values({ organisationId, documentId, rows, createdAt: at, updatedAt: at })
        .onConflictDoNothing()
        .returning({ rowVersion: documentResponsibilities.rowVersion });
      if (!row) throw new AppError(412, 'precondition_failed');
      rowVersion = row.rowVersion;
    } else {
      const [row] = await tx
        .update(documentResponsibilities)
        .set({ rows, updatedAt: at, rowVersion: sql`${documentResponsibilities.rowVersion} + 1` })
        .where(
          and(
            eq(documentResponsibilities.organisationId, organisationId),
            eq(documentResponsibilities.documentId, documentId),
            eq(documentResponsibilities.rowVersion, expectedVersion),
          ),
        )
        .returning({ rowVersion: documentResponsibilities.rowVersion });
      if (!row) throw new AppError(412, 'precondition_failed');
      rowVersion = row.rowVersion;
    }
    await auditAs(tx, ctx, 'document', documentId, 'responsibilities', { responsibilities: stored(before.rows) }, { responsibilities: rows });
    return rowVersion;
  });
}

/** Freezes the working table with a version as it is decided, names included (inside the decision's transaction). */
export async function freezeResponsibilities(tx: Db, organisationId: string, documentId: string, version: number, at: Date) {
  const { rows } = await responsibilityTableOf(tx, organisationId, documentId);
  if (rows.length === 0) return;
  await tx.insert(documentVersionResponsibilities).values({ organisationId, documentId, version, rows, createdAt: at, updatedAt: at });
}
