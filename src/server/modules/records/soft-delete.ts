import { and, eq, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../platform/db.js';
import { AppError, notFound } from '../../platform/errors.js';
import { type ActingContext, auditAs } from '../audit/commands.js';

/** A tenant table with the columns every register has (ARCHITECTURE.md) and `archived_at`. */
export type ArchivableTable = PgTable & {
  id: AnyPgColumn;
  organisationId: AnyPgColumn;
  rowVersion: AnyPgColumn;
  updatedAt: AnyPgColumn;
  archivedAt: AnyPgColumn;
};

/**
 * Archives or restores one row of a module's own table, inside the module's command and its
 * transaction: the row must be in the caller's municipality and in the other state (else 404, so
 * an archived record stays invisible), at the version the client read (else 412); the change is
 * audited with the archive time before and after, so the history shows it.
 */
export async function setRowArchived(tx: Db, ctx: ActingContext, table: ArchivableTable, entityType: string, id: string, expectedVersion: number, archive: boolean) {
  const where = and(eq(table.organisationId, ctx.auth.organisationId), eq(table.id, id));
  const [current] = (await tx.select({ rowVersion: table.rowVersion, archivedAt: table.archivedAt }).from(table as PgTable).where(where).for('update')) as {
    rowVersion: number;
    archivedAt: Date | null;
  }[];
  if (!current || (current.archivedAt !== null) === archive) throw notFound();
  if (current.rowVersion !== expectedVersion) throw new AppError(412, 'precondition_failed');
  const at = ctx.clock.now();
  const [row] = (await tx
    .update(table as PgTable)
    .set({ archivedAt: archive ? at : null, updatedAt: at, rowVersion: sql`${table.rowVersion} + 1` } as never)
    .where(and(where, eq(table.rowVersion, expectedVersion)))
    .returning({ rowVersion: table.rowVersion })) as { rowVersion: number }[];
  if (!row) throw new AppError(412, 'precondition_failed');
  await auditAs(tx, ctx, entityType, id, archive ? 'archive' : 'restore', { archivedAt: current.archivedAt?.toISOString() ?? null }, { archivedAt: archive ? at.toISOString() : null });
  return row.rowVersion;
}
