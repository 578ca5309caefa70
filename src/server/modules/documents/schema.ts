import { date, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { ResponsibilityRow, StoredResponsibilityRow } from '../../../shared/assignments.js';
import type { Item } from '../../../shared/documents.js';
import { archivedAt, idColumn, timestamps } from '../../platform/columns.js';
import { organisations, people } from '../organisation/schema.js';

const org = () => uuid('organisation_id').notNull().references(() => organisations.id);

/** A municipality's document types and their default rules: configuration, preset from Östhammar. */
export const documentTypes = pgTable(
  'document_types',
  {
    id: idColumn(),
    organisationId: org(),
    key: text('key').notNull(),
    nameSv: text('name_sv').notNull(),
    nameEn: text('name_en').notNull(),
    level: integer('level').notNull(),
    validityYears: integer('validity_years'),
    revisionIntervalMonths: integer('revision_interval_months'),
    defaultOwner: text('default_owner').notNull(),
    defaultDecidingBody: text('default_deciding_body').notNull(),
    ...timestamps(),
  },
  (t) => [uniqueIndex('document_types_org_key').on(t.organisationId, t.key)],
);

/** The working state of a steering document; decided versions are kept in document_versions. */
export const documents = pgTable(
  'documents',
  {
    id: idColumn(),
    organisationId: org(),
    title: text('title').notNull(),
    titleSort: text('title_sort').notNull(),
    typeId: uuid('type_id').notNull().references(() => documentTypes.id),
    diarienummer: text('diarienummer'),
    status: text('status').notNull(),
    ownerId: uuid('owner_id').references(() => people.id),
    decidingBody: text('deciding_body'),
    decidedOn: date('decided_on', { mode: 'string' }),
    validFrom: date('valid_from', { mode: 'string' }),
    validTo: date('valid_to', { mode: 'string' }),
    nextRevisionOn: date('next_revision_on', { mode: 'string' }),
    parentId: uuid('parent_id'),
    replacedById: uuid('replaced_by_id'),
    body: text('body').notNull().default(''),
    version: integer('version').notNull().default(1),
    adoptedVersion: integer('adopted_version'),
    archivedAt: archivedAt(),
    ...timestamps(),
  },
  (t) => [index('documents_org_sort').on(t.organisationId, t.titleSort), index('documents_parent').on(t.parentId)],
);

/**
 * A document's principles and goals, as records other things link to (a KPI measures a goal).
 * Items keep their id across versions; an item dropped in a revision is archived, not deleted.
 */
export const documentItems = pgTable(
  'document_items',
  {
    id: idColumn(),
    organisationId: org(),
    documentId: uuid('document_id').notNull().references(() => documents.id),
    parentItemId: uuid('parent_item_id'),
    kind: text('kind').notNull(),
    number: text('number').notNull().default(''),
    title: text('title').notNull(),
    text: text('text').notNull().default(''),
    position: integer('position').notNull(),
    archivedAt: archivedAt(),
    ...timestamps(),
  },
  (t) => [index('document_items_document').on(t.documentId)],
);

/** Every decided version, frozen: what was decided, when and by whom, with its items. */
export const documentVersions = pgTable(
  'document_versions',
  {
    id: idColumn(),
    organisationId: org(),
    documentId: uuid('document_id').notNull().references(() => documents.id),
    version: integer('version').notNull(),
    title: text('title').notNull(),
    diarienummer: text('diarienummer'),
    decidingBody: text('deciding_body'),
    decidedOn: date('decided_on', { mode: 'string' }),
    validFrom: date('valid_from', { mode: 'string' }),
    validTo: date('valid_to', { mode: 'string' }),
    body: text('body').notNull(),
    items: jsonb('items').$type<Item[]>().notNull(),
    ...timestamps(),
  },
  (t) => [uniqueIndex('document_versions_doc_version').on(t.documentId, t.version)],
);

/**
 * A document's responsibility table (who is responsible for what), one row per document: the
 * working state, replaced as a whole under its own row version (issue 13, item 7).
 */
export const documentResponsibilities = pgTable(
  'document_responsibilities',
  {
    id: idColumn(),
    organisationId: org(),
    documentId: uuid('document_id').notNull().references(() => documents.id),
    rows: jsonb('rows').$type<StoredResponsibilityRow[]>().notNull(),
    ...timestamps(),
  },
  (t) => [uniqueIndex('document_responsibilities_doc').on(t.organisationId, t.documentId)],
);

/** The responsibility table as a version was decided, names included, frozen with the version. */
export const documentVersionResponsibilities = pgTable(
  'document_version_responsibilities',
  {
    id: idColumn(),
    organisationId: org(),
    documentId: uuid('document_id').notNull().references(() => documents.id),
    version: integer('version').notNull(),
    rows: jsonb('rows').$type<ResponsibilityRow[]>().notNull(),
    ...timestamps(),
  },
  (t) => [uniqueIndex('document_version_responsibilities_doc_version').on(t.organisationId, t.documentId, t.version)],
);

/**
 * An assignment (uppdrag) an item of a document gives: an owner, a deadline and a status. Archived,
 * never deleted (DECISIONS.md 11).
 */
export const documentAssignments = pgTable(
  'document_assignments',
  {
    id: idColumn(),
    organisationId: org(),
    documentId: uuid('document_id').notNull().references(() => documents.id),
    itemId: uuid('item_id').notNull().references(() => documentItems.id),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    ownerId: uuid('owner_id').notNull().references(() => people.id),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    status: text('status').notNull().default('not_started'),
    statusComment: text('status_comment').notNull().default(''),
    archivedAt: archivedAt(),
    ...timestamps(),
  },
  (t) => [index('document_assignments_document').on(t.organisationId, t.documentId), index('document_assignments_owner').on(t.organisationId, t.ownerId)],
);
