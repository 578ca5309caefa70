import { z } from 'zod';
import { isoDate, pageQuery, requiredText, text, uuid } from './common.js';

/**
 * Steering documents (styrdokument): policy → strategi → riktlinje → handlingsplan, each a
 * register entry with its decision, validity, owner, revision and its principles and goals.
 */

/** utkast → remiss → beslutad → upphävd / ersatt. */
const documentStatuses = ['draft', 'consultation', 'adopted', 'repealed', 'replaced'] as const;
export const documentStatus = z.enum(documentStatuses);
export type DocumentStatus = z.infer<typeof documentStatus>;

/** Items of a document that other records link to; goals nest: vision → focus area → goal. */
const itemKinds = ['principle', 'vision', 'focus_area', 'goal', 'definition'] as const;
export const itemKind = z.enum(itemKinds);
export type ItemKind = z.infer<typeof itemKind>;

/** A municipality's document type with its default rules (preset from Östhammar's table). */
export const documentType = z.object({
  id: uuid.describe("The document type's id."),
  key: z.string().describe("The type's stable key, e.g. `policy`, `strategi`, `riktlinje`, `handlingsplan`."),
  name: z.string().describe("The type's name in the reader's language."),
  /** 1 policy, 2 strategi, 3 riktlinje, 4 handlingsplan: a document derives from a higher level. */
  level: z.number().int().describe('1 policy, 2 strategi, 3 riktlinje, 4 handlingsplan: a document derives from a higher level.'),
  /** How long a document of the type is normally valid, in years; null: until revised. */
  validityYears: z.number().int().nullable().describe('How long a document of the type is normally valid, in years; null: until revised.'),
  /** Months between revisions; null: revised when needed. */
  revisionIntervalMonths: z.number().int().nullable().describe('Months between revisions; null: revised when needed.'),
  defaultOwner: z.string().describe('Who normally owns a document of the type, e.g. IT-chef.'),
  defaultDecidingBody: z.string().describe('Who normally decides a document of the type, e.g. Kommunfullmäktige.'),
  nameSv: z.string().describe("The type's name in Swedish."),
  nameEn: z.string().describe("The type's name in English."),
  rowVersion: z.number().int().describe('The version of the record; send it back as the ETag in `If-Match` to change it.'),
});
export const documentTypeList = z.object({
  items: z.array(documentType).describe("The municipality's document types."),
  allowedManage: z.boolean().describe('Whether the signed-in person may add and change document types.'),
});
export type DocumentType = z.infer<typeof documentType>;

/** An item as sent: existing ones keep their id; children nest goals under focus areas. */
export interface ItemInput {
  id?: string;
  kind: ItemKind;
  /** A label such as "4.1.1" or "Princip 3"; free text. */
  number: string;
  title: string;
  text: string;
  children: ItemInput[];
}
const itemInputBase = z.object({
  id: uuid.optional().describe("An existing item's id, to keep it (and what links to it); left out for a new item."),
  kind: itemKind.describe('`principle`, `vision`, `focus_area`, `goal` or `definition`; goals nest vision → focus area → goal.'),
  number: text(30).default('').describe('A label such as "4.1.1" or "Princip 3"; free text.'),
  title: requiredText(500).describe("The item's title."),
  text: text(10_000).default('').describe("The item's text."),
});
const itemInput: z.ZodType<ItemInput> = z.lazy(() =>
  itemInputBase.extend({ children: z.array(itemInput).max(100).default([]).describe('The items under this one, e.g. goals under a focus area.') }),
) as never;

/** A real steering document has tens of principles and goals, nested vision → focus area → goal → sub-goal. */
export const MAX_ITEMS = 500;
export const MAX_ITEM_DEPTH = 5;
const countItems = (items: ItemInput[]): number => items.reduce((n, i) => n + 1 + countItems(i.children), 0);
const itemDepth = (items: ItemInput[]): number => (items.length ? 1 + Math.max(...items.map((i) => itemDepth(i.children))) : 0);

