import { bigint, index, integer, jsonb, pgTable, text, uuid, date } from 'drizzle-orm/pg-core';
import { archivedAt, idColumn, timestamps } from '../../platform/columns.js';
import { organisations, people } from '../organisation/schema.js';

/**
 * A project of the portfolio. Its lists (departments, goals, systems, milestones, investments,
 * benefits) are JSON arrays validated against the municipality when written: they are read and
 * written with the project as one record, and the few queries over them use JSON containment.
 */
export const projects = pgTable(
  'projects',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    name: text('name').notNull(),
    nameSort: text('name_sort').notNull(),
    kind: text('kind').notNull(),
    purpose: text('purpose').notNull().default(''),
    status: text('status').notNull(),
    ownerId: uuid('owner_id').references(() => people.id),
    sponsorId: uuid('sponsor_id').references(() => people.id),
    startDate: date('start_date', { mode: 'string' }),
    endDate: date('end_date', { mode: 'string' }),
    yearlyRunningCost: bigint('yearly_running_cost', { mode: 'number' }).notNull().default(0),
    runningFromYear: integer('running_from_year'),
    health: text('health').notNull().default('green'),
    healthReason: text('health_reason').notNull().default(''),
    horizonYears: integer('horizon_years').notNull().default(5),
    departmentIds: jsonb('department_ids').$type<string[]>().notNull().default([]),
    goalIds: jsonb('goal_ids').$type<string[]>().notNull().default([]),
    systems: jsonb('systems').$type<{ applicationId: string; relation: string }[]>().notNull().default([]),
    milestones: jsonb('milestones').$type<{ title: string; dueDate: string; doneOn: string | null }[]>().notNull().default([]),
    investments: jsonb('investments').$type<{ year: number; amount: number }[]>().notNull().default([]),
    benefits: jsonb('benefits').$type<Record<string, unknown>[]>().notNull().default([]),
    actuals: jsonb('actuals').$type<{ year: number; cost: number; benefit: number }[]>().notNull().default([]),
    realisation: jsonb('realisation').$type<{ title: string; dueDate: string; responsibleId: string | null; doneOn: string | null; note: string }[]>().notNull().default([]),
    archivedAt: archivedAt(),
    ...timestamps(),
  },
  (t) => [index('projects_org_sort').on(t.organisationId, t.nameSort)],
);
