import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Item, ItemInput } from '../../../shared/documents.js';
import type { Db } from '../../platform/db.js';
import { containsPattern } from '../../platform/sql-text.js';
import { swedishSortKey } from '../../platform/sort-key.js';
import { organisations, people } from '../organisation/schema.js';
import { buildItemTree } from './rules.js';
import { documentItems, documents, documentTypes, documentVersions } from './schema.js';

export interface DocumentListFilter {
  q?: string;
  type?: string;
  status?: string;
  owner?: string;
}

const parentDoc = alias(documents, 'parent_doc');
const replacingDoc = alias(documents, 'replacing_doc');

/** Steering documents of one municipality; the scope is fixed when the repository is made. */
export function documentRepository(db: Db, organisationId: string) {
  const inOrg = and(eq(documents.organisationId, organisationId), isNull(documents.archivedAt));

  const columns = {
    doc: documents,
    type: documentTypes,
    ownerName: people.name,
    parentTitle: parentDoc.title,
    replacedByTitle: replacingDoc.title,
  };
  const base = () =>
    db
      .select(columns)
      .from(documents)
      .innerJoin(documentTypes, and(eq(documentTypes.organisationId, documents.organisationId), eq(documentTypes.id, documents.typeId)))
      .leftJoin(people, and(eq(people.organisationId, documents.organisationId), eq(people.id, documents.ownerId)))
      .leftJoin(parentDoc, and(eq(parentDoc.organisationId, documents.organisationId), eq(parentDoc.id, documents.parentId)))
      .leftJoin(replacingDoc, and(eq(replacingDoc.organisationId, documents.organisationId), eq(replacingDoc.id, documents.replacedById)));

  function where(filter: DocumentListFilter): SQL {
    const parts: SQL[] = [inOrg!];
    if (filter.q) {
      const pattern = containsPattern(filter.q);
      parts.push(sql`(${documents.title} ilike ${pattern} or ${documents.diarienummer} ilike ${pattern} or ${documents.body} ilike ${pattern})`);
    }
    if (filter.type) parts.push(eq(documentTypes.key, filter.type));
    if (filter.status) parts.push(eq(documents.status, filter.status));
    if (filter.owner) parts.push(eq(documents.ownerId, filter.owner));
    return and(...parts)!;
  }

  return {
    /** Every matching document (a municipality has tens, not thousands); flags are filtered after. */
    async list(filter: DocumentListFilter) {
      return base()
        .where(where(filter))
        .orderBy(asc(documentTypes.level), sql`${documents.titleSort} collate "C"`, asc(documents.id));
    },

    async get(id: string) {
      const [row] = await base().where(and(inOrg, eq(documents.id, id)));
      return row ?? null;
    },

    async exists(id: string) {
      const [row] = await db.select({ id: documents.id, level: documentTypes.level }).from(documents).innerJoin(documentTypes, and(eq(documentTypes.organisationId, documents.organisationId), eq(documentTypes.id, documents.typeId))).where(and(inOrg, eq(documents.id, id)));
      return row ?? null;
    },

    /** The live items of a document as a tree, in their order. */
    async items(documentId: string): Promise<Item[]> {
      const rows = await db
        .select()
        .from(documentItems)
        .where(and(eq(documentItems.organisationId, organisationId), eq(documentItems.documentId, documentId), isNull(documentItems.archivedAt)))
        .orderBy(asc(documentItems.position));
      return buildItemTree(rows);
    },

    /** Ids of the document's live items, to tell kept items from new ones. */
    async itemIds(documentId: string) {
      const rows = await db
        .select({ id: documentItems.id })
        .from(documentItems)
        .where(and(eq(documentItems.organisationId, organisationId), eq(documentItems.documentId, documentId), isNull(documentItems.archivedAt)));
      return new Set(rows.map((r) => r.id));
    },

    /**
     * Stores the item tree: kept items are updated in place (links to them survive), new ones are
     * added, and those left out are archived rather than deleted.
     */
    async saveItems(documentId: string, items: ItemInput[], at: Date) {
      const existing = await this.itemIds(documentId);
      const kept = new Set<string>();
      let position = 0;
      const save = async (list: ItemInput[], parentItemId: string | null) => {
        for (const item of list) {
          const values = { kind: item.kind, number: item.number, title: item.title, text: item.text, parentItemId, position: position++ };
          let id: string;
          if (item.id && existing.has(item.id)) {
            await db.update(documentItems).set({ ...values, updatedAt: at }).where(and(eq(documentItems.organisationId, organisationId), eq(documentItems.id, item.id)));
            id = item.id;
          } else {
            const [row] = await db.insert(documentItems).values({ ...values, organisationId, documentId }).returning({ id: documentItems.id });
            id = row!.id;
          }
          kept.add(id);
          await save(item.children, id);
        }
      };
      await save(items, null);
      const dropped = [...existing].filter((id) => !kept.has(id));
      if (dropped.length) await db.update(documentItems).set({ archivedAt: at, updatedAt: at }).where(and(eq(documentItems.organisationId, organisationId), inArray(documentItems.id, dropped)));
    },

    async insert(values: Omit<typeof documents.$inferInsert, 'organisationId' | 'titleSort'>) {
      const [row] = await db.insert(documents).values({ ...values, titleSort: swedishSortKey(values.title), organisationId }).returning();
      return row!;
    },

    /** Updates only at the version the client read; null when someone else saved first. */
    async update(id: string, expectedVersion: number, values: Partial<typeof documents.$inferInsert>) {
      const [row] = await db
        .update(documents)
        .set({ ...values, ...(values.title ? { titleSort: swedishSortKey(values.title) } : {}), rowVersion: sql`${documents.rowVersion} + 1` })
        .where(and(inOrg, eq(documents.id, id), eq(documents.rowVersion, expectedVersion)))
        .returning();
      return row ?? null;
    },

    async insertVersion(values: Omit<typeof documentVersions.$inferInsert, 'organisationId'>) {
      await db.insert(documentVersions).values({ ...values, organisationId });
    },

    async versions(documentId: string) {
      return db
        .select()
        .from(documentVersions)
        .where(and(eq(documentVersions.organisationId, organisationId), eq(documentVersions.documentId, documentId)))
        .orderBy(desc(documentVersions.version));
    },

    /** Every live document with its parent, for the hierarchy view. */
    async forest() {
      return db
        .select({ id: documents.id, title: documents.title, parentId: documents.parentId, status: documents.status, typeKey: documentTypes.key, level: documentTypes.level })
        .from(documents)
        .innerJoin(documentTypes, and(eq(documentTypes.organisationId, documents.organisationId), eq(documentTypes.id, documents.typeId)))
        .where(inOrg)
        .orderBy(asc(documentTypes.level), sql`${documents.titleSort} collate "C"`);
    },

    async types() {
      return db.select().from(documentTypes).where(eq(documentTypes.organisationId, organisationId)).orderBy(asc(documentTypes.level));
    },

    async type(id: string) {
      const [row] = await db.select().from(documentTypes).where(and(eq(documentTypes.organisationId, organisationId), eq(documentTypes.id, id)));
      return row ?? null;
    },

    /** Inserts the types not already there (two first readers may race; the second adds nothing). */
    async insertTypes(values: Omit<typeof documentTypes.$inferInsert, 'organisationId'>[]) {
      return db.insert(documentTypes).values(values.map((v) => ({ ...v, organisationId }))).onConflictDoNothing().returning();
    },

    /** The newest decided version of every document that has one, for the public pages. */
    async publicVersions() {
      return db
        .select({ version: documentVersions, status: documents.status, typeNameSv: documentTypes.nameSv, typeNameEn: documentTypes.nameEn, level: documentTypes.level })
        .from(documentVersions)
        .innerJoin(documents, and(eq(documents.id, documentVersions.documentId), eq(documents.adoptedVersion, documentVersions.version)))
        .innerJoin(documentTypes, and(eq(documentTypes.organisationId, documents.organisationId), eq(documentTypes.id, documents.typeId)))
        .where(and(eq(documentVersions.organisationId, organisationId), isNull(documents.archivedAt)))
        .orderBy(asc(documentTypes.level), sql`${documents.titleSort} collate "C"`);
    },

    async organisationName() {
      const [row] = await db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, organisationId));
      return row?.name ?? null;
    },
  };
}

export type DocumentRepository = ReturnType<typeof documentRepository>;