export const documentInput = z.object({
  title: requiredText(300).describe("The document's title."),
  typeId: uuid.describe("The document type: policy, strategi, riktlinje, handlingsplan or one of the municipality's own."),
  /** The case number of the decision, e.g. `KS 2010/0095`, `KS/2015:646-005`, `KS2012/262`. */
  diarienummer: text(50).nullable().default(null).describe('The case number of the decision, e.g. `KS 2010/0095`; null if none.'),
  /** Who owns the document (a person of the municipality). */
  ownerId: uuid.nullable().default(null).describe('Who owns the document (a person of the municipality); null if none.'),
  /** The body that decides it, e.g. Kommunfullmäktige. Defaults to the type's. */
  decidingBody: text(200).nullable().default(null).describe("The body that decides it, e.g. Kommunfullmäktige; null: the type's."),
  validFrom: isoDate.nullable().default(null).describe('The first day the document applies, YYYY-MM-DD; null if not set.'),
  validTo: isoDate.nullable().default(null).describe('The last day the document applies, YYYY-MM-DD; null: until further notice.'),
  /** Set to override the date derived from the decision and the type's revision interval. */
  nextRevisionOn: isoDate.nullable().default(null).describe("Overrides the revision date derived from the decision and the type's interval; null: derived."),
  /** The document this one derives from (policy → strategy → guideline → plan). */
  parentId: uuid.nullable().default(null).describe('The document this one derives from (policy → strategy → guideline → plan); null if none.'),
  /** Markdown with headings. */
  body: text(500_000).default('').describe("The document's text, Markdown with headings."),
  items: z
    .array(itemInput)
    .max(200)
    .default([])
    .refine((items) => countItems(items) <= MAX_ITEMS, { message: 'too_many_items' })
    .refine((items) => itemDepth(items) <= MAX_ITEM_DEPTH, { message: 'items_too_deep' })
    .describe('The principles and goals, nested; at most 500 in all and 5 levels deep.'),
});
export type DocumentInputDraft = z.input<typeof documentInput>;
export type DocumentInput = z.infer<typeof documentInput>;

export const transitionInput = z.object({
  to: documentStatus.describe('The status to move to: draft, consultation, adopted, repealed or replaced.'),
  /** Required when adopting: the decision's date. */
  decidedOn: isoDate.nullable().default(null).describe("The decision's date, YYYY-MM-DD; required when adopting."),
  decidingBody: text(200).nullable().default(null).describe("When adopting, the body that decided; null: the document's, else its type's."),
  diarienummer: text(50).nullable().default(null).describe("When adopting, the decision's case number; null: the document's (adopting needs one)."),
  /** Required when replacing: the document that replaces this one. */
  replacedById: uuid.nullable().default(null).describe('The document that replaces this one; required when replacing.'),
});
export type TransitionInput = z.input<typeof transitionInput>;

export interface Item {
  id: string;
  kind: ItemKind;
  number: string;
  title: string;
  text: string;
  children: Item[];
}
export const item: z.ZodType<Item> = z.lazy(() =>
  z.object({
    id: uuid.describe("The item's id; other records (KPIs, projects) link to it."),
    kind: itemKind.describe('`principle`, `vision`, `focus_area`, `goal` or `definition`.'),
    number: z.string().describe('A label such as `4.1.1` or `Princip 3`.'),
    title: z.string().describe("The item's title."),
    text: z.string().describe("The item's text."),
    children: z.array(item).describe('The items under this one.'),
  }),
);

export const documentFlags = ['revision_due', 'revision_overdue'] as const;
const documentFlag = z.enum(documentFlags);

