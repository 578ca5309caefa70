import { and, asc, desc, eq, inArray, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import { type ApplicationListQuery, applicationFlags } from '../../../shared/applications.js';
import { type Db, sequentially } from '../../platform/db.js';
import { swedishSortKey } from '../../platform/sort-key.js';
import { containsPattern } from '../../platform/sql-text.js';
import { capabilities, departments, people } from '../organisation/schema.js';
import { contractRepository } from './contracts.js';
import type { Snapshot } from './snapshot.js';
import {
  applicationCapabilities,
  applicationDepartments,
  applications,
  disruptionTests,
  integrations,
  suppliers,
} from './schema.js';

/** Who the list is narrowed to when the person's read grant is not municipality-wide. */
export type ReadScope = { kind: 'all' } | { kind: 'department'; departmentId: string | null; personId: string } | { kind: 'own'; personId: string };

// Outer columns are named in full: in a single-table select list Drizzle renders them
// unqualified, which inside a subquery would bind to the subquery's own tables.
const contractEnd = sql<string | null>`(select a.end_date from application_agreements aa
  join agreements a on a.organisation_id = aa.organisation_id and a.id = aa.agreement_id
  where aa.organisation_id = applications.organisation_id and aa.application_id = applications.id and aa.is_primary and a.archived_at is null limit 1)`;
const contractNoticeMonths = sql<number | null>`(select a.notice_months from application_agreements aa
  join agreements a on a.organisation_id = aa.organisation_id and a.id = aa.agreement_id
  where aa.organisation_id = applications.organisation_id and aa.application_id = applications.id and aa.is_primary and a.archived_at is null limit 1)`;
/** Mirrors rules.noticeDate in SQL, so filters and flags agree (a test pins it). */
const contractNoticeDate = sql<string | null>`(${contractEnd} - make_interval(months => coalesce(${contractNoticeMonths}, 0)))::date`;

/** The application register of one municipality; every query is scoped when the repository is made. */
export function applicationRepository(db: Db, organisationId: string) {
  const inOrg = eq(applications.organisationId, organisationId);
  const live = and(inOrg, isNull(applications.archivedAt));

  function conditions(query: Partial<ApplicationListQuery>, scope: ReadScope, today: string): SQL {
    const parts: (SQL | undefined)[] = [query.archived ? and(inOrg, isNotNull(applications.archivedAt)) : live];
    if (scope.kind === 'department') {
      parts.push(
        sql`(${applications.ownerId} = ${scope.personId} or ${applications.managerId} = ${scope.personId} or ${applications.id} in (
          select ad.application_id from application_departments ad where ad.organisation_id = ${organisationId} and ad.department_id = ${scope.departmentId}))`,
      );
    }
    if (scope.kind === 'own') parts.push(sql`(${applications.ownerId} = ${scope.personId} or ${applications.managerId} = ${scope.personId})`);
    if (query.q) {
      const pattern = containsPattern(query.q);
      parts.push(
        // The supplier match is uncorrelated and scoped: the municipality's suppliers are searched
        // once per query (through their trigram index), not once per system.
        sql`(${applications.name} ilike ${pattern} or ${applications.description} ilike ${pattern} or ${applications.supplierId} in (
          select s.id from suppliers s where s.organisation_id = ${organisationId} and s.name ilike ${pattern}))`,
      );
    }
    if (query.department) {
      parts.push(sql`${applications.id} in (select ad.application_id from application_departments ad where ad.organisation_id = ${organisationId} and ad.department_id = ${query.department})`);
    }
    if (query.capability) {
      // A preset capability is shared by every municipality: the links are read through
      // (organisation_id, capability_id), so only this municipality's are touched.
      parts.push(sql`${applications.id} in (select ac.application_id from application_capabilities ac where ac.organisation_id = ${organisationId} and ac.capability_id = ${query.capability})`);
    }
    if (query.lifecycle) parts.push(eq(applications.lifecycle, query.lifecycle));
    if (query.owner === 'none') parts.push(isNull(applications.ownerId));
    else if (query.owner) parts.push(eq(applications.ownerId, query.owner));
    if (query.personalData !== undefined) parts.push(eq(applications.personalData, query.personalData));
    const notPhasedOut = sql`${applications.lifecycle} <> 'phased_out'`;
    switch (query.contract) {
      case 'expired':
        parts.push(sql`${contractEnd} < ${today}::date`);
        break;
      case 'notice_passed':
        parts.push(sql`${contractEnd} >= ${today}::date and ${contractNoticeDate} < ${today}::date`);
        break;
      case 'within_90_days':
        parts.push(sql`${contractEnd} between ${today}::date and ${today}::date + 90`);
        break;
      case 'within_365_days':
        parts.push(sql`${contractEnd} between ${today}::date and ${today}::date + 365`);
        break;
    }
    switch (query.flag) {
      case 'no_owner':
        parts.push(notPhasedOut, isNull(applications.ownerId));
        break;
      case 'personal_data_unclassified':
        parts.push(notPhasedOut, sql`${applications.personalData} and (${applications.classK} is null or ${applications.classR} is null or ${applications.classT} is null)`);
        break;
      case 'contract_expired':
        parts.push(notPhasedOut, sql`${contractEnd} < ${today}::date`);
        break;
      case 'notice_date_passed':
        parts.push(notPhasedOut, sql`${contractEnd} >= ${today}::date and ${contractNoticeDate} < ${today}::date`);
        break;
      case 'disruption_test_missing':
        parts.push(
          sql`${applications.kind} = 'system' and ${applications.lifecycle} = 'in_use' and not exists (
            select 1 from disruption_tests dt where dt.organisation_id = ${organisationId} and dt.application_id = ${applications.id}
            and extract(year from dt.tested_on) = ${Number(today.slice(0, 4))})`,
        );
        break;
    }
    return and(...parts.filter((p): p is SQL => p !== undefined))!;
  }

  function orderBy(query: ApplicationListQuery): SQL[] {
    const dir = query.order === 'desc' ? sql`desc` : sql`asc`;
    const nulls = sql`nulls last`;
    const byName = sql`${applications.nameSort} collate "C" ${dir}`;
    const tieBreak = [sql`${applications.nameSort} collate "C" asc`, asc(applications.id)];
    switch (query.sort) {
      case 'vendor':
        return [sql`(select s.name_sort from suppliers s where s.organisation_id = applications.organisation_id and s.id = applications.supplier_id) collate "C" ${dir} ${nulls}`, ...tieBreak];
      case 'lifecycle':
        return [
          sql`case ${applications.lifecycle} when 'planned' then 1 when 'in_use' then 2 when 'phasing_out' then 3 else 4 end ${dir}`,
          ...tieBreak,
        ];
      case 'yearlyCost':
        return [sql`${applications.yearlyCost} ${dir} ${nulls}`, ...tieBreak];
      case 'contractEnd':
        return [sql`${contractEnd} ${dir} ${nulls}`, ...tieBreak];
      case 'updatedAt':
        return [query.order === 'desc' ? desc(applications.updatedAt) : asc(applications.updatedAt), ...tieBreak];
      default:
        return [byName, asc(applications.id)];
    }
  }

  const listColumns = {
    id: applications.id,
    name: applications.name,
    vendor: suppliers.name,
    kind: applications.kind,
    lifecycle: applications.lifecycle,
    assessment: applications.assessment,
    yearlyCost: applications.yearlyCost,
    ownerId: applications.ownerId,
    ownerName: people.name,
    personalData: applications.personalData,
    classK: applications.classK,
    classR: applications.classR,
    classT: applications.classT,
    contractEndDate: contractEnd,
    noticeMonths: contractNoticeMonths,
    updatedAt: applications.updatedAt,
  };

  return {
    /**
     * One page and the number of matching rows in one statement: the filter, the window count and
     * the limit run on the systems alone, and only the page's rows are joined and given their
     * contract and disruption-test dates. Only a page past the end, which has no row to carry the
     * count, costs a second statement.
     */
    async list(query: ApplicationListQuery, scope: ReadScope, today: string) {
      const where = conditions(query, scope, today);
      const matched = db
        .select({ id: applications.id, total: sql<number>`(count(*) over ())::int`.as('total') })
        .from(applications)
        .where(where)
        .orderBy(...orderBy(query))
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize)
        .as('matched');
      const page = await db
        .select({
          ...listColumns,
          testDates: sql<string[] | null>`(select array_agg(dt.tested_on::text) from disruption_tests dt
            where dt.organisation_id = applications.organisation_id and dt.application_id = applications.id)`,
          total: matched.total,
        })
        .from(matched)
        .innerJoin(applications, eq(applications.id, matched.id))
        .leftJoin(suppliers, and(eq(suppliers.organisationId, applications.organisationId), eq(suppliers.id, applications.supplierId)))
        .leftJoin(people, and(eq(people.organisationId, applications.organisationId), eq(people.id, applications.ownerId)))
        .orderBy(...orderBy(query));
      let total = page[0]?.total;
      if (total === undefined) {
        total = query.page === 1 ? 0 : ((await db.select({ total: sql<number>`count(*)::int` }).from(applications).where(where))[0]?.total ?? 0);
      }
      return { rows: page.map(({ total: _, testDates, ...row }) => ({ ...row, testDates: testDates ?? [] })), total };
    },

    /** Every matching row, for the .xlsx export (no paging). */
    async listAll(query: ApplicationListQuery, scope: ReadScope, today: string) {
      return db
        .select({
          ...listColumns,
          description: applications.description,
          managerName: sql<string | null>`(select p.name from people p where p.organisation_id = applications.organisation_id and p.id = applications.manager_id)`,
          versions: applications.versions,
          departmentNames: sql<string | null>`(select string_agg(d.name, ', ' order by d.name_sort collate "C") from application_departments ad join departments d on d.organisation_id = ad.organisation_id and d.id = ad.department_id where ad.organisation_id = applications.organisation_id and ad.application_id = applications.id)`,
          capabilityNames: sql<string | null>`(select string_agg(c.name_sv, ', ' order by c.code collate "C") from application_capabilities ac join capabilities c on c.id = ac.capability_id where ac.organisation_id = applications.organisation_id and ac.application_id = ${applications.id})`,
        })
        .from(applications)
        .leftJoin(suppliers, and(eq(suppliers.id, applications.supplierId), eq(suppliers.organisationId, applications.organisationId)))
        .leftJoin(people, and(eq(people.organisationId, applications.organisationId), eq(people.id, applications.ownerId)))
        .where(conditions(query, scope, today))
        .orderBy(...orderBy(query));
    },

    /** Live systems the person may read, id and name in Swedish order. */
    async names(scope: ReadScope, today: string) {
      return db
        .select({ id: applications.id, name: applications.name })
        .from(applications)
        .where(conditions({}, scope, today))
        .orderBy(sql`${applications.nameSort} collate "C"`, asc(applications.id));
    },

    /** How many readable live systems there are, and how many carry each flag (the rules' SQL twins), in one statement. */
    async flagCounts(scope: ReadScope, today: string) {
      const base = conditions({}, scope, today);
      const columns = Object.fromEntries(
        applicationFlags.map((flag) => [flag, sql<number>`(count(*) filter (where ${conditions({ flag }, scope, today)}))::int`]),
      ) as Record<(typeof applicationFlags)[number], SQL<number>>;
      const [row] = await db.select({ total: sql<number>`count(*)::int`, ...columns }).from(applications).where(base);
      const { total, ...flags } = row!;
      return { total, flags: flags as Record<(typeof applicationFlags)[number], number> };
    },

    /** Disruption-test dates per system, for the flags of a page of the list. */
    async testDates(ids: string[]) {
      const result = new Map<string, string[]>();
      if (ids.length === 0) return result;
      const rows = await db
        .select({ applicationId: disruptionTests.applicationId, testedOn: disruptionTests.testedOn })
        .from(disruptionTests)
        .where(and(eq(disruptionTests.organisationId, organisationId), inArray(disruptionTests.applicationId, ids)));
      for (const row of rows) result.set(row.applicationId, [...(result.get(row.applicationId) ?? []), row.testedOn]);
      return result;
    },

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
          managerName: sql<string | null>`(select p.name from people p where p.organisation_id = applications.organisation_id and p.id = applications.manager_id)`,
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
