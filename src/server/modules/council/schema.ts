import { date, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { archivedAt, idColumn, timestamps } from '../../platform/columns.js';
import { organisations, people } from '../organisation/schema.js';

/** A meeting of the IT council (or whichever body the municipality has decide IT matters). */
export const councilMeetings = pgTable(
  'council_meetings',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    body: text('body').notNull(),
    meetingDate: date('meeting_date', { mode: 'string' }).notNull(),
    location: text('location').notNull().default(''),
    archivedAt: archivedAt(),
    ...timestamps(),
  },
  (t) => [index('council_meetings_org_date').on(t.organisationId, t.meetingDate)],
);

/** An agenda item (ärende), numbered § in the minutes, ending in a decision. */
export const councilItems = pgTable(
  'council_items',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    meetingId: uuid('meeting_id').notNull().references(() => councilMeetings.id),
    number: integer('number').notNull(),
    title: text('title').notNull(),
    subjectKind: text('subject_kind').notNull(),
    subjectId: uuid('subject_id'),
    background: text('background').notNull().default(''),
    decision: text('decision'),
    decisionText: text('decision_text').notNull().default(''),
    decidedOn: date('decided_on', { mode: 'string' }),
    diarienummer: text('diarienummer'),
    /** Archived by an admin on its own: off the agenda and the decisions, restorable; its § number stays taken. */
    archivedAt: archivedAt(),
    ...timestamps(),
  },
  (t) => [index('council_items_meeting').on(t.meetingId), index('council_items_subject').on(t.subjectId)],
);

/**
 * Who attended a meeting, in the order the minutes list them: a person of the municipality, or an
 * external named in free text (a partner municipality's CIO, a supplier). One attendee may chair,
 * one keep the minutes (sekreterare), and one or two check them (justerare): the capacity is the
 * attendee's, so whoever chairs or signs was there. The list is replaced as a whole, under the
 * meeting's row version.
 */
export const councilParticipants = pgTable(
  'council_participants',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    meetingId: uuid('meeting_id').notNull().references(() => councilMeetings.id),
    position: integer('position').notNull(),
    /** The person of the municipality; null for an external, who is named in `name`. */
    personId: uuid('person_id').references(() => people.id),
    name: text('name').notNull().default(''),
    /** A title or organisation the minutes print beside the name (the person's title if empty). */
    note: text('note').notNull().default(''),
    /** attendee, chair, secretary or adjuster. */
    role: text('role').notNull().default('attendee'),
    ...timestamps(),
  },
  (t) => [index('council_participants_meeting').on(t.organisationId, t.meetingId, t.position)],
);
