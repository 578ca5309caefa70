import { date, doublePrecision, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { archivedAt, idColumn, timestamps } from '../../platform/columns.js';
import { documentItems } from '../documents/schema.js';
import { organisations, people } from '../organisation/schema.js';

const org = () => uuid('organisation_id').notNull().references(() => organisations.id);

/** A key performance indicator that follows up one goal of a steering document. */
export const kpis = pgTable(
  'kpis',
  {
    id: idColumn(),
    organisationId: org(),
    goalId: uuid('goal_id').notNull().references(() => documentItems.id),
    name: text('name').notNull(),
    definition: text('definition').notNull(),
    unit: text('unit').notNull(),
    direction: text('direction').notNull(),
    source: text('source').notNull().default('manual'),
    ownerId: uuid('owner_id').references(() => people.id),
    baselineValue: doublePrecision('baseline_value'),
    baselineDate: date('baseline_date', { mode: 'string' }),
    archivedAt: archivedAt(),
    ...timestamps(),
  },
  (t) => [index('kpis_goal').on(t.goalId)],
);

export const kpiTargets = pgTable(
  'kpi_targets',
  {
    id: idColumn(),
    organisationId: org(),
    kpiId: uuid('kpi_id').notNull().references(() => kpis.id),
    value: doublePrecision('value').notNull(),
    targetDate: date('target_date', { mode: 'string' }).notNull(),
    ...timestamps(),
  },
  (t) => [index('kpi_targets_kpi').on(t.kpiId)],
);

/** One value per period; a correction changes the value, under If-Match, with an audit event. */
export const kpiMeasurements = pgTable(
  'kpi_measurements',
  {
    id: idColumn(),
    organisationId: org(),
    kpiId: uuid('kpi_id').notNull().references(() => kpis.id),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    value: doublePrecision('value').notNull(),
    comment: text('comment').notNull().default(''),
    enteredById: uuid('entered_by_id').references(() => people.id),
    /** Archived by an admin: out of the follow-up, restorable; its period stays taken until restored. */
    archivedAt: archivedAt(),
    ...timestamps(),
  },
  (t) => [uniqueIndex('kpi_measurements_period').on(t.kpiId, t.periodEnd)],
);
