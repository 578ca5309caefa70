import { and, asc, count, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { eserviceListQuery } from '../../../shared/eservices.js';
import type { Db } from '../../platform/db.js';
import { containsPattern } from '../../platform/sql-text.js';
import { applications } from '../applications/schema.js';
import { auditEvents } from '../audit/schema.js';
import { departmentPlans, planNeeds } from '../itplans/schema.js';
import { departments, people } from '../organisation/schema.js';
import { projects } from '../portfolio/schema.js';
import { eservices } from './schema.js';

/** The e-services register of one municipality; systems and owners are read-only joins on their modules' tables. */
export function eserviceRepository(db: Db, organisationId: string) {
  const inOrg = eq(eservices.organisationId, organisationId);
  const columns = { row: eservices, ownerName: people.name, ownerDepartmentId: people.departmentId };
  const ownerJoin = and(eq(people.organisationId, eservices.organisationId), eq(people.id, eservices.ownerId));

  return {
    async list(query: z.infer<typeof eserviceListQuery>) {
      const conditions: (SQL | undefined)[] = [inOrg, isNull(eservices.archivedAt)];
      if (query.q?.trim()) {
        const pattern = containsPattern(query.q.trim());
        conditions.push(sql`(${eservices.name} ilike ${pattern} or ${eservices.description} ilike ${pattern})`);
      }
      if (query.step) conditions.push(eq(eservices.step, query.step));
      if (query.candidate !== undefined) conditions.push(eq(eservices.candidate, query.candidate));
      const where = and(...conditions);
      const [total] = await db.select({ n: count() }).from(eservices).where(where);
      const rows = await db
        .select(columns)
        .from(eservices)
        .leftJoin(people, ownerJoin)
        .where(where)
        .orderBy(sql`${eservices.nameSort} collate "C"`, asc(eservices.id))
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize);
      return { rows, total: total!.n };
    },

    /** Every live service, for the ladder overview. */
    async live() {
      return db.select().from(eservices).where(and(inOrg, isNull(eservices.archivedAt)));
    },

    async get(id: string) {
      const [row] = await db.select(columns).from(eservices).leftJoin(people, ownerJoin).where(and(inOrg, eq(eservices.id, id)));
      return row ?? null;
    },

    async lock(id: string) {
      const [row] = await db.select().from(eservices).where(and(inOrg, eq(eservices.id, id))).for('update');
      return row ?? null;
    },

    /** The live systems of the register among `ids`, by name. */
    async systems(ids: string[]) {
      if (ids.length === 0) return [];
      return db
        .select({ id: applications.id, name: applications.name })
        .from(applications)
        .where(and(eq(applications.organisationId, organisationId), inArray(applications.id, ids), isNull(applications.archivedAt)))
        .orderBy(sql`${applications.nameSort} collate "C"`);
    },

    /** What a candidate became: its project and its IT-plan need (read-only joins on their modules' tables). */
    async links(row: { projectId: string | null; planNeedId: string | null }) {
      const [project] = row.projectId
        ? await db.select({ id: projects.id, name: projects.name }).from(projects).where(and(eq(projects.organisationId, organisationId), eq(projects.id, row.projectId)))
        : [];
      const [need] = row.planNeedId
        ? await db
            .select({ id: planNeeds.id, title: planNeeds.title, departmentPlanId: planNeeds.departmentPlanId, departmentId: departments.id, departmentName: departments.name })
            .from(planNeeds)
            .innerJoin(departmentPlans, and(eq(departmentPlans.organisationId, planNeeds.organisationId), eq(departmentPlans.id, planNeeds.departmentPlanId)))
            .innerJoin(departments, and(eq(departments.organisationId, planNeeds.organisationId), eq(departments.id, departmentPlans.departmentId)))
            .where(and(eq(planNeeds.organisationId, organisationId), eq(planNeeds.id, row.planNeedId)))
        : [];
      return {
        project: project ?? null,
        planNeed: need ? { id: need.id, title: need.title, departmentPlanId: need.departmentPlanId, department: { id: need.departmentId, name: need.departmentName } } : null,
      };
    },

    /** The department of a live person of the municipality (whose department a service belongs to). */
    async departmentOf(personId: string) {
      const [row] = await db.select({ departmentId: people.departmentId }).from(people).where(and(eq(people.organisationId, organisationId), eq(people.id, personId)));
      return row?.departmentId ?? null;
    },

    /** Every audit event of the register's services, oldest first: the ladder's history is replayed from them. */
    async events() {
      return db
        .select({ entityId: auditEvents.entityId, occurredAt: auditEvents.occurredAt, after: auditEvents.after })
        .from(auditEvents)
        .where(and(eq(auditEvents.organisationId, organisationId), eq(auditEvents.entityType, 'eservice')))
        .orderBy(asc(auditEvents.occurredAt), asc(auditEvents.seq));
    },

    async insert(values: Omit<typeof eservices.$inferInsert, 'organisationId'>) {
      const [row] = await db.insert(eservices).values({ ...values, organisationId }).returning();
      return row!;
    },

    async update(id: string, expectedVersion: number, values: Partial<typeof eservices.$inferInsert>) {
      const [row] = await db
        .update(eservices)
        .set({ ...values, rowVersion: sql`${eservices.rowVersion} + 1` })
        .where(and(inOrg, eq(eservices.id, id), eq(eservices.rowVersion, expectedVersion)))
        .returning();
      return row ?? null;
    },
  };
}
