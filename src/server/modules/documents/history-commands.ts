import { documentInput } from '../../../shared/documents.js';
import { notFound } from '../../platform/errors.js';
import { requirePermission } from '../../platform/permissions.js';
import { inputWithField } from '../records/set-back.js';
import { setRowArchived } from '../records/soft-delete.js';
import { type DocumentCommandContext, documentFields, updateDocument } from './commands.js';
import { documentRepository } from './repository.js';
import { documents } from './schema.js';

/** Admin-only soft delete (DECISIONS.md 11): the document leaves the register, its history stays. */
export function archiveDocument(ctx: DocumentCommandContext, id: string, expectedVersion: number) {
  requirePermission(ctx.auth, 'organisation.manage');
  return ctx.db.transaction((tx) => setRowArchived(tx, ctx, documents, 'document', id, expectedVersion, true));
}

/** Brings an archived document back as it was, with its items, versions and history. */
export function restoreDocument(ctx: DocumentCommandContext, id: string, expectedVersion: number) {
  requirePermission(ctx.auth, 'organisation.manage');
  return ctx.db.transaction((tx) => setRowArchived(tx, ctx, documents, 'document', id, expectedVersion, false));
}

/** The fields of the document's form that the history can set back (the item tree is edited as a whole). */
export const DOCUMENT_SETTABLE: readonly string[] = ['title', 'typeId', 'diarienummer', 'ownerId', 'decidingBody', 'validFrom', 'validTo', 'nextRevisionOn', 'parentId', 'body'] as const;

/** Sets one field back to an earlier value through the document's own update, its rules and its audit. */
export async function setBackDocumentField(ctx: DocumentCommandContext, id: string, expectedVersion: number, field: string, value: unknown) {
  const repo = documentRepository(ctx.db, ctx.auth.organisationId);
  const current = await repo.get(id);
  if (!current) throw notFound();
  const { doc } = current;
  const now = { ...documentFields(doc), items: await repo.items(id) };
  return updateDocument(ctx, id, expectedVersion, inputWithField(documentInput, now, DOCUMENT_SETTABLE, field, value));
}
