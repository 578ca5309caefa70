import { and, eq, ne, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { documentTypeInput } from '../../../shared/documents.js';
import { AppError, notFound, validationFailed } from '../../platform/errors.js';
import { recordAuditEvent } from '../audit/commands.js';
import { requirePermission } from '../../platform/permissions.js';
import type { DocumentCommandContext } from './commands.js';
import { documentTypes } from './schema.js';

type Input = z.infer<typeof documentTypeInput>;

/**
 * Document types are configuration a municipality owns (validity, revision interval, owner,
 * deciding body): an admin edits them; the change applies to revision dates from then on.
 */
export async function saveDocumentType(ctx: DocumentCommandContext, id: string | null, expectedVersion: number | null, input: Input) {
  requirePermission(ctx.auth, 'organisation.manage');
  return ctx.db.transaction(async (tx) => {
    const orgId = ctx.auth.organisationId;
    const [clash] = await tx
      .select({ id: documentTypes.id })
      .from(documentTypes)
      .where(and(eq(documentTypes.organisationId, orgId), eq(documentTypes.key, input.key), id ? ne(documentTypes.id, id) : undefined));
    if (clash) throw validationFailed([{ field: 'key', key: 'duplicate_value' }]);
    const at = ctx.clock.now();
    let before: unknown = null;
    let row;
    if (id) {
      const [current] = await tx.select().from(documentTypes).where(and(eq(documentTypes.organisationId, orgId), eq(documentTypes.id, id)));
      if (!current) throw notFound();
      before = { ...current, createdAt: undefined, updatedAt: undefined };
      [row] = await tx
        .update(documentTypes)
        .set({ ...input, updatedAt: at, rowVersion: sql`${documentTypes.rowVersion} + 1` })
        .where(and(eq(documentTypes.id, id), eq(documentTypes.organisationId, orgId), eq(documentTypes.rowVersion, expectedVersion!)))
        .returning();
      if (!row) throw new AppError(412, 'precondition_failed');
    } else {
      [row] = await tx.insert(documentTypes).values({ ...input, organisationId: orgId, createdAt: at, updatedAt: at }).returning();
    }
    await recordAuditEvent(tx, {
      organisationId: orgId,
      actor: { personId: ctx.auth.personId, accountId: ctx.auth.accountId },
      entityType: 'document_type',
      entityId: row!.id,
      action: id ? 'update' : 'create',
      before,
      after: input,
      at,
    });
    return row!;
  });
}
