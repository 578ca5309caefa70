import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { NeedBenefit, PlanCostYear, PlanDecision, PlanWeights } from '../../../shared/itplans.js';
import type { AdjustableField } from '../../../shared/municipal-plan.js';
import { archivedAt, idColumn, timestamps } from '../../platform/columns.js';
import { departments, organisations, people } from '../organisation/schema.js';

/**
 * IT plans (issue 14, items 1–6): a planning round for a period, one plan per department in it
 * with its needs, the municipal plan's initiatives that the needs are merged into, the pairs of
 * needs judged not to be duplicates, and the decided versions of the municipal plan, frozen.
 * Goals, capabilities and systems are JSON lists of ids, checked against the municipality when
 * written and joined read-only when shown (as the e-services do).
 */
export const planRounds = pgTable(
  'plan_rounds',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    title: text('title').notNull(),
    firstYear: integer('first_year').notNull(),
    lastYear: integer('last_year').notNull(),
    /** The budget year the round feeds (Mjölby: the boards' IT plans are made with the budget). */
    budgetYear: integer('budget_year').notNull(),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    /** `open` while the departments fill in their plans and the strategist merges; `decided` once the municipal plan is decided (frozen). */
    status: text('status').notNull().default('open'),
    /** The round this one revises (next year's round starts from this year's plan). */
    previousRoundId: uuid('previous_round_id'),
    /** The budget frame per year, where one is entered. */
    budgetFrames: jsonb('budget_frames').$type<PlanCostYear[]>().notNull().default([]),
    /** The prioritisation's weights, in per cent: goal contribution, benefit, cost. */
    weights: jsonb('weights').$type<PlanWeights>().notNull().default({ goals: 40, benefit: 40, cost: 20 }),
    openedBy: uuid('opened_by').references(() => people.id),
    openedAt: timestamp('opened_at', { withTimezone: true, mode: 'date' }).notNull(),
    /** The newest decision (the versions keep every one). */
    decision: jsonb('decision').$type<PlanDecision>(),
    /** The newest decided version's number; null until decided. */
    decidedVersion: integer('decided_version'),
    archivedAt: archivedAt(),
    ...timestamps(),
  },
  (t) => [index('plan_rounds_org_first_year').on(t.organisationId, t.firstYear)],
);

export const departmentPlans = pgTable(
  'department_plans',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    roundId: uuid('round_id').notNull().references(() => planRounds.id),
    departmentId: uuid('department_id').notNull().references(() => departments.id),
    /** `not_started`, `started` (a need written) or `submitted`. */
    status: text('status').notNull().default('not_started'),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }),
    submittedBy: uuid('submitted_by').references(() => people.id),
    /** When the department's head was last reminded of the deadline (the reminder job's mark). */
    remindedAt: timestamp('reminded_at', { withTimezone: true, mode: 'date' }),
    ...timestamps(),
  },
  (t) => [uniqueIndex('department_plans_round_department').on(t.organisationId, t.roundId, t.departmentId)],
);

const needColumns = () => ({
  title: text('title').notNull(),
  description: text('description').notNull().default(''),
  goalIds: jsonb('goal_ids').$type<string[]>().notNull().default([]),
  capabilityIds: jsonb('capability_ids').$type<string[]>().notNull().default([]),
  applicationIds: jsonb('application_ids').$type<string[]>().notNull().default([]),
  /** 1 high, 2 medium, 3 low. */
  priority: smallint('priority').notNull().default(2),
  /** Investment and running cost per calendar year of the period, whole kronor. */
  costs: jsonb('costs').$type<PlanCostYear[]>().notNull().default([]),
  /** The benefit, valued as projects are (optional for small needs). */
  benefit: jsonb('benefit').$type<NeedBenefit>(),
  /** Set when the need already is a project of the portfolio. */
  projectId: uuid('project_id'),
  /** Set when the need already is on the acquisition route. */
  acquisitionId: uuid('acquisition_id'),
  /** The same need in the round this one revises. */
  revisedFromId: uuid('revised_from_id'),
});

export const planNeeds = pgTable(
  'plan_needs',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    roundId: uuid('round_id').notNull().references(() => planRounds.id),
    departmentPlanId: uuid('department_plan_id').notNull().references(() => departmentPlans.id),
    departmentId: uuid('department_id').notNull().references(() => departments.id),
    ...needColumns(),
    /** The initiative of the municipal plan the need is met by (1:1 when submitted, shared once merged). */
    initiativeId: uuid('initiative_id'),
    /** The e-service candidate the need was made from; null if none. */
    eserviceId: uuid('eservice_id'),
    archivedAt: archivedAt(),
    ...timestamps(),
  },
  (t) => [
    index('plan_needs_org_round').on(t.organisationId, t.roundId),
    index('plan_needs_org_plan').on(t.organisationId, t.departmentPlanId),
    // Swedish full-text similarity between needs (item 3): stemmed words of title and description.
    index('plan_needs_fts').using('gin', sql`to_tsvector('swedish', ${t.title} || ' ' || ${t.description})`),
  ],
);

export const planInitiatives = pgTable(
  'plan_initiatives',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    roundId: uuid('round_id').notNull().references(() => planRounds.id),
    ...needColumns(),
    /**
     * The fields the strategist changed on the municipal plan: when the department submits its
     * plan again, a single-need initiative is refreshed from its need except in these fields.
     */
    adjustedFields: jsonb('adjusted_fields').$type<AdjustableField[]>().notNull().default([]),
    archivedAt: archivedAt(),
    ...timestamps(),
  },
  (t) => [index('plan_initiatives_org_round').on(t.organisationId, t.roundId)],
);

/** Two needs the strategist judged not to be duplicates, with the reason: the pair is not proposed again. Smaller id first. */
export const planNeedDismissals = pgTable(
  'plan_need_dismissals',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    roundId: uuid('round_id').notNull().references(() => planRounds.id),
    firstId: uuid('first_id').notNull().references(() => planNeeds.id),
    secondId: uuid('second_id').notNull().references(() => planNeeds.id),
    reason: text('reason').notNull(),
    dismissedBy: uuid('dismissed_by').references(() => people.id),
    ...timestamps(),
  },
  (t) => [uniqueIndex('plan_need_dismissals_pair').on(t.organisationId, t.firstId, t.secondId)],
);

/** A decided municipal IT plan, frozen as it was decided: public from then on. */
export const planVersions = pgTable(
  'plan_versions',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    roundId: uuid('round_id').notNull().references(() => planRounds.id),
    version: integer('version').notNull(),
    decision: jsonb('decision').$type<PlanDecision>().notNull(),
    /** The municipal plan as presented when decided (the plan endpoint's body). */
    snapshot: jsonb('snapshot').notNull(),
    decidedBy: uuid('decided_by').references(() => people.id),
    ...timestamps(),
  },
  (t) => [uniqueIndex('plan_versions_round_version').on(t.organisationId, t.roundId, t.version)],
);
