import { index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { Grant } from '../../../shared/organisation.js';
import { archivedAt, idColumn, timestamps } from '../../platform/columns.js';

/** The tenant. Every other table carries its id. */
export const organisations = pgTable('organisations', {
  id: idColumn(),
  name: text('name').notNull(),
  ...timestamps(),
});

export const collaborations = pgTable('collaborations', {
  id: idColumn(),
  name: text('name').notNull(),
  /** The municipality whose admin created it in Roder; null for one made by the demo or the CLI. */
  createdByOrganisationId: uuid('created_by_organisation_id').references(() => organisations.id),
  ...timestamps(),
});

/**
 * A municipality's place in a collaboration: `invited` (its admin has not answered), `active`
 * (shares and sees), `declined` or `left`. Only active members on both sides share: the single
 * cross-municipality read path (DECISIONS.md 2). Rows stay when a member leaves (nothing is purged).
 */
export const collaborationStatuses = ['invited', 'active', 'declined', 'left'] as const;

export const collaborationMembers = pgTable(
  'collaboration_members',
  {
    id: idColumn(),
    collaborationId: uuid('collaboration_id').notNull().references(() => collaborations.id),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    status: text('status').$type<(typeof collaborationStatuses)[number]>().notNull().default('active'),
    /** The municipality whose admin sent the (latest) invitation; null for a founding member. */
    invitedByOrganisationId: uuid('invited_by_organisation_id').references(() => organisations.id),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('collaboration_members_unique').on(t.collaborationId, t.organisationId),
    // "Which collaborations is this municipality in": every partner lookup starts here.
    index('collaboration_members_org').on(t.organisationId, t.status, t.collaborationId),
  ],
);

export const departments = pgTable(
  'departments',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    name: text('name').notNull(),
    nameSort: text('name_sort').notNull(),
    code: text('code'),
    archivedAt: archivedAt(),
    ...timestamps(),
  },
  (t) => [index('departments_org').on(t.organisationId)],
);

/** A person is a record that can own things; an account (credentials) is optional (DECISIONS.md 1). */
export const people = pgTable(
  'people',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    name: text('name').notNull(),
    nameSort: text('name_sort').notNull(),
    email: text('email'),
    title: text('title'),
    departmentId: uuid('department_id').references(() => departments.id),
    archivedAt: archivedAt(),
    ...timestamps(),
  },
  (t) => [index('people_org').on(t.organisationId)],
);

/** Roles are data: named permissions with a scope (DECISIONS.md 3). */
export const roles = pgTable(
  'roles',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    key: text('key').notNull(),
    nameSv: text('name_sv').notNull(),
    nameEn: text('name_en').notNull(),
    grants: jsonb('grants').$type<Grant[]>().notNull(),
    ...timestamps(),
  },
  (t) => [uniqueIndex('roles_org_key').on(t.organisationId, t.key)],
);

export const accounts = pgTable(
  'accounts',
  {
    id: idColumn(),
    /** Stored lower-cased; unique across the installation. */
    email: text('email').notNull(),
    passwordHash: text('password_hash').notNull(),
    /** The person's own choice of UI language; null until they choose (then the UI's choice applies). */
    language: text('language'),
    disabledAt: timestamp('disabled_at', { withTimezone: true, mode: 'date' }),
    ...timestamps(),
  },
  (t) => [uniqueIndex('accounts_email').on(t.email)],
);

/** Ties an account to a municipality with one role and, where the role needs it, a department. */
export const memberships = pgTable(
  'memberships',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    accountId: uuid('account_id').notNull().references(() => accounts.id),
    personId: uuid('person_id').notNull().references(() => people.id),
    roleId: uuid('role_id').notNull().references(() => roles.id),
    departmentId: uuid('department_id').references(() => departments.id),
    /** When the account last worked in this municipality: sign-in returns there. */
    lastUsedAt: timestamp('last_used_at', { withTimezone: true, mode: 'date' }),
    ...timestamps(),
  },
  (t) => [uniqueIndex('memberships_org_account').on(t.organisationId, t.accountId)],
);

/** A login session; the id is the SHA-256 of the cookie's token, so a database leak gives no session. */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    accountId: uuid('account_id').notNull().references(() => accounts.id),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('sessions_account').on(t.accountId)],
);

/**
 * The capability catalogue: preset rows (organisation_id null) shared by every municipality so a
 * partner's system can be matched to a need; a municipality may add its own (DECISIONS.md 6).
 */
export const capabilities = pgTable(
  'capabilities',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    code: text('code').notNull(),
    parentCode: text('parent_code'),
    nameSv: text('name_sv').notNull(),
    nameEn: text('name_en').notNull(),
    ...timestamps(),
  },
  (t) => [uniqueIndex('capabilities_org_code').on(t.organisationId, t.code)],
);