export const steeringDocument = z.object({
  id: uuid.describe("The document's id."),
  title: z.string().describe("The document's title."),
  typeId: uuid.describe("The document type's id."),
  typeKey: z.string().describe("The document type's key, e.g. `policy`."),
  typeName: z.string().describe("The document type's name in the reader's language."),
  diarienummer: z.string().nullable().describe('The case number of the decision, e.g. `KS 2010/0095`; null if none.'),
  status: documentStatus.describe('draft → consultation → adopted → repealed / replaced.'),
  ownerId: uuid.nullable().describe("The owner's person id; null if none."),
  ownerName: z.string().nullable().describe("The owner's name; null if none."),
  decidingBody: z.string().nullable().describe('The body that decides it, e.g. Kommunfullmäktige; null if not set.'),
  decidedOn: z.string().nullable().describe('The day it was adopted, YYYY-MM-DD; null until adopted.'),
  validFrom: z.string().nullable().describe('The first day it applies, YYYY-MM-DD; null if not set.'),
  validTo: z.string().nullable().describe('The last day it applies, YYYY-MM-DD; null: until further notice.'),
  /** The override, if any. */
  nextRevisionOn: z.string().nullable().describe('The overriding revision date, YYYY-MM-DD; null: none.'),
  /** The date that applies: the override, or the decision plus the type's revision interval. */
  revisionDueOn: z.string().nullable().describe("The revision date that applies: the override, or the decision plus the type's revision interval; null: none."),
  parentId: uuid.nullable().describe('The document this one derives from; null if none.'),
  parentTitle: z.string().nullable().describe("That document's title; null if none."),
  replacedById: uuid.nullable().describe('The document that replaced this one; null unless replaced.'),
  replacedByTitle: z.string().nullable().describe("That document's title; null unless replaced."),
  body: z.string().describe("The document's text, Markdown with headings."),
  items: z.array(item).describe('The principles and goals, nested.'),
  /** The version being worked on (or decided, when status is adopted). */
  version: z.number().int().describe('The version being worked on (or decided, when status is adopted).'),
  /** The newest decided version, which is what is in force and public. */
  adoptedVersion: z.number().int().nullable().describe('The newest decided version, which is what is in force and public; null if never adopted.'),
  flags: z.array(documentFlag).describe('`revision_due` (within 90 days) or `revision_overdue`, for documents in force.'),
  rowVersion: z.number().int().describe('The version of the record; send it back as the ETag in `If-Match` to change it.'),
  updatedAt: z.string().describe('When the document was last changed (ISO 8601 timestamp).'),
  allowed: z
    .object({
      update: z.boolean().describe('Whether the signed-in person may change the document.'),
      transition: z.boolean().describe("Whether the signed-in person may move the document's status."),
    })
    .describe('What the signed-in person may do with this document.'),
});
export type SteeringDocument = z.infer<typeof steeringDocument>;

export const documentListQuery = z.object({
  q: text(200).optional().describe('Free text over title, case number and text.'),
  type: text(40).optional().describe('Only documents of this type, by its key (e.g. `policy`).'),
  status: documentStatus.optional().describe('Only documents in this status.'),
  owner: uuid.optional().describe('Only documents this person owns.'),
  flag: documentFlag.optional().describe('Only documents showing this flag.'),
  ...pageQuery,
});

export const documentListItem = steeringDocument.pick({
  id: true,
  title: true,
  typeKey: true,
  typeName: true,
  diarienummer: true,
  status: true,
  ownerId: true,
  ownerName: true,
  decidedOn: true,
  revisionDueOn: true,
  parentId: true,
  version: true,
  adoptedVersion: true,
  flags: true,
});
export const documentList = z.object({
  items: z.array(documentListItem).describe('The documents of the requested page.'),
  total: z.number().int().describe('How many documents match, over all pages.'),
  page: z.number().int().describe('The page returned, counting from 1.'),
  pageSize: z.number().int().describe('How many items a page holds.'),
  allowedCreate: z.boolean().describe('Whether the signed-in person may create documents.'),
});

/** The hierarchy policy → strategy → guideline → plan as a forest. */
export interface TreeNode {
  id: string;
  title: string;
  typeKey: string;
  status: DocumentStatus;
  children: TreeNode[];
}
const treeNode: z.ZodType<TreeNode> = z.lazy(() =>
  z.object({
    id: uuid.describe("The document's id."),
    title: z.string().describe("The document's title."),
    typeKey: z.string().describe("The document type's key, e.g. `policy`."),
    status: documentStatus.describe("The document's status."),
    children: z.array(treeNode).describe('The documents that derive from this one.'),
  }),
);
export const documentTree = z.object({ roots: z.array(treeNode).describe('The documents that derive from no other, each with those under it.') });

const versionSummary = z.object({
  version: z.number().int().describe("The version's number."),
  title: z.string().describe("The document's title in that version."),
  decidedOn: z.string().nullable().describe('The day the version was adopted, YYYY-MM-DD.'),
  decidingBody: z.string().nullable().describe('The body that adopted it; null if not recorded.'),
  diarienummer: z.string().nullable().describe("The decision's case number; null if none."),
});
export const versionList = z.object({ items: z.array(versionSummary).describe('The decided versions, newest first.') });

export const versionParams = z.object({
  id: uuid.describe("The document's id."),
  version: z.coerce.number().int().min(1).max(10_000).describe('The number of a decided version.'),
});

