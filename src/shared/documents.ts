import { z } from 'zod';
import { isoDate, pageQuery, requiredText, text, uuid } from './common.js';

/**
 * Steering documents (styrdokument): policy → strategi → riktlinje → handlingsplan, each a
 * register entry with its decision, validity, owner, revision and its principles and goals.
 */

/** utkast → remiss → beslutad → upphävd / ersatt. */
export const documentStatuses = ['draft', 'consultation', 'adopted', 'repealed', 'replaced'] as const;
export const documentStatus = z.enum(documentStatuses);
export type DocumentStatus = z.infer<typeof documentStatus>;

/** Items of a document that other records link to; goals nest: vision → focus area → goal. */
export const itemKinds = ['principle', 'vision', 'focus_area', 'goal'] as const;
export const itemKind = z.enum(itemKinds);
export type ItemKind = z.infer<typeof itemKind>;

/** A municipality's document type with its default rules (preset from Östhammar's table). */
export const documentType = z.object({
  id: uuid,
  key: z.string(),
  name: z.string(),
  /** 1 policy, 2 strategi, 3 riktlinje, 4 handlingsplan: a document derives from a higher level. */
  level: z.number().int(),
  /** How long a document of the type is normally valid, in years; null: until revised. */
  validityYears: z.number().int().nullable(),
  /** Months between revisions; null: revised when needed. */
  revisionIntervalMonths: z.number().int().nullable(),
  defaultOwner: z.string(),
  defaultDecidingBody: z.string(),
  nameSv: z.string(),
  nameEn: z.string(),
  rowVersion: z.number().int(),
});
export const documentTypeList = z.object({ items: z.array(documentType), allowedManage: z.boolean() });
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
  id: uuid.optional(),
  kind: itemKind,
  number: text(30).default(''),
  title: requiredText(500),
  text: text(10_000).default(''),
});
export const itemInput: z.ZodType<ItemInput> = z.lazy(() => itemInputBase.extend({ children: z.array(itemInput).max(100).default([]) })) as never;

/** A real steering document has tens of principles and goals, nested vision → focus area → goal → sub-goal. */
export const MAX_ITEMS = 500;
export const MAX_ITEM_DEPTH = 5;
const countItems = (items: ItemInput[]): number => items.reduce((n, i) => n + 1 + countItems(i.children), 0);
const itemDepth = (items: ItemInput[]): number => (items.length ? 1 + Math.max(...items.map((i) => itemDepth(i.children))) : 0);

export const documentInput = z.object({
  title: requiredText(300),
  typeId: uuid,
  /** The case number of the decision, e.g. `KS 2010/0095`, `KS/2015:646-005`, `KS2012/262`. */
  diarienummer: text(50).nullable().default(null),
  /** Who owns the document (a person of the municipality). */
  ownerId: uuid.nullable().default(null),
  /** The body that decides it, e.g. Kommunfullmäktige. Defaults to the type's. */
  decidingBody: text(200).nullable().default(null),
  validFrom: isoDate.nullable().default(null),
  validTo: isoDate.nullable().default(null),
  /** Set to override the date derived from the decision and the type's revision interval. */
  nextRevisionOn: isoDate.nullable().default(null),
  /** The document this one derives from (policy → strategy → guideline → plan). */
  parentId: uuid.nullable().default(null),
  /** Markdown with headings. */
  body: text(500_000).default(''),
  items: z
    .array(itemInput)
    .max(200)
    .default([])
    .refine((items) => countItems(items) <= MAX_ITEMS, { message: 'too_many_items' })
    .refine((items) => itemDepth(items) <= MAX_ITEM_DEPTH, { message: 'items_too_deep' }),
});
export type DocumentInputDraft = z.input<typeof documentInput>;
export type DocumentInput = z.infer<typeof documentInput>;

