import { and, eq, isNull, notInArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { type AssignmentInput, assignmentInput, type assignmentStatusInput, CLOSING_STATUSES } from '../../../shared/assignments.js';
import type { AuthContext } from '../../platform/auth.js';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db.js';
import { AppError, type FieldError, forbidden, notFound, validationFailed } from '../../platform/errors.js';
import { requirePermission } from '../../platform/permissions.js';
import { auditAs } from '../audit/commands.js';
import { createNotifications } from '../notifications/commands.js';
import { livePeople } from '../organisation/queries.js';
import { inputWithField } from '../records/set-back.js';
import { setRowArchived } from '../records/soft-delete.js';
import { mayChangeAssignment } from './assignment-queries.js';
import { documentRepository } from './repository.js';
import { documentAssignments, documentItems } from './schema.js';

interface Ctx {
  db: Db;
  clock: Clock;
  auth: AuthContext;
}
type Input = z.output<typeof assignmentInput>;

const fieldsOf = (a: typeof documentAssignments.$inferSelect) => ({ itemId: a.itemId, title: a.title, description: a.description, ownerId: a.ownerId, dueOn: a.dueOn });

/** 404 for a document of another municipality, 403 for a person who may not change it. */
async function loadDocument(tx: Db, ctx: Ctx, documentId: string) {
  const current = await documentRepository(tx, ctx.auth.organisationId).get(documentId);
  if (!current) throw notFound();
  requirePermission(ctx.auth, 'document.update', { departmentIds: [], ownerIds: [current.doc.ownerId] });
  return current;
}

async function checkInput(tx: Db, ctx: Ctx, documentId: string, input: Input) {
  const errors: FieldError[] = [];
  const [item] = await tx
    .select({ id: documentItems.id })
    .from(documentItems)
    .where(and(eq(documentItems.organisationId, ctx.auth.organisationId), eq(documentItems.documentId, documentId), eq(documentItems.id, input.itemId), isNull(documentItems.archivedAt)));
  if (!item) errors.push({ field: 'itemId', key: 'unknown_reference' });
  if (!(await livePeople(tx, ctx.auth.organisationId, [input.ownerId])).has(input.ownerId)) errors.push({ field: 'ownerId', key: 'unknown_reference' });
  if (errors.length) throw validationFailed(errors);
}

/** The owner learns of the assignment in their notifications and digest, unless they gave it themselves. */
async function notifyOwner(tx: Db, ctx: Ctx, id: string, rowVersion: number, input: Input, documentTitle: string) {
  if (input.ownerId === ctx.auth.personId) return;
  await createNotifications(
    tx,
    ctx.auth.organisationId,
    [{ personId: input.ownerId, topic: 'general', messageKey: 'general.assignment', params: { title: input.title, document: documentTitle, dueOn: input.dueOn }, link: '/styrdokument/mina-uppdrag', dedupeKey: `assignment:${id}:${rowVersion}` }],
    ctx.clock,
  );
}

/** Gives an assignment on an item of a document: who may change the document may. Audited; the owner is notified. */
export async function createAssignment(ctx: Ctx, documentId: string, input: Input): Promise<string> {
  return ctx.db.transaction(async (tx) => {
    const doc = await loadDocument(tx, ctx, documentId);
    await checkInput(tx, ctx, documentId, input);
    const at = ctx.clock.now();
    const [row] = await tx.insert(documentAssignments).values({ organisationId: ctx.auth.organisationId, documentId, ...input, createdAt: at, updatedAt: at }).returning();
    await auditAs(tx, ctx, 'assignment', row!.id, 'create', null, { documentId, ...fieldsOf(row!), status: row!.status });
    await notifyOwner(tx, ctx, row!.id, row!.rowVersion, input, doc.doc.title);
    return row!.id;
  });
}

async function lockAssignment(tx: Db, ctx: Ctx, id: string, expectedVersion: number) {
  const [current] = await tx
    .select()
    .from(documentAssignments)
    .where(and(eq(documentAssignments.organisationId, ctx.auth.organisationId), eq(documentAssignments.id, id), isNull(documentAssignments.archivedAt)));
  if (!current) throw notFound();
  return {
    current,
    async write(values: Partial<typeof documentAssignments.$inferInsert>) {
      if (current.rowVersion !== expectedVersion) throw new AppError(412, 'precondition_failed');
      const [row] = await tx
        .update(documentAssignments)
        .set({ ...values, updatedAt: ctx.clock.now(), rowVersion: sql`${documentAssignments.rowVersion} + 1` })
        .where(and(eq(documentAssignments.organisationId, ctx.auth.organisationId), eq(documentAssignments.id, id), eq(documentAssignments.rowVersion, expectedVersion)))
        .returning();
      if (!row) throw new AppError(412, 'precondition_failed');
      return row;
    },
  };
}

/** Changes an assignment's item, text, owner or deadline: who may change the document may. A new owner is notified. */
export async function updateAssignment(ctx: Ctx, id: string, expectedVersion: number, input: Input): Promise<number> {
  return ctx.db.transaction(async (tx) => {
    const { current, write } = await lockAssignment(tx, ctx, id, expectedVersion);
    const doc = await loadDocument(tx, ctx, current.documentId);
    await checkInput(tx, ctx, current.documentId, input);
    const row = await write(input);
    await auditAs(tx, ctx, 'assignment', id, 'update', fieldsOf(current), fieldsOf(row));
    if (row.ownerId !== current.ownerId) await notifyOwner(tx, ctx, id, row.rowVersion, input, doc.doc.title);
    return row.rowVersion;
  });
}

/**
 * Sets the status: ej påbörjad, pågår, klar, inställd (the last two with a comment, checked by the
 * schema). Its owner may, and who may change the document. Audited as `status`.
 */
export async function setAssignmentStatus(ctx: Ctx, id: string, expectedVersion: number, input: z.output<typeof assignmentStatusInput>): Promise<number> {
  return ctx.db.transaction(async (tx) => {
    const { current, write } = await lockAssignment(tx, ctx, id, expectedVersion);
    const doc = await documentRepository(tx, ctx.auth.organisationId).get(current.documentId);
    if (!doc) throw notFound();
    if (current.ownerId !== ctx.auth.personId && !mayChangeAssignment(ctx.auth, doc.doc.ownerId)) throw forbidden();
    const statusComment = CLOSING_STATUSES.includes(input.status) ? input.comment : '';
    const row = await write({ status: input.status, statusComment });
    await auditAs(tx, ctx, 'assignment', id, 'status', { status: current.status, statusComment: current.statusComment }, { status: row.status, statusComment: row.statusComment });
    return row.rowVersion;
  });
}

/** Admin-only soft delete (DECISIONS.md 11): the assignment leaves the lists, its history stays. */
export function archiveAssignment(ctx: Ctx, id: string, expectedVersion: number) {
  requirePermission(ctx.auth, 'organisation.manage');
  return ctx.db.transaction((tx) => setRowArchived(tx, ctx, documentAssignments, 'assignment', id, expectedVersion, true));
}

export function restoreAssignment(ctx: Ctx, id: string, expectedVersion: number) {
  requirePermission(ctx.auth, 'organisation.manage');
  return ctx.db.transaction((tx) => setRowArchived(tx, ctx, documentAssignments, 'assignment', id, expectedVersion, false));
}

/** The fields of the assignment's form that the history can set back. */
export const ASSIGNMENT_SETTABLE: readonly string[] = ['itemId', 'title', 'description', 'ownerId', 'dueOn'];

/** Sets one field back to an earlier value through the assignment's own update, its rules and its audit. */
export async function setBackAssignmentField(ctx: Ctx, id: string, expectedVersion: number, field: string, value: unknown) {
  const [current] = await ctx.db
    .select()
    .from(documentAssignments)
    .where(and(eq(documentAssignments.organisationId, ctx.auth.organisationId), eq(documentAssignments.id, id)));
  if (!current) throw notFound();
  const input: AssignmentInput = fieldsOf(current);
  return updateAssignment(ctx, id, expectedVersion, inputWithField(assignmentInput, input, ASSIGNMENT_SETTABLE, field, value));
}

/**
 * Moves the open assignments (neither klar nor inställd) a person owns to another, when the first
 * leaves; one audit event `handover` each. The caller has checked the new owner is active.
 */
export async function reassignAssignments(ctx: Ctx, fromPersonId: string, toPersonId: string): Promise<number> {
  requirePermission(ctx.auth, 'organisation.manage');
  return ctx.db.transaction(async (tx) => {
    const moved = await tx
      .update(documentAssignments)
      .set({ ownerId: toPersonId, updatedAt: ctx.clock.now(), rowVersion: sql`${documentAssignments.rowVersion} + 1` })
      .where(
        and(
          eq(documentAssignments.organisationId, ctx.auth.organisationId),
          isNull(documentAssignments.archivedAt),
          eq(documentAssignments.ownerId, fromPersonId),
          notInArray(documentAssignments.status, [...CLOSING_STATUSES]),
        ),
      )
      .returning({ id: documentAssignments.id });
    for (const { id } of moved) await auditAs(tx, ctx, 'assignment', id, 'handover', { ownerId: fromPersonId }, { ownerId: toPersonId });
    return moved.length;
  });
}

/** The history's set-back reaches an assignment for who may change its document (a scoped role: documents it owns). */
export async function assignmentAccess(db: Db, auth: AuthContext, id: string) {
  const [row] = await db
    .select({ documentId: documentAssignments.documentId })
    .from(documentAssignments)
    .where(and(eq(documentAssignments.organisationId, auth.organisationId), eq(documentAssignments.id, id)));
  const doc = row ? await documentRepository(db, auth.organisationId).get(row.documentId) : null;
  if (!doc) return { read: false, update: false };
  return { read: true, update: mayChangeAssignment(auth, doc.doc.ownerId) };
}