/** What anyone may read without signing in: decided versions only. */
export const publicDocument = z.object({
  id: uuid.describe("The document's id."),
  title: z.string().describe('The title of the decided version.'),
  typeName: z.string().describe("The document type's name in the reader's language."),
  diarienummer: z.string().nullable().describe("The decision's case number; null if none."),
  status: documentStatus.describe('`adopted`, or `repealed` / `replaced` once no longer in force.'),
  decidingBody: z.string().nullable().describe('The body that adopted it; null if not recorded.'),
  decidedOn: z.string().nullable().describe('The day the version was adopted, YYYY-MM-DD.'),
  validFrom: z.string().nullable().describe('The first day it applies, YYYY-MM-DD; null if not set.'),
  validTo: z.string().nullable().describe('The last day it applies, YYYY-MM-DD; null: until further notice.'),
  version: z.number().int().describe('The number of the decided version shown.'),
  body: z.string().describe('The text of the decided version, Markdown.'),
  items: z.array(item).describe('The principles and goals of the decided version, nested.'),
});
export const publicDocumentList = z.object({
  municipality: z.string().describe("The municipality's name."),
  items: z
    .array(publicDocument.pick({ id: true, title: true, typeName: true, diarienummer: true, status: true, decidedOn: true, version: true }))
    .describe("The municipality's decided documents, each in its newest decided version."),
});

/** A file to turn into a proposed draft: plain text or Markdown as text, a .docx as base64. */
export const importInput = z
  .object({
    filename: requiredText(200)
      .refine((f) => /\.(txt|md|markdown|docx|odt|pdf)$/i.test(f), { message: 'unsupported_file_type' })
      .describe("The file's name; it must end in .txt, .md, .markdown, .docx, .odt or .pdf."),
    text: z.string().max(1_000_000).optional().describe('The content of a plain-text or Markdown file; send this or contentBase64.'),
    /** A .docx, .odt or .pdf of at most about 3 MB. */
    contentBase64: z.string().max(4_000_000).optional().describe('The file as base64, for a .docx, .odt or .pdf of at most about 3 MB; send this or text.'),
  })
  .refine((v) => (v.text === undefined) !== (v.contentBase64 === undefined), { message: 'text_or_file', path: ['text'] });

/** A KPI proposed from a goal's numbers (issue 13): the person confirms it before it is created. */
const proposedKpi = z.object({
  name: z.string().describe('A name for the KPI, from what the sentence measures.'),
  unit: z.enum(['percent', 'kronor', 'days', 'count']).describe('The unit of its values: `percent`, `kronor`, `days` or `count`.'),
  targetValue: z.number().describe('The value to reach; for a relative target, the change from the baseline in per cent (−25: a quarter less).'),
  targetDate: z.string().nullable().describe('The day by which to reach it, YYYY-MM-DD; null when the sentence names none.'),
  direction: z.enum(['higher', 'lower']).describe('Which way is better: `higher` or `lower` values.'),
  relative: z.boolean().describe('Whether the target is a change from the baseline rather than a level to reach.'),
  definition: z.string().describe('What is measured, for the person to confirm.'),
  source: z.string().describe('The sentence the KPI was read from.'),
});
export type ProposedKpi = z.infer<typeof proposedKpi>;

/** An assignment (uppdrag) a sentence of the item gives (issue 13, item 7): the person confirms it before it is created. */
const proposedAssignment = z.object({
  title: z.string().describe('What is to be done: the sentence without its party.'),
  party: z.string().nullable().describe('Who is to do it, as the text names it (e.g. `IT-chefen`); null when the sentence names nobody.'),
  dueOn: z.string().nullable().describe('The deadline the text gives, YYYY-MM-DD; null when it gives none.'),
  source: z.string().describe('The sentence it was read from.'),
});
export type ProposedAssignment = z.infer<typeof proposedAssignment>;

/** A proposed item as the import answers it: the reason it was proposed, on goals the KPIs its numbers set, and the assignments its sentences give. */
export type ProposedItemOutput = ItemInput & { reason?: string; kpis?: ProposedKpi[]; assignments?: ProposedAssignment[]; children: ProposedItemOutput[] };

/** A proposed item: an item without an id yet (an output schema: no input transforms). */
const proposedItem: z.ZodType<ProposedItemOutput> = z.lazy(() =>
  z.object({
    kind: itemKind.describe('`principle`, `vision`, `focus_area`, `goal` or `definition`, as recognised in the text.'),
    number: z.string().describe('A label found in the text, e.g. `P3`; empty if none.'),
    title: z.string().describe("The item's title."),
    text: z.string().describe("The item's text."),
    reason: z.string().optional().describe('Why it was proposed: the heading, list, table or pattern it came from.'),
    kpis: z.array(proposedKpi).optional().describe('On a goal: the KPIs its numbers set, each with the sentence it came from.'),
    assignments: z.array(proposedAssignment).optional().describe('The assignments its sentences give, each with the sentence it came from.'),
    children: z.array(proposedItem).describe('The items under this one.'),
  }),
) as never;

