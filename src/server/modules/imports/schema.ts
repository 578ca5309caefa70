import { customType, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { idColumn, timestamps } from '../../platform/columns.js';
import { organisations, people } from '../organisation/schema.js';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

/**
 * One import of the register from a spreadsheet (issue 12, item 1): the uploaded file until it has
 * run, the dry run's report, the person's mapping, progress, and the outcome. Status: analysing →
 * analysed → running → done → undone, or failed.
 */
export const importBatches = pgTable(
  'import_batches',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    createdBy: uuid('created_by').references(() => people.id),
    filename: text('filename').notNull(),
    /** The file, kept between the dry run and the run; cleared once it has run. */
    content: bytea('content'),
    status: text('status').notNull(),
    report: jsonb('report'),
    mapping: jsonb('mapping'),
    /** The latest progress: phase, sheet, row, rows, at. */
    progress: jsonb('progress'),
    /** created, updated, skipped; while running, what the chunks written so far did. */
    counts: jsonb('counts'),
    /** Who the background work acts as (person, account, language), so another server can resume it. */
    runner: jsonb('runner'),
    /**
     * The run's rows handed over from the file, once all of them are stored in
     * import_planned_chunks (null before): from then on the run writes chunks and can resume.
     */
    planned: integer('planned'),
    /** A machine code: file_too_large, file_unreadable, interrupted, … */
    failure: text('failure'),
    finishedAt: timestamp('finished_at', { withTimezone: true, mode: 'date' }),
    undoneAt: timestamp('undone_at', { withTimezone: true, mode: 'date' }),
    undoneBy: uuid('undone_by').references(() => people.id),
    ...timestamps(),
  },
  (t) => [index('import_batches_org_created').on(t.organisationId, t.createdAt)],
);

/** What one row of a batch did, so the batch can be undone: the record, and its state before and after. */
export const importBatchRows = pgTable(
  'import_batch_rows',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    batchId: uuid('batch_id').notNull().references(() => importBatches.id),
    sheet: text('sheet').notNull(),
    rowNumber: integer('row_number').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: uuid('entity_id').notNull(),
    /** `create` or `update`. */
    action: text('action').notNull(),
    before: jsonb('before'),
    after: jsonb('after').notNull(),
    /** The record's row version right after the import wrote it: a later one means someone changed it since. */
    rowVersionAfter: integer('row_version_after').notNull(),
    ...timestamps(),
  },
  (t) => [index('import_batch_rows_batch').on(t.organisationId, t.batchId)],
);

/**
 * The rows a run will write, as the worker hands them over, a chunk (one transaction's worth) a
 * row: the server never holds more than one chunk, and a run interrupted by a restart resumes
 * from the chunks left. A chunk is deleted in the transaction that writes it, so none is written
 * twice. `rows` is the chunk's planned rows as JSON text; `progress` what writing it means on the
 * page (sheet, row of rows).
 */
export const importPlannedChunks = pgTable(
  'import_planned_chunks',
  {
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    batchId: uuid('batch_id').notNull().references(() => importBatches.id),
    seq: integer('seq').notNull(),
    progress: jsonb('progress').notNull(),
    rows: text('rows').notNull(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.batchId, t.seq] })],
);
