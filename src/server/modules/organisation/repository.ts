import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db.js';
import { capabilities, departments, memberships, organisations, people, roles } from './schema.js';

/** Reads of one municipality's organisation; the scope is fixed when the repository is made. */
export function organisationRepository(db: Db, organisationId: string) {
  const capabilityVisible = or(isNull(capabilities.organisationId), eq(capabilities.organisationId, organisationId));
  return {
    async departments() {
      return db
        .select({ id: departments.id, name: departments.name, code: departments.code, rowVersion: departments.rowVersion })
        .from(departments)
        .where(and(eq(departments.organisationId, organisationId), isNull(departments.archivedAt)))
        .orderBy(sql`${departments.nameSort} collate "C"`);
    },
    async people() {
      return db
        .select({
          id: people.id,
          name: people.name,
          email: people.email,
          departmentId: people.departmentId,
          title: people.title,
          rowVersion: people.rowVersion,
          roleKey: roles.key,
          roleNameSv: roles.nameSv,
          roleNameEn: roles.nameEn,
        })
        .from(people)
        .leftJoin(memberships, and(eq(memberships.personId, people.id), eq(memberships.organisationId, organisationId)))
        .leftJoin(roles, and(eq(roles.organisationId, memberships.organisationId), eq(roles.id, memberships.roleId)))
        .where(and(eq(people.organisationId, organisationId), isNull(people.archivedAt)))
        .orderBy(sql`${people.nameSort} collate "C"`);
    },
    async person(id: string) {
      const [row] = await db
        .select({ person: people, membership: memberships, roleKey: roles.key })
        .from(people)
        .leftJoin(memberships, and(eq(memberships.personId, people.id), eq(memberships.organisationId, organisationId)))
        .leftJoin(roles, and(eq(roles.organisationId, memberships.organisationId), eq(roles.id, memberships.roleId)))
        .where(and(eq(people.organisationId, organisationId), eq(people.id, id), isNull(people.archivedAt)));
      return row ?? null;
    },
    async department(id: string) {
      const [row] = await db
        .select()
        .from(departments)
        .where(and(eq(departments.organisationId, organisationId), eq(departments.id, id), isNull(departments.archivedAt)));
      return row ?? null;
    },
    async roles() {
      return db.select().from(roles).where(eq(roles.organisationId, organisationId)).orderBy(roles.nameSv);
    },
    async role(key: string) {
      const [row] = await db.select().from(roles).where(and(eq(roles.organisationId, organisationId), eq(roles.key, key)));
      return row ?? null;
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
        .where(and(eq(departments.organisationId, organisationId), isNull(departments.archivedAt), inArray(departments.id, ids)))
        .for('share');
      return new Set(rows.map((r) => r.id));
    },
    /**
     * Of the given ids, those that are live people of the municipality. The rows are share-locked
     * for the rest of the transaction, so a person cannot be archived while being made responsible.
     */
    async existingPersonIds(ids: string[]) {
      if (ids.length === 0) return new Set<string>();
      const rows = await db
        .select({ id: people.id })
        .from(people)
        .where(and(eq(people.organisationId, organisationId), isNull(people.archivedAt), inArray(people.id, ids)))
        .for('share');
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
