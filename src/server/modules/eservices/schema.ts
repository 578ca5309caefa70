import { boolean, index, integer, jsonb, pgTable, smallint, text, uuid } from 'drizzle-orm/pg-core';
import type { DigitisationInput } from '../../../shared/eservices.js';
import { archivedAt, idColumn, timestamps } from '../../platform/columns.js';
import { organisations, people } from '../organisation/schema.js';

/**
 * The e-services register (issue 14, items 7–9). The systems behind a service are a JSON list of
 * application ids, checked against the municipality when written and joined read-only to the
 * applications table when shown; the digitisation valuation's inputs are one JSON object, valued
 * by the portfolio's engine when read.
 */
export const eservices = pgTable(
  'eservices',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    name: text('name').notNull(),
    /** Swedish sort key (a–z, å, ä, ö), computed by the app. */
    nameSort: text('name_sort').notNull(),
    description: text('description').notNull().default(''),
    ownerId: uuid('owner_id').references(() => people.id),
    applicationIds: jsonb('application_ids').$type<string[]>().notNull().default([]),
    step: smallint('step').notNull(),
    yearlyVolume: integer('yearly_volume').notNull().default(0),
    digitalShare: smallint('digital_share').notNull().default(0),
    needsEid: boolean('needs_eid').notNull().default(false),
    accessibility: text('accessibility').notNull().default('not_reviewed'),
    published: boolean('published').notNull().default(false),
    candidate: boolean('candidate').notNull().default(false),
    digitisation: jsonb('digitisation').$type<DigitisationInput>(),
    /** The project a candidate became (issue 14, item 8): the link back. */
    projectId: uuid('project_id'),
    /** The IT-plan need a candidate became: the link back. */
    planNeedId: uuid('plan_need_id'),
    archivedAt: archivedAt(),
    ...timestamps(),
  },
  (t) => [index('eservices_org_sort').on(t.organisationId, t.nameSort)],
);
