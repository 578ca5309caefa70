import { and, eq, inArray, isNotNull, type SQL, sql } from 'drizzle-orm';
import type { RecordType } from '../../../shared/records.js';
import type { Db } from '../../platform/db.js';
import { queryRows } from '../../platform/db.js';
import { containsPattern } from '../../platform/sql-text.js';
import { applications, suppliers } from '../applications/schema.js';
import { documentItems, documents, documentTypes } from '../documents/schema.js';
import { capabilities, departments, people } from '../organisation/schema.js';
import { projects } from '../portfolio/schema.js';
import { kinds } from './kinds.js';

/** One record's version and archive state, in the municipality; null when it is not there. */
export async function recordState(db: Db, organisationId: string, type: RecordType, id: string) {
  const { table } = kinds[type];
  const [row] = (await db
    .select({ rowVersion: table.rowVersion, archivedAt: table.archivedAt ?? sql<null>`null` })
    .from(table)
    .where(and(eq(table.organisationId, organisationId), eq(table.id, id)))) as { rowVersion: number; archivedAt: Date | null }[];
  return row ?? null;
}

/**
 * Names for the ids a history shows (people, departments, capabilities, document types, documents,
 * goals, systems, projects, suppliers), as they are named today; one query per table, all scoped
 * to the municipality (capabilities also from the shared catalogue).
 */
export async function namesOf(db: Db, organisationId: string, ids: string[], language: 'sv' | 'en') {
  const names = new Map<string, string>();
  if (ids.length === 0) return names;
  const [persons, units, caps] = [
    await db.select({ id: people.id, name: people.name }).from(people).where(and(eq(people.organisationId, organisationId), inArray(people.id, ids))),
    await db.select({ id: departments.id, name: departments.name }).from(departments).where(and(eq(departments.organisationId, organisationId), inArray(departments.id, ids))),
    await db
      .select({ id: capabilities.id, name: language === 'en' ? capabilities.nameEn : capabilities.nameSv })
      .from(capabilities)
      .where(and(inArray(capabilities.id, ids), sql`(${capabilities.organisationId} is null or ${capabilities.organisationId} = ${organisationId})`)),
  ];
  // What else a record names by id: its document type, parent document, goal, systems, projects, supplier.
  const inOrg = <T extends typeof documentTypes | typeof documents | typeof documentItems | typeof applications | typeof projects | typeof suppliers>(t: T) =>
    and(eq(t.organisationId, organisationId), inArray(t.id, ids));
  const others = [
    await db.select({ id: documentTypes.id, name: language === 'en' ? documentTypes.nameEn : documentTypes.nameSv }).from(documentTypes).where(inOrg(documentTypes)),
    await db.select({ id: documents.id, name: documents.title }).from(documents).where(inOrg(documents)),
    await db.select({ id: documentItems.id, name: documentItems.title }).from(documentItems).where(inOrg(documentItems)),
    await db.select({ id: applications.id, name: applications.name }).from(applications).where(inOrg(applications)),
    await db.select({ id: projects.id, name: projects.name }).from(projects).where(inOrg(projects)),
    await db.select({ id: suppliers.id, name: suppliers.name }).from(suppliers).where(inOrg(suppliers)),
  ].flat();
  for (const r of [...persons, ...units, ...caps, ...others]) names.set(r.id.toLowerCase(), r.name);
  return names;
}

const archivable = (Object.entries(kinds) as [RecordType, (typeof kinds)[RecordType]][]).filter(([, k]) => k.table.archivedAt && k.name && k.restoreRecord);

/** The archived records of every register, the most recently archived first. */
export async function archivedRecords(db: Db, organisationId: string, query: { type?: RecordType; q?: string; page: number; pageSize: number }) {
  const pattern = query.q ? containsPattern(query.q) : null;
  const parts: SQL[] = archivable
    .filter(([type]) => !query.type || query.type === type)
    .map(([type, { table, name }]) => {
      const where = and(eq(table.organisationId, organisationId), isNotNull(table.archivedAt!), pattern ? sql`${name!} ilike ${pattern}` : undefined);
      return sql`select ${type}::text as type, ${table.id} as id, ${name!} as name, ${table.archivedAt!} as archived_at, ${table.rowVersion} as row_version from ${table} where ${where}`;
    });
  if (parts.length === 0) return { rows: [], total: 0 };
  const union = sql.join(parts, sql` union all `);
  const rows = await queryRows<{ type: RecordType; id: string; name: string; archived_at: Date | string; row_version: number }>(
    db,
    sql`select * from (${union}) r order by r.archived_at desc, r.id limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}`,
  );
  const [total] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from (${union}) r`);
  return { rows, total: total?.n ?? 0 };
}
