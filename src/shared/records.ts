import { z } from 'zod';
import { pageQuery, text, uuid } from './common.js';

/**
 * Every kind of record whose history Roder shows and that can be archived and restored: the audit
 * trail's entity types. A fixed list, so a path can name a type without reaching any table.
 */
const recordTypes = [
  'application',
  'document',
  'kpi',
  'kpi_measurement',
  'project',
  'agreement',
  'acquisition',
  'council_meeting',
  'council_item',
  'person',
  'department',
  'assignment',
  'eservice',
] as const;
const recordType = z.enum(recordTypes);
export type RecordType = z.infer<typeof recordType>;

export const recordParams = z.object({
  type: recordType.describe('The kind of record, e.g. `document` or `kpi`.'),
  id: uuid.describe("The record's id."),
});

const recordChange = z.object({
  field: z.string().describe("The changed field's name, e.g. `ownerId` or `title`."),
  before: z.unknown().describe('The value before the change, ids of people and departments replaced by names; null if none.'),
  after: z.unknown().describe('The value after the change, ids of people and departments replaced by names; null if none.'),
  settable: z.boolean().describe('Whether the field can be set back to its value before this change (a field of the record’s form whose earlier value is on record).'),
});

const recordHistoryEvent = z.object({
  id: uuid.describe("The event's id; name it to set a field back to its value before this change."),
  occurredAt: z.string().describe('When the change was made (ISO 8601 timestamp).'),
  action: z.string().describe('What was done, e.g. `create`, `update`, `set_back`, `archive` or `restore`.'),
  actorName: z.string().nullable().describe('The name of the person who made the change; null when no person is on record for it.'),
  changes: z.array(recordChange).describe('Only the fields that changed, each with its value before and after.'),
});
export type RecordHistoryEvent = z.infer<typeof recordHistoryEvent>;

export const recordHistory = z.object({
  items: z.array(recordHistoryEvent).describe("The record's changes, newest first (at most 500)."),
  rowVersion: z.number().int().describe("The record's current version: send it in `If-Match` to set a field back."),
  archived: z.boolean().describe('Whether the record is archived.'),
  allowedSetBack: z.boolean().describe('Whether the signed-in person may set fields of this kind of record back (the record’s own rules still decide).'),
});

export const setBackInput = z.object({
  eventId: uuid.describe('The history event whose value before the change is wanted back.'),
  field: text(100).describe('The field to set back, as the history names it.'),
});

export const setBackResult = z.object({
  rowVersion: z.number().int().describe("The record's version after the change."),
});

export const archivedQuery = z.object({
  type: recordType.optional().describe('Only archived records of this kind.'),
  q: text(200).optional().describe('Only records whose name contains this text.'),
  ...pageQuery,
});

const archivedRecord = z.object({
  type: recordType.describe('The kind of record.'),
  id: uuid.describe("The record's id."),
  name: z.string().describe("The record's name or title."),
  archivedAt: z.string().describe('When it was archived (ISO 8601 timestamp).'),
  rowVersion: z.number().int().describe("The record's version: send it in `If-Match` to restore it."),
});

export const archivedList = z.object({
  items: z.array(archivedRecord).describe('Archived records, the most recently archived first.'),
  total: z.number().int().describe('How many archived records match.'),
  page: z.number().int().describe('The page returned.'),
  pageSize: z.number().int().describe('How many items a page holds.'),
});

export const restoredRecord = z.object({
  type: recordType.describe('The kind of record.'),
  id: uuid.describe("The record's id."),
  rowVersion: z.number().int().describe("The record's version after the restore."),
});
