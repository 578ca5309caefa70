import type { AnswerInput, ConsultationInput } from '../../../shared/consultations.js';
import type { Item } from '../../../shared/documents.js';
import type { AuthContext } from '../../platform/auth.js';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db.js';
import { AppError, type FieldError, notFound, validationFailed } from '../../platform/errors.js';
import { can, requirePermission } from '../../platform/permissions.js';
import { auditAs } from '../audit/commands.js';
import { transitionDocument } from '../documents/commands.js';
import { documentWithItems } from '../documents/queries.js';
import { createNotifications } from '../notifications/commands.js';
import { liveDepartments, livePeople } from '../organisation/queries.js';
import { consultationRepository, type ConsultationRepository } from './repository.js';
import { answerProblems, answerWindowOpen, itemIds, paragraphCount } from './rules.js';

interface Ctx {
  db: Db;
  clock: Clock;
  auth: AuthContext;
}

/**
 * Sends a draft on remiss: moves the document to `consultation` through the documents module's own
 * transition (so its rules, row version and audit apply), freezes the text into the round and
 * notifies the recipients (people directly, a department's people). Answers the round's id.
 */
export async function sendConsultation(ctx: Ctx, documentId: string, expectedVersion: number, input: ConsultationInput & { personIds: string[]; departmentIds: string[]; coverLetter: string }) {
  return ctx.db.transaction(async (tx) => {
    const found = await documentWithItems(tx, ctx.auth.organisationId, documentId);
    if (!found) throw notFound();
    requirePermission(ctx.auth, 'document.transition', { departmentIds: [], ownerIds: [found.doc.ownerId] });
    const personIds = [...new Set(input.personIds)];
    const departmentIds = [...new Set(input.departmentIds)];
    const errors: FieldError[] = [];
    if (personIds.length + departmentIds.length === 0) errors.push({ field: 'personIds', key: 'consultation_no_recipients' });
    const people = await livePeople(tx, ctx.auth.organisationId, personIds);
    if (personIds.some((id) => !people.has(id))) errors.push({ field: 'personIds', key: 'unknown_reference' });
    const departments = await liveDepartments(tx, ctx.auth.organisationId, departmentIds);
    if (departmentIds.some((id) => !departments.has(id))) errors.push({ field: 'departmentIds', key: 'unknown_reference' });
    if (input.lastAnswerOn <= ctx.clock.today()) errors.push({ field: 'lastAnswerOn', key: 'consultation_date_not_future' });
    if (errors.length) throw validationFailed(errors);
    // The document's own transition checks the row version and that a draft may go on remiss.
    await transitionDocument({ ...ctx, db: tx }, documentId, expectedVersion, { to: 'consultation' });
    const at = ctx.clock.now();
    const repo = consultationRepository(tx, ctx.auth.organisationId);
    const snapshot = { title: found.doc.title, body: found.doc.body, items: found.items };
    const round = await repo.insertRound({
      documentId,
      documentVersion: found.doc.version,
      lastAnswerOn: input.lastAnswerOn,
      coverLetter: input.coverLetter,
      snapshot,
      sentBy: ctx.auth.personId,
      createdAt: at,
      updatedAt: at,
    });
    await repo.insertRecipients([
      ...personIds.map((personId) => ({ consultationId: round.id, personId, createdAt: at, updatedAt: at })),
      ...departmentIds.map((departmentId) => ({ consultationId: round.id, departmentId, createdAt: at, updatedAt: at })),
    ]);
    const notified = new Set([...personIds, ...(await repo.peopleOfDepartments(departmentIds)).map((p) => p.id)]);
    notified.delete(ctx.auth.personId);
    await createNotifications(
      tx,
      ctx.auth.organisationId,
      [...notified].map((personId) => ({
        personId,
        topic: 'consultation' as const,
        messageKey: 'consultation.sent' as const,
        params: { title: found.doc.title, date: input.lastAnswerOn },
        link: `/remisser/${round.id}`,
        dedupeKey: `consultation:${round.id}`,
      })),
      ctx.clock,
    );
    await auditAs(tx, ctx, 'consultation', round.id, 'send', null, { documentId, documentVersion: found.doc.version, lastAnswerOn: input.lastAnswerOn, personIds, departmentIds, coverLetter: input.coverLetter });
    return round.id;
  });
}

/** The caller's recipient row in a round: as the person, else for their department. */
export async function recipientOf(repo: ConsultationRepository, auth: AuthContext, consultationId: string) {
  const rows = await repo.recipients([consultationId]);
  const personal = rows.find((r) => r.recipient.personId === auth.personId);
  if (personal) return personal;
  const departmentId = auth.departmentId ?? (await repo.personDepartment(auth.personId));
  return (departmentId && rows.find((r) => r.recipient.departmentId === departmentId)) || null;
}

