import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Item } from '../../../shared/documents.js';
import { idColumn, timestamps } from '../../platform/columns.js';
import { documents } from '../documents/schema.js';
import { departments, organisations, people } from '../organisation/schema.js';

const org = () => uuid('organisation_id').notNull().references(() => organisations.id);

/**
 * One remiss round of a document, frozen to the text it was sent with. `document_version` is the
 * working version at sending: the version decided next, so its compiled answers belong to it.
 */
export const consultations = pgTable(
  'consultations',
  {
    id: idColumn(),
    organisationId: org(),
    documentId: uuid('document_id').notNull().references(() => documents.id),
    documentVersion: integer('document_version').notNull(),
    lastAnswerOn: date('last_answer_on', { mode: 'string' }).notNull(),
    coverLetter: text('cover_letter').notNull().default(''),
    snapshot: jsonb('snapshot').$type<{ title: string; body: string; items: Item[] }>().notNull(),
    sentBy: uuid('sent_by').notNull().references(() => people.id),
    ...timestamps(),
  },
  (t) => [index('consultations_document').on(t.organisationId, t.documentId)],
);

/** A recipient of a round: a person or a department, with its one answer. */
export const consultationRecipients = pgTable(
  'consultation_recipients',
  {
    id: idColumn(),
    organisationId: org(),
    consultationId: uuid('consultation_id').notNull().references(() => consultations.id),
    personId: uuid('person_id').references(() => people.id),
    departmentId: uuid('department_id').references(() => departments.id),
    /** `pending`, `draft` or `submitted`. */
    status: text('status').notNull().default('pending'),
    noObjection: boolean('no_objection').notNull().default(false),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }),
    answeredBy: uuid('answered_by').references(() => people.id),
    ...timestamps(),
  },
  (t) => [
    index('consultation_recipients_round').on(t.organisationId, t.consultationId),
    index('consultation_recipients_person').on(t.organisationId, t.personId),
    index('consultation_recipients_department').on(t.organisationId, t.departmentId),
  ],
);

/** A comment of an answer, tied to an item of the sent text, a paragraph or the whole, with the owner's response. */
export const consultationComments = pgTable(
  'consultation_comments',
  {
    id: idColumn(),
    organisationId: org(),
    consultationId: uuid('consultation_id').notNull().references(() => consultations.id),
    recipientId: uuid('recipient_id').notNull().references(() => consultationRecipients.id),
    itemId: uuid('item_id'),
    paragraph: integer('paragraph'),
    position: integer('position').notNull(),
    text: text('text').notNull(),
    response: text('response'),
    responseText: text('response_text').notNull().default(''),
    respondedBy: uuid('responded_by').references(() => people.id),
    ...timestamps(),
  },
  (t) => [index('consultation_comments_round').on(t.organisationId, t.consultationId)],
);
