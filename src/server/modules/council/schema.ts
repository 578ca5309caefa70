import { date, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { archivedAt, idColumn, timestamps } from '../../platform/columns.js';
import { organisations } from '../organisation/schema.js';

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
    ...timestamps(),
  },
  (t) => [index('council_items_meeting').on(t.meetingId), index('council_items_subject').on(t.subjectId)],
);
