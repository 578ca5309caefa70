import { z } from 'zod';
import { uuid } from './common.js';
import { documentStatus, item, itemKind } from './documents.js';

/**
 * A steering document's decided versions: one earlier version on its own, and what changed from
 * one decided version to the next — in the text and in the principles and goals.
 */

const diffPart = z.object({
  kind: z.enum(['same', 'added', 'removed']).describe('Whether the text is unchanged, added or removed.'),
  text: z.string().describe('The text of the part.'),
});

/** What of an item can change between two versions. */
const itemFields = ['kind', 'number', 'title', 'text', 'parent', 'position'] as const;
export type ItemField = (typeof itemFields)[number];

/** An item as it stood in one version, with where it stood. */
const itemState = z.object({
  kind: itemKind.describe('`principle`, `vision`, `focus_area` or `goal`.'),
  number: z.string().describe('The label, e.g. `4.1.1`; empty if none.'),
  title: z.string().describe("The item's title."),
  text: z.string().describe("The item's text."),
  parentId: uuid.nullable().describe('The item it stood under; null at the top level.'),
  parentTitle: z.string().nullable().describe("That item's number and title; null at the top level."),
  position: z.number().int().describe('Its place among the items under the same parent, counting from 1.'),
});
export type ItemState = z.infer<typeof itemState>;

const itemChange = z.object({
  change: z.enum(['added', 'removed', 'changed']).describe('Whether the item was added, removed or changed in the newer version.'),
  id: uuid.describe("The item's id (in the newer version when it is in both)."),
  fields: z
    .array(z.enum(itemFields))
    .describe('For a changed item, what changed: `kind`, `number`, `title`, `text`, `parent` (moved under another item) or `position` (moved among its siblings); empty otherwise.'),
  before: itemState.nullable().describe('The item in the older version; null if added.'),
  after: itemState.nullable().describe('The item in the newer version; null if removed.'),
  textParts: z.array(diffPart).describe("For a changed text, the item's text word by word as unchanged, added and removed parts; empty otherwise."),
});
export type ItemChange = z.infer<typeof itemChange>;

/** A readable comparison of a decided version with the one before it: text and items. */
export const versionDiff = z.object({
  from: z.number().int().nullable().describe('The decided version compared against; null for the first.'),
  to: z.number().int().describe('The decided version shown.'),
  parts: z.array(diffPart).describe('The text of both versions (title and body) as a sequence of unchanged, added and removed parts.'),
  items: z
    .array(itemChange)
    .describe('The principles, focus areas and goals added, removed or changed, in the order of the newer version (removed ones where they stood).'),
  summary: z
    .object({
      itemsAdded: z.number().int().describe('How many items were added.'),
      itemsRemoved: z.number().int().describe('How many items were removed.'),
      itemsChanged: z.number().int().describe('How many items were changed.'),
      partsAdded: z.number().int().describe('How many passages of the text were added.'),
      partsRemoved: z.number().int().describe('How many passages of the text were removed.'),
    })
    .describe('The number of changes, for a one-line summary.'),
});

/** One decided version on its own, as it was decided, with where it stands among the document's versions. */
export const versionDetail = z.object({
  documentId: uuid.describe("The document's id."),
  version: z.number().int().describe("The version's number."),
  title: z.string().describe("The document's title in that version."),
  diarienummer: z.string().nullable().describe("The decision's case number; null if none."),
  decidingBody: z.string().nullable().describe('The body that adopted it; null if not recorded.'),
  decidedOn: z.string().nullable().describe('The day the version was adopted, YYYY-MM-DD.'),
  validFrom: z.string().nullable().describe('The first day it applied, YYYY-MM-DD; null if not set.'),
  validTo: z.string().nullable().describe('The last day it applied, YYYY-MM-DD; null: until further notice.'),
  body: z.string().describe('The text of the version, Markdown.'),
  items: z.array(item).describe('The principles and goals of the version, nested.'),
  previousVersion: z.number().int().nullable().describe('The decided version before this one; null for the first.'),
  inForce: z.boolean().describe('Whether this is the version in force now (the newest decided one of a document that is not repealed or replaced).'),
  document: z
    .object({
      title: z.string().describe("The document's title now."),
      status: documentStatus.describe("The document's status now."),
      adoptedVersion: z.number().int().nullable().describe('The newest decided version, in force unless the document is repealed or replaced.'),
    })
    .describe('The document as it stands now, to link to.'),
});
