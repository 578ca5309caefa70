import { and, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { type Db, sequentially } from '../../platform/db.js';
import { swedishSortKey } from '../../platform/sort-key.js';
import { capabilities, departments, people } from '../organisation/schema.js';
import { contractRepository } from './contracts.js';
import { applicationListQueries, responsibleInactive } from './list-queries.js';
import type { Snapshot } from './snapshot.js';
import {
  applicationCapabilities,
  applicationDepartments,
  applications,
  disruptionTests,
  integrations,
  suppliers,
} from './schema.js';

/** The application register of one municipality; every query is scoped when the repository is made. */
export function applicationRepository(db: Db, organisationId: string) {
  const inOrg = eq(applications.organisationId, organisationId);
  const live = and(inOrg, isNull(applications.archivedAt));
  return {
    ...applicationListQueries(db, organisationId),

    /**
     * The whole aggregate of one system, or null when it is not this municipality's: one statement,
     * each child list a scoped subquery (a page used to cost eight round trips).
     */
    async get(id: string, options: { includeArchived?: boolean } = {}) {
      const [row] = await db
        .select({
          app: applications,
          vendor: suppliers.name,
          // The acquisition the system was installed from (the acquisitions module links it).
          acquisition: sql<{ id: string; title: string } | null>`(select json_build_object('id', q.id, 'title', q.title) from acquisitions q
            where q.organisation_id = applications.organisation_id and q.application_id = applications.id limit 1)`,
          departmentIds: sql<string[] | null>`(select json_agg(x.department_id) from application_departments x
            where x.organisation_id = applications.organisation_id and x.application_id = applications.id)`,
          capabilityIds: sql<string[] | null>`(select json_agg(x.capability_id) from application_capabilities x
            where x.organisation_id = applications.organisation_id and x.application_id = applications.id)`,
          contract: sql<{ agreementId: string; endDate: string | null; noticeMonths: number | null; registered: boolean; name: string; kind: string } | null>`(
            select json_build_object('agreementId', g.id, 'endDate', g.end_date, 'noticeMonths', g.notice_months, 'registered', g.registered, 'name', g.name, 'kind', g.kind)
            from application_agreements x join agreements g on g.organisation_id = x.organisation_id and g.id = x.agreement_id
            where x.organisation_id = applications.organisation_id and x.application_id = applications.id and x.is_primary and g.archived_at is null limit 1)`,
          outgoing: sql<{ targetId: string; targetName: string; description: string }[] | null>`(
            select json_agg(json_build_object('targetId', i.target_id, 'targetName', t.name, 'description', i.description))
            from integrations i join applications t on t.organisation_id = i.organisation_id and t.id = i.target_id
            where i.organisation_id = applications.organisation_id and i.source_id = applications.id)`,
          incoming: sql<{ sourceId: string; sourceName: string; description: string }[] | null>`(
            select json_agg(json_build_object('sourceId', i.source_id, 'sourceName', t.name, 'description', i.description))
            from integrations i join applications t on t.organisation_id = i.organisation_id and t.id = i.source_id
            where i.organisation_id = applications.organisation_id and i.target_id = applications.id and t.archived_at is null)`,
          tests: sql<{ testedOn: string; result: Snapshot['disruptionTests'][number]['result']; notes: string }[] | null>`(
            select json_agg(json_build_object('testedOn', d.tested_on, 'result', d.result, 'notes', d.notes) order by d.tested_on desc)
            from disruption_tests d where d.organisation_id = applications.organisation_id and d.application_id = applications.id)`,
          ownerName: sql<string | null>`(select p.name from people p where p.organisation_id = applications.organisation_id and p.id = applications.owner_id)`,
          // Linked live agreements, for the completeness score's `contract` (quality.ts).
          agreementCount: sql<number>`(select count(*)::int from application_agreements x join agreements g on g.organisation_id = x.organisation_id and g.id = x.agreement_id
            where x.organisation_id = applications.organisation_id and x.application_id = applications.id and g.archived_at is null)`,
          managerName: sql<string | null>`(select p.name from people p where p.organisation_id = applications.organisation_id and p.id = applications.manager_id)`,
          responsibleInactive,
        })
        .from(applications)
        .leftJoin(suppliers, and(eq(suppliers.organisationId, applications.organisationId), eq(suppliers.id, applications.supplierId)))
        .where(and(inOrg, eq(applications.id, id), options.includeArchived ? undefined : isNull(applications.archivedAt)));
      if (!row) return null;
      return {
        row: row.app,
        vendor: row.vendor,
        departmentIds: (row.departmentIds ?? []).sort(),
        capabilityIds: (row.capabilityIds ?? []).sort(),
        contract: row.contract,
        integrations: (row.outgoing ?? []).sort((a, b) => a.targetId.localeCompare(b.targetId)),
        incomingIntegrations: row.incoming ?? [],
        disruptionTests: row.tests ?? [],
        ownerName: row.ownerName,
        managerName: row.managerName,
        responsibleInactive: row.responsibleInactive,
        agreementCount: Number(row.agreementCount),
        acquisition: row.acquisition,
      };
    },

    /** Of the given ids, those that are live systems of this municipality (integration targets). */
    async existingIds(ids: string[]) {
      if (ids.length === 0) return new Set<string>();
      const rows = await db.select({ id: applications.id }).from(applications).where(and(live, inArray(applications.id, ids)));
      return new Set(rows.map((r) => r.id));
    },

    async supplierIdFor(name: string | null) {
      if (!name) return null;
      const [existing] = await db
        .select({ id: suppliers.id })
        .from(suppliers)
        .where(and(eq(suppliers.organisationId, organisationId), eq(suppliers.name, name)));
      if (existing) return existing.id;
      // Two saves naming the same new supplier at once: the second finds the first's row.
      await db.insert(suppliers).values({ organisationId, name, nameSort: swedishSortKey(name) }).onConflictDoNothing();
      const [row] = await db.select({ id: suppliers.id }).from(suppliers).where(and(eq(suppliers.organisationId, organisationId), eq(suppliers.name, name)));
      return row!.id;
    },

    async insertRow(values: Omit<typeof applications.$inferInsert, 'organisationId'>) {
      const [row] = await db.insert(applications).values({ ...values, organisationId }).returning();
      return row!;
    },

    /** Updates only when the stored row version is the one the client read; null otherwise. */
    async updateRow(id: string, expectedVersion: number, values: Partial<typeof applications.$inferInsert>) {
      const [row] = await db
        .update(applications)
        .set({ ...values, rowVersion: sql`${applications.rowVersion} + 1` })
        .where(and(inOrg, eq(applications.id, id), isNull(applications.archivedAt), eq(applications.rowVersion, expectedVersion)))
        .returning();
      return row ?? null;
    },

    /** Replaces the system's links (departments, capabilities, integrations, tests, contract). */
    async replaceChildren(id: string, snapshot: Snapshot, supplierId: string | null, vendorName: string | null) {
      const base = { organisationId, applicationId: id };
      await db.delete(applicationDepartments).where(and(eq(applicationDepartments.organisationId, organisationId), eq(applicationDepartments.applicationId, id)));
      if (snapshot.departmentIds.length) await db.insert(applicationDepartments).values(snapshot.departmentIds.map((departmentId) => ({ ...base, departmentId })));
      await db.delete(applicationCapabilities).where(and(eq(applicationCapabilities.organisationId, organisationId), eq(applicationCapabilities.applicationId, id)));
      if (snapshot.capabilityIds.length) await db.insert(applicationCapabilities).values(snapshot.capabilityIds.map((capabilityId) => ({ ...base, capabilityId })));
      await db.delete(integrations).where(and(eq(integrations.organisationId, organisationId), eq(integrations.sourceId, id)));
      if (snapshot.integrations.length) {
        await db.insert(integrations).values(snapshot.integrations.map((i) => ({ organisationId, sourceId: id, targetId: i.targetId, description: i.description })));
      }
      await db.delete(disruptionTests).where(and(eq(disruptionTests.organisationId, organisationId), eq(disruptionTests.applicationId, id)));
      if (snapshot.disruptionTests.length) await db.insert(disruptionTests).values(snapshot.disruptionTests.map((t) => ({ ...base, ...t })));
      await contractRepository(db, organisationId).save(id, snapshot.contract, supplierId, vendorName);
    },

    /** Archives (a date) or restores (null) when the row is in the other state at the version read. */
    async setArchived(id: string, expectedVersion: number, archivedAt: Date | null, at: Date) {
      const [row] = await db
        .update(applications)
        .set({ archivedAt, updatedAt: at, rowVersion: sql`${applications.rowVersion} + 1` })
        .where(
          and(
            inOrg,
            eq(applications.id, id),
            archivedAt ? isNull(applications.archivedAt) : isNotNull(applications.archivedAt),
            eq(applications.rowVersion, expectedVersion),
          ),
        )
        .returning();
      return row ?? null;
    },

    async exists(id: string, options: { includeArchived?: boolean } = {}) {
      const [row] = await db
        .select({ id: applications.id, rowVersion: applications.rowVersion })
        .from(applications)
        .where(and(inOrg, eq(applications.id, id), options.includeArchived ? undefined : isNull(applications.archivedAt)));
      return row ?? null;
    },

    /**
     * Live systems that serve some capability, with their capabilities and stored sort keys, for
     * overlap detection: one pass over this municipality's links through (organisation_id, …).
     */
    async overlapCandidates() {
      const rows = await db
        .select({
          id: applications.id,
          name: applications.name,
          nameSort: applications.nameSort,
          yearlyCost: applications.yearlyCost,
          lifecycle: applications.lifecycle,
          capabilityId: applicationCapabilities.capabilityId,
        })
        .from(applications)
        .innerJoin(applicationCapabilities, and(eq(applicationCapabilities.organisationId, applications.organisationId), eq(applicationCapabilities.applicationId, applications.id)))
        .where(live);
      const byId = new Map<string, { id: string; name: string; nameSort: string; yearlyCost: number | null; lifecycle: string; capabilityIds: string[] }>();
      for (const r of rows) {
        const entry = byId.get(r.id) ?? { id: r.id, name: r.name, nameSort: r.nameSort, yearlyCost: r.yearlyCost, lifecycle: r.lifecycle, capabilityIds: [] };
        entry.capabilityIds.push(r.capabilityId);
        byId.set(r.id, entry);
      }
      return [...byId.values()];
    },

    /** Names for the ids a history entry mentions. */
    async namesFor(ids: { people: string[]; departments: string[]; capabilities: string[]; applications: string[] }) {
      const none = ['00000000-0000-0000-0000-000000000000'];
      const [p, d, c, a] = await sequentially([
        db.select({ id: people.id, name: people.name }).from(people).where(and(eq(people.organisationId, organisationId), inArray(people.id, [...ids.people, ...none]))),
        db.select({ id: departments.id, name: departments.name }).from(departments).where(and(eq(departments.organisationId, organisationId), inArray(departments.id, [...ids.departments, ...none]))),
        db.select({ id: capabilities.id, name: capabilities.nameSv, nameEn: capabilities.nameEn }).from(capabilities).where(inArray(capabilities.id, [...ids.capabilities, ...none])),
        db.select({ id: applications.id, name: applications.name }).from(applications).where(and(inOrg, inArray(applications.id, [...ids.applications, ...none]))),
      ]);
      return { people: p, departments: d, capabilities: c, applications: a };
    },
  };
}

export type ApplicationRepository = ReturnType<typeof applicationRepository>;