async function openAnswer(tx: Db, ctx: Ctx, consultationId: string, expected: number) {
  const repo = consultationRepository(tx, ctx.auth.organisationId);
  const round = await repo.round(consultationId);
  if (!round) throw notFound();
  const mine = await recipientOf(repo, ctx.auth, consultationId);
  if (!mine) throw new AppError(403, 'consultation_not_recipient');
  if (mine.recipient.status === 'submitted') throw new AppError(409, 'consultation_already_submitted');
  if (!answerWindowOpen(round.round.lastAnswerOn, ctx.clock.today())) throw new AppError(409, 'consultation_closed');
  // Once the document has left remiss (decided, or back to a draft), the round takes no more answers.
  const found = await documentWithItems(tx, ctx.auth.organisationId, round.round.documentId);
  if (!found || found.doc.status !== 'consultation' || found.doc.version !== round.round.documentVersion) throw new AppError(409, 'consultation_ended');
  if (mine.recipient.rowVersion !== expected) throw new AppError(412, 'precondition_failed');
  return { repo, round, mine };
}

/** Saves (replaces) the caller's answer; it stays editable until submitted or the last date passes. */
export async function saveAnswer(ctx: Ctx, consultationId: string, expected: number, input: AnswerInput & { comments: { itemId: string | null; paragraph: number | null; text: string }[] }) {
  return ctx.db.transaction(async (tx) => {
    const { repo, round, mine } = await openAnswer(tx, ctx, consultationId, expected);
    const snapshot = round.round.snapshot as { body: string; items: Item[] };
    const problems = answerProblems(input, itemIds(snapshot.items), paragraphCount(snapshot.body));
    if (problems.length) throw validationFailed(problems);
    const at = ctx.clock.now();
    const row = await repo.updateRecipient(mine.recipient.id, expected, { status: 'draft', noObjection: input.noObjection, updatedAt: at });
    if (!row) throw new AppError(412, 'precondition_failed');
    const before = { noObjection: mine.recipient.noObjection, comments: (await repo.comments(consultationId)).filter((c) => c.recipientId === mine.recipient.id).map((c) => ({ itemId: c.itemId, paragraph: c.paragraph, text: c.text })) };
    await repo.replaceComments(consultationId, mine.recipient.id, input.comments, at);
    await auditAs(tx, ctx, 'consultation_answer', mine.recipient.id, 'update', before, { noObjection: input.noObjection, comments: input.comments });
  });
}

/** Submits the caller's saved answer: after this it is the recipient's answer and cannot change. */
export async function submitAnswer(ctx: Ctx, consultationId: string, expected: number) {
  return ctx.db.transaction(async (tx) => {
    const { repo, mine } = await openAnswer(tx, ctx, consultationId, expected);
    const comments = (await repo.comments(consultationId)).filter((c) => c.recipientId === mine.recipient.id);
    if (mine.recipient.status !== 'draft' || (!mine.recipient.noObjection && comments.length === 0)) throw validationFailed([{ field: 'comments', key: 'consultation_answer_empty' }]);
    const row = await repo.updateRecipient(mine.recipient.id, expected, { status: 'submitted', submittedAt: ctx.clock.now(), answeredBy: ctx.auth.personId, updatedAt: ctx.clock.now() });
    if (!row) throw new AppError(412, 'precondition_failed');
    await auditAs(tx, ctx, 'consultation_answer', mine.recipient.id, 'submit', { status: 'draft' }, { status: 'submitted', noObjection: row.noObjection, comments: comments.length });
  });
}

/** The owner's response to one submitted comment. */
export async function respondToComment(ctx: Ctx, consultationId: string, commentId: string, expected: number, input: { response: string; text: string }) {
  return ctx.db.transaction(async (tx) => {
    const repo = consultationRepository(tx, ctx.auth.organisationId);
    const round = await repo.round(consultationId);
    if (!round) throw notFound();
    const found = await documentWithItems(tx, ctx.auth.organisationId, round.round.documentId);
    if (!found) throw notFound();
    requirePermission(ctx.auth, 'document.update', { departmentIds: [], ownerIds: [found.doc.ownerId] });
    // The compiled answers of a decided version are part of its record: they no longer change.
    if (found.doc.adoptedVersion !== null && found.doc.adoptedVersion >= round.round.documentVersion) throw new AppError(409, 'consultation_decided');
    const comment = await repo.comment(consultationId, commentId);
    const recipient = comment && (await repo.recipients([consultationId])).find((r) => r.recipient.id === comment.recipientId);
    // A comment not yet submitted is the recipient's draft: invisible to the owner.
    if (!comment || recipient?.recipient.status !== 'submitted') throw notFound();
    if (comment.rowVersion !== expected) throw new AppError(412, 'precondition_failed');
    const row = await repo.updateComment(commentId, expected, { response: input.response, responseText: input.text, respondedBy: ctx.auth.personId, updatedAt: ctx.clock.now() });
    if (!row) throw new AppError(412, 'precondition_failed');
    await auditAs(tx, ctx, 'consultation_comment', commentId, 'respond', { response: comment.response, text: comment.responseText }, { response: input.response, text: input.text });
  });
}

/** Whether the caller may respond to a round's comments. */
export const mayRespond = (auth: AuthContext, ownerId: string | null) => can(auth, 'document.update', { departmentIds: [], ownerIds: [ownerId] });
