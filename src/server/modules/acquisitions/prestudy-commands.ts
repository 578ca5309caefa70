/** The needs inventory and pre-study (step 3): its text and its attachments. */
import { AppError, notFound, validationFailed } from '../../platform/errors.js';
import { contentMatchesExtension } from '../../platform/file-signature.js';
import { auditAs } from '../audit/commands.js';
import { requirePermission } from '../../platform/permissions.js';
import { attachmentTypeOf, MAX_ATTACHMENTS, MAX_ATTACHMENT_BYTES } from './attachments.js';
import { type AcquisitionCommandContext, lockForWrite, refuseIfInstalled } from './commands.js';

export async function savePrestudy(ctx: AcquisitionCommandContext, id: string, expectedVersion: number, prestudyText: string) {
  return ctx.db.transaction(async (tx) => {
    const { repo, current } = await lockForWrite(tx, ctx, id, expectedVersion);
    refuseIfInstalled(current);
    const row = await repo.update(id, expectedVersion, { prestudyText, updatedAt: ctx.clock.now() });
    if (!row) throw new AppError(412, 'precondition_failed');
    await auditAs(tx, ctx, 'acquisition', id, 'prestudy', { prestudyText: current.prestudyText }, { prestudyText });
    return row.rowVersion;
  });
}

/** Adds an attachment to the pre-study: a known document or image type of at most 5 MB, its content of the type its name claims. */
export async function addAttachment(ctx: AcquisitionCommandContext, id: string, input: { fileName: string; contentBase64: string }) {
  const contentType = attachmentTypeOf(input.fileName);
  if (!contentType) throw validationFailed([{ field: 'fileName', key: 'unsupported_attachment_type' }]);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(input.contentBase64) || input.contentBase64.length % 4 === 1) {
    throw validationFailed([{ field: 'contentBase64', key: 'unreadable_attachment' }]);
  }
  const content = Buffer.from(input.contentBase64, 'base64');
  if (content.length === 0) throw validationFailed([{ field: 'contentBase64', key: 'unreadable_attachment' }]);
  if (content.length > MAX_ATTACHMENT_BYTES) throw validationFailed([{ field: 'contentBase64', key: 'attachment_too_large' }]);
  // Stored only when the content is what the name claims: not HTML saved as .pdf, not a program as .docx.
  if (!contentMatchesExtension(input.fileName, content)) {
    throw validationFailed([{ field: 'contentBase64', key: 'file_content_mismatch', params: { extension: /\.([^.]+)$/.exec(input.fileName)![1]!.toLowerCase() } }]);
  }
  return ctx.db.transaction(async (tx) => {
    const { repo, current } = await lockForWrite(tx, ctx, id, null);
    refuseIfInstalled(current);
    if ((await repo.attachmentCount(id)) >= MAX_ATTACHMENTS) throw validationFailed([{ field: 'fileName', key: 'too_many_attachments', params: { max: String(MAX_ATTACHMENTS) } }]);
    const at = ctx.clock.now();
    // No path, quote, control or direction-changing characters: "e\u202Efdp.txt" must not pose as a pdf.
    const fileName = input.fileName.replace(/[\\/\u0000-\u001f\u007f"\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '_');
    const attachmentId = await repo.insertAttachment({ acquisitionId: id, fileName, contentType, size: content.length, content, uploadedById: ctx.auth.personId, createdAt: at, updatedAt: at });
    await auditAs(tx, ctx, 'acquisition', id, 'attach', null, { attachmentId, fileName, size: content.length });
    return attachmentId;
  });
}

/**
 * An admin removes an attachment (a soft delete, DECISIONS.md 11) or restores it, at the
 * acquisition's version the client read; the acquisition's version moves on.
 */
export async function setAttachmentArchived(ctx: AcquisitionCommandContext, id: string, attachmentId: string, expectedVersion: number, archive: boolean) {
  requirePermission(ctx.auth, 'organisation.manage');
  return ctx.db.transaction(async (tx) => {
    const { repo } = await lockForWrite(tx, ctx, id, expectedVersion, null);
    const at = ctx.clock.now();
    const changed = await repo.setAttachmentArchived(id, attachmentId, archive ? at : null);
    if (!changed) {
      if (await repo.attachment(id, attachmentId, true)) throw new AppError(409, 'conflict');
      throw notFound();
    }
    const row = await repo.update(id, expectedVersion, { updatedAt: at });
    if (!row) throw new AppError(412, 'precondition_failed');
    const record = { attachmentId, fileName: changed.fileName, size: changed.size };
    await auditAs(tx, ctx, 'acquisition', id, archive ? 'archive_attachment' : 'restore_attachment', archive ? record : null, archive ? null : record);
    return row.rowVersion;
  });
}