/** The proposal a person confirms: nothing is saved until they create the document. */
/** A row of the responsibility table the text suggests, with where it was read. */
const proposedResponsibility = z.object({
  party: z.string().describe('Who is responsible, as the text names it (a role or body, e.g. `Kommunstyrelsen`, `IT-chefen`).'),
  responsibility: z.string().describe('What the party is responsible for, as the text says it.'),
  source: z.string().describe('The table row or sentence it was read from, for the person to check.'),
});

export const importProposal = z.object({
  title: z.string().describe('The title found in the text, or the file name.'),
  typeId: uuid.nullable().describe('The document type the text suggests; null when none is recognised.'),
  typeKey: z.string().nullable().describe("That type's key, e.g. `policy`; null when none is recognised."),
  diarienummer: z.string().nullable().describe('A case number found in the text; null if none.'),
  decidedOn: z.string().nullable().describe("The decision's date found in the text, YYYY-MM-DD; null if none."),
  decidingBody: z.string().nullable().describe('The body that decided it, as found in the text (e.g. Kommunfullmäktige); null if none.'),
  owner: z.string().nullable().describe('The owner named in the text (e.g. "it-chef"), to match to a person; null if none.'),
  sources: z
    .partialRecord(z.enum(['title', 'typeKey', 'diarienummer', 'decidedOn', 'decidingBody', 'owner']), z.string())
    .describe('For each field found, the sentence or table row it was read from, for the person to check.'),
  body: z.string().describe('The text as Markdown.'),
  bodyWithoutResponsibilities: z
    .string()
    .nullable()
    .describe('The text as Markdown without the rows and sentences the proposed responsibility table took (a note in their place), for when the table is kept; null when no table is proposed.'),
  items: z.array(proposedItem).describe('The principles and goals recognised in the text, nested.'),
  responsibilities: z
    .array(proposedResponsibility)
    .describe("Who is responsible for what, read from a responsibility table or section; saved through the document's responsibility table."),
});
export type ImportProposal = z.infer<typeof importProposal>;

/** An admin's change of a document type's default rules (or a new type). */
export const documentTypeInput = z.object({
  key: z.string().regex(/^[a-z][a-z0-9_-]{1,39}$/).describe("The type's stable key: 2–40 lower-case letters, digits, `_` or `-`, starting with a letter."),
  nameSv: requiredText(100).describe("The type's name in Swedish."),
  nameEn: requiredText(100).describe("The type's name in English."),
  level: z.number().int().min(1).max(9).describe('The level in the hierarchy, 1 the highest (policy); a document derives from a higher level.'),
  validityYears: z.number().int().min(1).max(50).nullable().describe('How long a document of the type is normally valid, in years; null: until revised.'),
  revisionIntervalMonths: z.number().int().min(1).max(240).nullable().describe('Months between revisions; null: revised when needed.'),
  defaultOwner: requiredText(200).describe('Who normally owns a document of the type, e.g. IT-chef.'),
  defaultDecidingBody: requiredText(200).describe('Who normally decides a document of the type, e.g. Kommunfullmäktige.'),
});
export type DocumentTypeInput = z.input<typeof documentTypeInput>;

// The recursive trees are named components of the OpenAPI document (a recursive schema needs a
// definition to refer to).
// Not "…Input": the type provider names a schema's input variant "<id>Input" itself.
z.globalRegistry.add(itemInput, { id: 'DocumentItemDraft' });
z.globalRegistry.add(item, { id: 'DocumentItem' });
z.globalRegistry.add(treeNode, { id: 'DocumentTreeNode' });
z.globalRegistry.add(proposedItem, { id: 'ProposedDocumentItem' });

/**
 * A relative target ("minska handläggningstiden med 25 %") kept in the goals module's model, a
 * baseline and targets that are levels: the baseline is the level the change is measured from (100
 * as an index when the person gives none), the target the level after the change. The follow-up
 * then judges measurements in the same unit along the path from the baseline to that level.
 */
export function relativeTargetLevel(baseline: number, changePercent: number): number {
  return Math.round(baseline * (1 + changePercent / 100) * 1000) / 1000;
}