export const transitionInput = z.object({
  to: documentStatus,
  /** Required when adopting: the decision's date. */
  decidedOn: isoDate.nullable().default(null),
  decidingBody: text(200).nullable().default(null),
  diarienummer: text(50).nullable().default(null),
  /** Required when replacing: the document that replaces this one. */
  replacedById: uuid.nullable().default(null),
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
  z.object({ id: uuid, kind: itemKind, number: z.string(), title: z.string(), text: z.string(), children: z.array(item) }),
);

export const documentFlags = ['revision_due', 'revision_overdue'] as const;
export const documentFlag = z.enum(documentFlags);

export const steeringDocument = z.object({
  id: uuid,
  title: z.string(),
  typeId: uuid,
  typeKey: z.string(),
  typeName: z.string(),
  diarienummer: z.string().nullable(),
  status: documentStatus,
  ownerId: uuid.nullable(),
  ownerName: z.string().nullable(),
  decidingBody: z.string().nullable(),
  decidedOn: z.string().nullable(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  /** The override, if any. */
  nextRevisionOn: z.string().nullable(),
  /** The date that applies: the override, or the decision plus the type's revision interval. */
  revisionDueOn: z.string().nullable(),
  parentId: uuid.nullable(),
  parentTitle: z.string().nullable(),
  replacedById: uuid.nullable(),
  replacedByTitle: z.string().nullable(),
  body: z.string(),
  items: z.array(item),
  /** The version being worked on (or decided, when status is adopted). */
  version: z.number().int(),
  /** The newest decided version, which is what is in force and public. */
  adoptedVersion: z.number().int().nullable(),
  flags: z.array(documentFlag),
  rowVersion: z.number().int(),
  updatedAt: z.string(),
  allowed: z.object({ update: z.boolean(), transition: z.boolean() }),
});
export type SteeringDocument = z.infer<typeof steeringDocument>;

export const documentListQuery = z.object({
  q: text(200).optional(),
  type: text(40).optional(),
  status: documentStatus.optional(),
  owner: uuid.optional(),
  flag: documentFlag.optional(),
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
  items: z.array(documentListItem),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  allowedCreate: z.boolean(),
});

/** The hierarchy policy → strategy → guideline → plan as a forest. */
export interface TreeNode {
  id: string;
  title: string;
  typeKey: string;
  status: DocumentStatus;
  children: TreeNode[];
}
export const treeNode: z.ZodType<TreeNode> = z.lazy(() =>
  z.object({ id: uuid, title: z.string(), typeKey: z.string(), status: documentStatus, children: z.array(treeNode) }),
);
export const documentTree = z.object({ roots: z.array(treeNode) });

export const versionSummary = z.object({
  version: z.number().int(),
  title: z.string(),
  decidedOn: z.string().nullable(),
  decidingBody: z.string().nullable(),
  diarienummer: z.string().nullable(),
});
export const versionList = z.object({ items: z.array(versionSummary) });

export const versionParams = z.object({ id: uuid, version: z.coerce.number().int().min(1).max(10_000) });

/** A readable comparison of a decided version with the one before it, line by line. */
export const versionDiff = z.object({
  from: z.number().int().nullable(),
  to: z.number().int(),
  parts: z.array(z.object({ kind: z.enum(['same', 'added', 'removed']), text: z.string() })),
});

/** What anyone may read without signing in: decided versions only. */
export const publicDocument = z.object({
  id: uuid,
  title: z.string(),
  typeName: z.string(),
  diarienummer: z.string().nullable(),
  status: documentStatus,
  decidingBody: z.string().nullable(),
  decidedOn: z.string().nullable(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  version: z.number().int(),
  body: z.string(),
  items: z.array(item),
});
export const publicDocumentList = z.object({
  municipality: z.string(),
  items: z.array(publicDocument.pick({ id: true, title: true, typeName: true, diarienummer: true, status: true, decidedOn: true, version: true })),
});

/** A file to turn into a proposed draft: plain text or Markdown as text, a .docx as base64. */
export const importInput = z
  .object({
    filename: requiredText(200).refine((f) => /\.(txt|md|markdown|docx)$/i.test(f), { message: 'unsupported_file_type' }),
    text: z.string().max(1_000_000).optional(),
    /** A .docx of at most about 3 MB. */
    contentBase64: z.string().max(4_000_000).optional(),
  })
  .refine((v) => (v.text === undefined) !== (v.contentBase64 === undefined), { message: 'text_or_file', path: ['text'] });

/** A proposed item: an item without an id yet (an output schema: no input transforms). */
const proposedItem: z.ZodType<ItemInput> = z.lazy(() =>
  z.object({ kind: itemKind, number: z.string(), title: z.string(), text: z.string(), children: z.array(proposedItem) }),
) as never;

/** The proposal a person confirms: nothing is saved until they create the document. */
export const importProposal = z.object({
  title: z.string(),
  typeId: uuid.nullable(),
  typeKey: z.string().nullable(),
  diarienummer: z.string().nullable(),
  body: z.string(),
  items: z.array(proposedItem),
});
export type ImportProposal = z.infer<typeof importProposal>;

/** An admin's change of a document type's default rules (or a new type). */
export const documentTypeInput = z.object({
  key: z.string().regex(/^[a-z][a-z0-9_-]{1,39}$/),
  nameSv: requiredText(100),
  nameEn: requiredText(100),
  level: z.number().int().min(1).max(9),
  validityYears: z.number().int().min(1).max(50).nullable(),
  revisionIntervalMonths: z.number().int().min(1).max(240).nullable(),
  defaultOwner: requiredText(200),
  defaultDecidingBody: requiredText(200),
});
export type DocumentTypeInput = z.input<typeof documentTypeInput>;
