import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, smallint, text, uuid, bigint, uniqueIndex } from 'drizzle-orm/pg-core';
import { archivedAt, idColumn, timestamps } from '../../platform/columns.js';
import { capabilities, departments, organisations, people } from '../organisation/schema.js';

const org = () => uuid('organisation_id').notNull().references(() => organisations.id);

/** Suppliers are records of their own (DECISIONS.md 7); a system's vendor points at one. */
export const suppliers = pgTable(
  'suppliers',
  {
    id: idColumn(),
    organisationId: org(),
    name: text('name').notNull(),
    nameSort: text('name_sort').notNull(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('suppliers_org_name').on(t.organisationId, t.name),
    // The register's search matches supplier names anywhere in the name (ILIKE '%…%').
    index('suppliers_org_name_trgm').using('gin', t.organisationId, t.name.op('gin_trgm_ops')),
  ],
);

/**
 * The agreements register: contracts and framework agreements (ramavtal); a system links to any
 * number of them. The agreements module owns the register; the register's contract fields edit
 * a system's own contract here (DECISIONS.md 7).
 */
export const agreements = pgTable(
  'agreements',
  {
    id: idColumn(),
    organisationId: org(),
    supplierId: uuid('supplier_id').references(() => suppliers.id),
    name: text('name').notNull(),
    /** `contract` or `framework`. */
    kind: text('kind').notNull().default('contract'),
    /** Kept in the register (true), or a system's own contract made by its contract fields (false). */
    registered: boolean('registered').notNull().default(false),
    reference: text('reference').notNull().default(''),
    description: text('description').notNull().default(''),
    startDate: date('start_date', { mode: 'string' }),
    endDate: date('end_date', { mode: 'string' }),
    noticeMonths: integer('notice_months'),
    extensionOptions: text('extension_options').notNull().default(''),
    archivedAt: archivedAt(),
    ...timestamps(),
  },
  (t) => [index('agreements_org').on(t.organisationId)],
);

export const applications = pgTable(
  'applications',
  {
    id: idColumn(),
    organisationId: org(),
    name: text('name').notNull(),
    /** Swedish sort key (a–z, å, ä, ö), computed by the app because PGlite has no Swedish collation. */
    nameSort: text('name_sort').notNull(),
    supplierId: uuid('supplier_id').references(() => suppliers.id),
    versions: jsonb('versions').$type<string[]>().notNull().default([]),
    kind: text('kind').notNull(),
    description: text('description').notNull().default(''),
    lifecycle: text('lifecycle').notNull(),
    assessment: text('assessment'),
    yearlyCost: bigint('yearly_cost', { mode: 'number' }),
    ownerId: uuid('owner_id').references(() => people.id),
    managerId: uuid('manager_id').references(() => people.id),
    personalData: boolean('personal_data').notNull().default(false),
    classK: smallint('class_k'),
    classR: smallint('class_r'),
    classT: smallint('class_t'),
    sharedWithCollaboration: boolean('shared_with_collaboration').notNull().default(false),
    /**
     * Completeness 0–100 from the municipality's weights (quality.ts): derived, kept up to date in
     * the transaction of every write that changes an input, and recomputed for the municipality
     * when its weights change, so the list filters and sorts on a column instead of a subquery.
     */
    qualityScore: smallint('quality_score').notNull().default(0),
    archivedAt: archivedAt(),
    ...timestamps(),
  },
  (t) => [
    // The register's quality filter (a band) and the start page's distribution.
    index('applications_org_quality').on(t.organisationId, t.qualityScore),
    // Lists order by the Swedish sort key byte-wise (COLLATE "C"); the index must use the same collation.
    index('applications_org_sort_c').on(t.organisationId, sql`${t.nameSort} collate "C"`, t.id),
    index('applications_org_owner').on(t.organisationId, t.ownerId),
    // Search (ILIKE '%…%' on name or description) through trigrams, within the municipality.
    index('applications_org_search_trgm').using('gin', t.organisationId, t.name.op('gin_trgm_ops'), t.description.op('gin_trgm_ops')),
  ],
);

export const applicationDepartments = pgTable(
  'application_departments',
  {
    id: idColumn(),
    organisationId: org(),
    applicationId: uuid('application_id').notNull().references(() => applications.id),
    departmentId: uuid('department_id').notNull().references(() => departments.id),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('application_departments_unique').on(t.applicationId, t.departmentId),
    // Child tables lead with organisation_id, so a query costs what one municipality costs.
    index('application_departments_org_dept').on(t.organisationId, t.departmentId, t.applicationId),
  ],
);

export const applicationCapabilities = pgTable(
  'application_capabilities',
  {
    id: idColumn(),
    organisationId: org(),
    applicationId: uuid('application_id').notNull().references(() => applications.id),
    capabilityId: uuid('capability_id').notNull().references(() => capabilities.id),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('application_capabilities_unique').on(t.applicationId, t.capabilityId),
    // A preset capability is shared by every municipality: without organisation_id first, a
    // filter on it would read the whole installation's links.
    index('application_capabilities_org_cap').on(t.organisationId, t.capabilityId, t.applicationId),
  ],
);

export const applicationAgreements = pgTable(
  'application_agreements',
  {
    id: idColumn(),
    organisationId: org(),
    applicationId: uuid('application_id').notNull().references(() => applications.id),
    agreementId: uuid('agreement_id').notNull().references(() => agreements.id),
    /** The agreement whose end date and notice period the register's contract fields edit. */
    isPrimary: boolean('is_primary').notNull().default(true),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('application_agreements_unique').on(t.applicationId, t.agreementId),
    index('application_agreements_org_app').on(t.organisationId, t.applicationId),
  ],
);

/** A data flow from one system to another. */
export const integrations = pgTable(
  'integrations',
  {
    id: idColumn(),
    organisationId: org(),
    sourceId: uuid('source_id').notNull().references(() => applications.id),
    targetId: uuid('target_id').notNull().references(() => applications.id),
    description: text('description').notNull().default(''),
    ...timestamps(),
  },
  (t) => [index('integrations_org_source').on(t.organisationId, t.sourceId), index('integrations_org_target').on(t.organisationId, t.targetId)],
);

/** Mjölby: every system is disruption-tested yearly, and the test is documented. */
export const disruptionTests = pgTable(
  'disruption_tests',
  {
    id: idColumn(),
    organisationId: org(),
    applicationId: uuid('application_id').notNull().references(() => applications.id),
    testedOn: date('tested_on', { mode: 'string' }).notNull(),
    result: text('result').notNull(),
    notes: text('notes').notNull().default(''),
    ...timestamps(),
  },
  (t) => [index('disruption_tests_org_app').on(t.organisationId, t.applicationId, t.testedOn)],
);

/** An agreement's scope as capabilities: what it can be called off for. */
export const agreementCapabilities = pgTable(
  'agreement_capabilities',
  {
    id: idColumn(),
    organisationId: org(),
    agreementId: uuid('agreement_id').notNull().references(() => agreements.id),
    capabilityId: uuid('capability_id').notNull().references(() => capabilities.id),
    ...timestamps(),
  },
  (t) => [uniqueIndex('agreement_capabilities_unique').on(t.agreementId, t.capabilityId), index('agreement_capabilities_cap').on(t.capabilityId)],
);

/**
 * How the municipality has judged an overlap group (the capability it is counted on): systems kept
 * side by side on purpose (`intended`), or being migrated to fewer (`migrating`), with the reason
 * and when to look again. A marked group is shown apart and not counted in the possible saving.
 */
export const overlapMarks = pgTable(
  'overlap_marks',
  {
    id: idColumn(),
    organisationId: org(),
    capabilityId: uuid('capability_id').notNull().references(() => capabilities.id),
    status: text('status').notNull(),
    reason: text('reason').notNull(),
    reviewOn: date('review_on', { mode: 'string' }).notNull(),
    ...timestamps(),
  },
  (t) => [uniqueIndex('overlap_marks_org_capability').on(t.organisationId, t.capabilityId)],
);

/**
 * The weights of the register's completeness score, one row per municipality (its defaults until
 * an admin saves them). Not dated like rule_values: the score is of the register as it is now, and
 * a weight that took effect later would leave every stored score stale until something rescored.
 */
export const qualityWeights = pgTable(
  'quality_weights',
  {
    id: idColumn(),
    organisationId: org(),
    weights: jsonb('weights').$type<Record<string, number>>().notNull(),
    ...timestamps(),
  },
  (t) => [uniqueIndex('quality_weights_org').on(t.organisationId)],
);

/**
 * Pairs of systems a person judged not to be duplicates (issue 12, item 1): the register no longer
 * flags them as probable duplicates. One row per pair, the smaller id first, so a pair is one key.
 */
export const duplicateDismissals = pgTable(
  'application_duplicate_dismissals',
  {
    id: idColumn(),
    organisationId: org(),
    firstId: uuid('first_id').notNull().references(() => applications.id),
    secondId: uuid('second_id').notNull().references(() => applications.id),
    ...timestamps(),
  },
  (t) => [uniqueIndex('application_duplicate_dismissals_pair').on(t.organisationId, t.firstId, t.secondId)],
);
