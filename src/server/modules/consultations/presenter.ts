import type { Consultation, ConsultationSummary } from '../../../shared/consultations.js';
import type { ConsultationRepository } from './repository.js';
import { answerWindowOpen } from './rules.js';

type Round = NonNullable<Awaited<ReturnType<ConsultationRepository['round']>>>;
type RecipientRow = Awaited<ReturnType<ConsultationRepository['recipients']>>[number];
type CommentRow = Awaited<ReturnType<ConsultationRepository['comments']>>[number];

const presentComment = (c: CommentRow) => ({
  id: c.id,
  itemId: c.itemId,
  paragraph: c.paragraph,
  text: c.text,
  response: c.response as Consultation['recipients'][number]['comments'][number]['response'],
  responseText: c.responseText,
  rowVersion: c.rowVersion,
});

const recipientName = (r: RecipientRow) => r.personName ?? r.departmentName ?? '';

/**
 * A round as the caller may see it: every recipient's submitted answer, and the caller's own
 * answer even while it is a draft; another recipient's draft stays theirs.
 */
export function presentConsultation(
  round: Round,
  recipients: RecipientRow[],
  comments: CommentRow[],
  mine: RecipientRow | null,
  allowedRespond: boolean,
  today: string,
): Consultation {
  const of = (id: string) => comments.filter((c) => c.recipientId === id).map(presentComment);
  return {
    id: round.round.id,
    documentId: round.round.documentId,
    documentTitle: round.documentTitle,
    documentVersion: round.round.documentVersion,
    sentOn: round.round.createdAt.toISOString(),
    sentBy: round.sentByName,
    lastAnswerOn: round.round.lastAnswerOn,
    overdue: !answerWindowOpen(round.round.lastAnswerOn, today),
    coverLetter: round.round.coverLetter,
    snapshot: round.round.snapshot,
    recipients: recipients.map((r) => {
      const submitted = r.recipient.status === 'submitted';
      return {
        id: r.recipient.id,
        kind: r.recipient.personId ? ('person' as const) : ('department' as const),
        name: recipientName(r),
        status: r.recipient.status as 'pending' | 'draft' | 'submitted',
        submittedAt: r.recipient.submittedAt?.toISOString() ?? null,
        answeredBy: r.answeredByName,
        noObjection: submitted && r.recipient.noObjection,
        comments: submitted ? of(r.recipient.id) : [],
      };
    }),
    myAnswer: mine
      ? {
          recipientId: mine.recipient.id,
          name: recipientName(mine),
          status: mine.recipient.status as 'pending' | 'draft' | 'submitted',
          noObjection: mine.recipient.noObjection,
          comments: of(mine.recipient.id),
          rowVersion: mine.recipient.rowVersion,
          canEdit: mine.recipient.status !== 'submitted' && answerWindowOpen(round.round.lastAnswerOn, today),
        }
      : null,
    allowedRespond,
  };
}

export function presentSummary(round: Round, recipients: RecipientRow[], myStatus: string | null, today: string): ConsultationSummary {
  const own = recipients.filter((r) => r.recipient.consultationId === round.round.id);
  return {
    id: round.round.id,
    documentId: round.round.documentId,
    documentTitle: round.documentTitle,
    documentVersion: round.round.documentVersion,
    lastAnswerOn: round.round.lastAnswerOn,
    overdue: !answerWindowOpen(round.round.lastAnswerOn, today),
    answered: own.filter((r) => r.recipient.status === 'submitted').length,
    recipients: own.length,
    myStatus: myStatus as ConsultationSummary['myStatus'],
  };
}

export { recipientName };
