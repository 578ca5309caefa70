import { z } from 'zod';
import { requiredText, uuid } from './common.js';

/**
 * Importing the register from a spreadsheet (issue 12, item 1): a batch is one uploaded file. It
 * is read and checked first (the dry run: nothing changes), then run with the person's mapping of
 * unknown values, in the background, and can be undone as a whole.
 */

/** The columns of the systems sheet: the export's workbook, so export → edit → import round-trips. */
const systemColumns = [
  'id', 'name', 'vendor', 'versions', 'kind', 'lifecycle', 'assessment', 'yearlyCost', 'owner', 'manager',
  'departments', 'capabilities', 'personalData', 'k', 'r', 't', 'contractEnd', 'description',
] as const;
export type SystemColumn = (typeof systemColumns)[number];

/** Columns whose unknown values the person maps once for the whole file. */
const mappedColumns = ['departments', 'owner', 'manager', 'capabilities', 'vendor', 'kind', 'lifecycle', 'assessment'] as const;
export type MappedColumn = (typeof mappedColumns)[number];

const importStatuses = ['analysing', 'analysed', 'running', 'done', 'failed', 'undone'] as const;
export type ImportStatus = (typeof importStatuses)[number];

export const importFileInput = z.object({
  filename: requiredText(200)
    .refine((f) => /\.(xlsx|csv)$/i.test(f), { message: 'import_file_type' })
    .describe("The file's name; it must end in .xlsx or .csv."),
  /** At most about 30 MB as a file. */
  contentBase64: z.string().min(1).max(40_000_000).describe('The file as base64 (at most about 30 MB).'),
});

const mappingEntry = z.object({
  column: z.enum(mappedColumns).describe('The column the value stands in.'),
  value: z.string().max(500).describe('The value as written in the file.'),
  action: z.enum(['use', 'create', 'empty']).describe('`use` a known value (target), `create` a new one (departments, suppliers, and people as owner or manager), or read it as `empty`.'),
  target: z.string().max(200).nullable().default(null).describe('With `use`: the id (department, person, capability), the supplier name, or the value (kind, lifecycle, assessment).'),
});
export type MappingEntry = z.infer<typeof mappingEntry>;

export const importRunInput = z.object({
  mapping: z.array(mappingEntry).max(20_000).default([]).describe('How each unknown value of the dry run is read; values left out are read as the dry run proposed.'),
});

const problem = z.object({
  sheet: z.string().describe('The sheet, as named in the file (the file name for a .csv).'),
  row: z.number().int().describe('The row number as the spreadsheet shows it (the header is row 1); 0 for the sheet as a whole.'),
  column: z.string().describe('The column, as headed in the file; empty for the row as a whole.'),
  code: z.string().describe('A machine code, e.g. `invalid_date`, `probable_duplicate`.'),
  severity: z.enum(['error', 'warning']).describe('`error`: the row is skipped; `warning`: it is imported as read.'),
  message: z.string().describe("The problem in the reader's language, naming the column."),
});
export type ImportProblem = z.infer<typeof problem>;

const option = z.object({
  target: z.string().describe('What a mapping names to use it: an id, a supplier name or a value.'),
  label: z.string().describe('The known value as a person reads it.'),
});

const unknownValue = z.object({
  column: z.enum(mappedColumns).describe('The column the value stands in.'),
  columnLabel: z.string().describe('The column as headed in the file.'),
  value: z.string().describe('The value as written in the file.'),
  rows: z.number().int().describe('How many rows have the value.'),
  proposal: option.nullable().describe('The nearest known value, or null.'),
  canCreate: z.boolean().describe('Whether a new record can be made of it (departments, suppliers, people).'),
  options: z.array(option).describe('The known values the person may pick instead.'),
});
export type UnknownValue = z.infer<typeof unknownValue>;

/** What a sheet is read as: the export writes one sheet of each kind. */
const sheetKinds = ['departments', 'people', 'systems', 'agreements', 'integrations', 'unsupported'] as const;
export type SheetKind = (typeof sheetKinds)[number];

const sheetCounts = z.object({
  sheet: z.string().describe('The sheet, as named in the file.'),
  kind: z
    .enum(sheetKinds)
    .describe('What the sheet is read as: `departments`, `people`, `systems`, `agreements` (agreements and contracts), `integrations` (between systems); `unsupported`: not read.'),
  rows: z.number().int().describe('Data rows of the sheet.'),
  creates: z.number().int().describe('Rows that become new records.'),
  updates: z.number().int().describe('Rows that update a record of the register (by id, else by name; people by e-mail; agreements by number; integrations by the pair of systems).'),
  skipped: z.number().int().describe('Rows skipped for an error.'),
});

const importReport = z.object({
  sheets: z.array(sheetCounts).describe('What each sheet of the file will do.'),
  problems: z.array(problem).describe('At most 2 000 problems; `problemCount` says how many there are.'),
  problemCount: z.number().int().describe('All problems found.'),
  errorCount: z.number().int().describe('Problems that skip their row.'),
  unknowns: z.array(unknownValue).describe('Each value Roder does not know, once per column: the mapping the run takes.'),
});
export type ImportReport = z.infer<typeof importReport>;

const progress = z.object({
  phase: z.enum(['reading', 'writing', 'undoing']).describe('Reading the file, writing the register, or undoing.'),
  sheet: z.string().describe('The sheet being worked on.'),
  row: z.number().int().describe('Rows of the sheet done so far.'),
  rows: z.number().int().describe("The sheet's rows, when known (0 while reading)."),
  at: z.string().describe('When this progress was noted (ISO time).'),
});

export const importBatch = z.object({
  id: uuid.describe("The batch's id."),
  filename: z.string().describe("The uploaded file's name."),
  status: z.enum(importStatuses).describe('analysing (the dry run) → analysed → running → done → undone, or failed.'),
  createdAt: z.string().describe('When the file was uploaded.'),
  createdByName: z.string().nullable().describe('Who uploaded it.'),
  finishedAt: z.string().nullable().describe('When the run finished.'),
  progress: progress.nullable().describe('While analysing or running: how far it has come.'),
  report: importReport.nullable().describe("The dry run's report, once analysed."),
  counts: z
    .object({
      created: z.number().int().describe('New records, of every sheet.'),
      updated: z.number().int().describe('Records updated, of every sheet.'),
      skipped: z.number().int().describe('Rows skipped.'),
    })
    .nullable()
    .describe('What the run did, once done.'),
  failure: z.string().nullable().describe("Why the batch failed, in the reader's language."),
  allowedUndo: z.boolean().describe('Whether the batch can be undone now.'),
  rowVersion: z.number().int().describe('The row version, as in the ETag: If-Match for the run and the undo.'),
});
export type ImportBatch = z.infer<typeof importBatch>;

export const importBatchList = z.object({ items: z.array(importBatch.omit({ report: true })).describe('The latest 50 imports, newest first.') });
