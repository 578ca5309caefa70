import { bigint, boolean, customType, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { archivedAt, idColumn, timestamps } from '../../platform/columns.js';
import { agreements, applications } from '../applications/schema.js';
import { capabilities, departments, organisations, people } from '../organisation/schema.js';
import { projects } from '../portfolio/schema.js';

const org = () => uuid('organisation_id').notNull().references(() => organisations.id);
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/**
 * A reported need (anmälan) and where it stands on the collaboration-first route. `step` and
 * `outcome` are what `nextOnRoute` last answered, stored so lists can filter on them.
 */
export const acquisitions = pgTable(
  'acquisitions',
  {
    id: idColumn(),
    organisationId: org(),
    title: text('title').notNull(),
    needText: text('need_text').notNull(),
    departmentId: uuid('department_id').notNull().references(() => departments.id),
    estimatedValue: bigint('estimated_value', { mode: 'number' }).notNull(),
    neededBy: date('needed_by', { mode: 'string' }),
    /** The date of the need: the procurement rules in force on it apply. */
    reportedOn: date('reported_on', { mode: 'string' }).notNull(),
    reportedById: uuid('reported_by_id').references(() => people.id),
    /**
     * When the procurement begins (the notice is sent, or the procedure starts where no notice is
     * needed; LOU 5 kap. 1 §): planned, then actual. The route applies the rules in force on the
     * actual date, else the planned one, else the reported date.
     */
    procurementPlannedOn: date('procurement_planned_on', { mode: 'string' }),
    procurementStartedOn: date('procurement_started_on', { mode: 'string' }),
    step: text('step'),
    outcome: text('outcome'),
    prestudyText: text('prestudy_text').notNull().default(''),
    councilNotedAt: timestamp('council_noted_at', { withTimezone: true, mode: 'date' }),
    councilNotedById: uuid('council_noted_by_id').references(() => people.id),
    projectId: uuid('project_id').references(() => projects.id),
    applicationId: uuid('application_id').references(() => applications.id),
    installedOn: date('installed_on', { mode: 'string' }),
    /** Withdrawn (återkallat) by the department: the route stops here until it is reopened. */
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true, mode: 'date' }),
    withdrawnById: uuid('withdrawn_by_id').references(() => people.id),
    withdrawnReason: text('withdrawn_reason'),
    purchaseKind: text('purchase_kind'),
    /** Archived by an admin (DECISIONS.md 11): out of the register, restorable from the archive view. */
    archivedAt: archivedAt(),
    ...timestamps(),
  },
  (t) => [index('acquisitions_org_reported').on(t.organisationId, t.reportedOn), index('acquisitions_org_step').on(t.organisationId, t.step, t.outcome)],
);

export const acquisitionCapabilities = pgTable(
  'acquisition_capabilities',
  {
    id: idColumn(),
    organisationId: org(),
    acquisitionId: uuid('acquisition_id').notNull().references(() => acquisitions.id),
    capabilityId: uuid('capability_id').notNull().references(() => capabilities.id),
    ...timestamps(),
  },
  (t) => [uniqueIndex('acquisition_capabilities_unique').on(t.acquisitionId, t.capabilityId)],
);

/**
 * Every answer given on the route and who gave it. Answers are never rewritten: answering a step
 * again marks that answer and every later one superseded, so the record shows what changed.
 */
export const acquisitionAnswers = pgTable(
  'acquisition_answers',
  {
    id: idColumn(),
    organisationId: org(),
    acquisitionId: uuid('acquisition_id').notNull().references(() => acquisitions.id),
    step: text('step').notNull(),
    /** Steps 1, 2 and 4: covered / exists. */
    covered: boolean('covered'),
    /** Step 3: no_purchase, wait or purchase. */
    result: text('result'),
    /** Step 1: the own system; step 2: a partner municipality's shared system. */
    systemId: uuid('system_id').references(() => applications.id),
    /**
     * The system's name and municipality as they were when answered: a partner's system is shown
     * from this record, so nothing of the partner is read after it stops sharing.
     */
    systemName: text('system_name'),
    systemMunicipality: text('system_municipality'),
    agreementId: uuid('agreement_id').references(() => agreements.id),
    comment: text('comment').notNull().default(''),
    answeredById: uuid('answered_by_id').references(() => people.id),
    answeredAt: timestamp('answered_at', { withTimezone: true, mode: 'date' }).notNull(),
    supersededAt: timestamp('superseded_at', { withTimezone: true, mode: 'date' }),
    ...timestamps(),
  },
  (t) => [index('acquisition_answers_acq').on(t.acquisitionId, t.answeredAt)],
);

/** The pre-study's attachments, kept in the database so a backup holds them. */
export const acquisitionAttachments = pgTable(
  'acquisition_attachments',
  {
    id: idColumn(),
    organisationId: org(),
    acquisitionId: uuid('acquisition_id').notNull().references(() => acquisitions.id),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    content: bytea('content').notNull(),
    uploadedById: uuid('uploaded_by_id').references(() => people.id),
    /** Removed by an admin (DECISIONS.md 11: nothing is purged; restorable). */
    archivedAt: archivedAt(),
    ...timestamps(),
  },
  (t) => [index('acquisition_attachments_acq').on(t.acquisitionId)],
);
