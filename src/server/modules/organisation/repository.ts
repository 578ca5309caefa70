import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db.js';
import { capabilities, departments, memberships, organisations, people } from './schema.js';

/** Reads of one municipality's organisation; the scope is fixed when the repository is made. */
export function organisationRepository(db: Db, organisationId: string) {
  const capabilityVisible = or(isNull(capabilities.organisationId), eq(capabilities.organisationId, organisationId));
  return {
    async departments() {
      return db
        .select({ id: departments.id, name: departments.name, code: departments.code })
        .from(departments)
        .where(and(eq(departments.organisationId, organisationId), isNull(departments.archivedAt)))
        .orderBy(sql`${departments.nameSort} collate "C"`);
    },
    async people() {
      return db
        .select({ id: people.id, name: people.name, email: people.email, departmentId: people.departmentId, title: people.title })
        .from(people)
        .where(and(eq(people.organisationId, organisationId), isNull(people.archivedAt)))
        .orderBy(sql`${people.nameSort} collate "C"`);
    },
    async capabilities() {
      const rows = await db
        .select({ id: capabilities.id, code: capabilities.code, parentCode: capabilities.parentCode, nameSv: capabilities.nameSv, nameEn: capabilities.nameEn })
        .from(capabilities)
        .where(capabilityVisible)
        .orderBy(sql`${capabilities.code} collate "C"`);
      const parents = new Set(rows.map((r) => r.parentCode).filter(Boolean));
      return rows.map((r) => ({ ...r, leaf: !parents.has(r.code) }));
    },
    /** Of the given ids, those that are live departments of the municipality. */
    async existingDepartmentIds(ids: string[]) {
      if (ids.length === 0) return new Set<string>();
      const rows = await db
        .select({ id: departments.id })
        .from(departments)
        .where(and(eq(departments.organisationId, organisationId), isNull(departments.archivedAt), inArray(departments.id, ids)));
      return new Set(rows.map((r) => r.id));
    },
    async existingPersonIds(ids: string[]) {
      if (ids.length === 0) return new Set<string>();
      const rows = await db
        .select({ id: people.id })
        .from(people)
        .where(and(eq(people.organisationId, organisationId), isNull(people.archivedAt), inArray(people.id, ids)));
      return new Set(rows.map((r) => r.id));
    },
    async existingCapabilityIds(ids: string[]) {
      if (ids.length === 0) return new Set<string>();
      const rows = await db.select({ id: capabilities.id }).from(capabilities).where(and(capabilityVisible, inArray(capabilities.id, ids)));
      return new Set(rows.map((r) => r.id));
    },
    async membershipsOf(accountId: string) {
      return db
        .select({ id: organisations.id, name: organisations.name })
        .from(memberships)
        .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
        .where(eq(memberships.accountId, accountId))
        .orderBy(organisations.name);
    },
  };
}
