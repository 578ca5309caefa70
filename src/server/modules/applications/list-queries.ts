import { and, asc, desc, eq, inArray, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import { type ApplicationListQuery, applicationFlags } from '../../../shared/applications.js';
import { qualityBandRange } from '../../../shared/quality-rules.js';
import type { Db } from '../../platform/db.js';
import { containsPattern } from '../../platform/sql-text.js';
import { people } from '../organisation/schema.js';
import { namedDuplicates } from './duplicate-cache.js';
import { type DisruptionTestRef, type NamedSystem, pairKey } from './rules.js';
import { applications, duplicateDismissals, suppliers } from './schema.js';

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

/** Whether the system's owner or manager is a deactivated person (the twin of rules' `responsibleInactive`). */
export const responsibleInactive = sql<boolean>`exists (select 1 from people rp where rp.organisation_id = applications.organisation_id
  and rp.id in (applications.owner_id, applications.manager_id) and rp.archived_at is not null)`;

/** Each system's disruption tests (date and result), for its flags in a list or an export. */
const disruptionTestsOf = sql<DisruptionTestRef[] | null>`(select json_agg(json_build_object('testedOn', dt.tested_on, 'result', dt.result)) from disruption_tests dt
  where dt.organisation_id = applications.organisation_id and dt.application_id = applications.id)`;

/** The register's lists of one municipality: filters, sort orders, pages, export, flag counts. */
export function applicationListQueries(db: Db, organisationId: string) {
  const inOrg = eq(applications.organisationId, organisationId);
  const live = and(inOrg, isNull(applications.archivedAt));

  /**
   * The readable systems' probable duplicates (rules.probableDuplicates), by system id: the
   * municipality's pairs by name (compared once per change of its names, duplicate-cache.ts), less
   * the dismissed pairs and, for a reader who does not see the whole register, any pair with a
   * system the reader cannot read. A new map: the cached one is shared between requests.
   */
  async function duplicates(scope: ReadScope, today: string): Promise<Map<string, NamedSystem[]>> {
    const named = await namedDuplicates(db, organisationId);
    if (named.size === 0) return new Map();
    const dismissedRows = await db
      .select({ firstId: duplicateDismissals.firstId, secondId: duplicateDismissals.secondId })
      .from(duplicateDismissals)
      .where(eq(duplicateDismissals.organisationId, organisationId));
    const dismissed = new Set(dismissedRows.map((d) => pairKey(d.firstId, d.secondId)));
    const readable =
      scope.kind === 'all'
        ? null
        : new Set((await db.select({ id: applications.id }).from(applications).where(conditions({}, scope, today))).map((r) => r.id));
    const found = new Map<string, NamedSystem[]>();
    for (const [id, counterparts] of named) {
      if (readable && !readable.has(id)) continue;
      const kept = counterparts.filter((other) => (!readable || readable.has(other.id)) && !dismissed.has(pairKey(id, other.id)));
      if (kept.length) found.set(id, kept);
    }
    return found;
  }

  /** `duplicateIds`: the systems flagged as probable duplicates, needed only by that flag's filter. */
  function conditions(query: Partial<ApplicationListQuery>, scope: ReadScope, today: string, duplicateIds: string[] = []): SQL {
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
    if (query.quality) {
      const { min, max } = qualityBandRange[query.quality];
      parts.push(sql`${applications.qualityScore} between ${min} and ${max}`);
    }
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
      case 'owner_inactive':
        parts.push(notPhasedOut, responsibleInactive);
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
      // The SQL twins of rules.disruptionTestFlags: only a passed test held by today counts, and a
      // failed one stands until a passed test on the same day or later follows it.
      case 'disruption_test_missing':
        parts.push(
          sql`${applications.kind} = 'system' and ${applications.lifecycle} = 'in_use' and not exists (
            select 1 from disruption_tests dt where dt.organisation_id = ${organisationId} and dt.application_id = ${applications.id}
            and dt.result <> 'failed' and dt.tested_on between ${`${today.slice(0, 4)}-01-01`}::date and ${today}::date)`,
        );
        break;
      case 'disruption_test_failed':
        parts.push(
          notPhasedOut,
          sql`exists (
            select 1 from disruption_tests f where f.organisation_id = ${organisationId} and f.application_id = ${applications.id}
            and f.result = 'failed' and f.tested_on <= ${today}::date and not exists (
              select 1 from disruption_tests p where p.organisation_id = ${organisationId} and p.application_id = ${applications.id}
              and p.result <> 'failed' and p.tested_on between f.tested_on and ${today}::date))`,
        );
        break;
      case 'probable_duplicate':
        parts.push(inArray(applications.id, duplicateIds));
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
      case 'quality':
        return [sql`${applications.qualityScore} ${dir}`, ...tieBreak];
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
    responsibleInactive,
    personalData: applications.personalData,
    classK: applications.classK,
    classR: applications.classR,
    classT: applications.classT,
    contractEndDate: contractEnd,
    noticeMonths: contractNoticeMonths,
    updatedAt: applications.updatedAt,
    qualityScore: applications.qualityScore,
  };

  return {
    /**
     * One page and the number of matching rows in one statement: the filter, the window count and
     * the limit run on the systems alone, and only the page's rows are joined and given their
     * contract and disruption-test dates. Only a page past the end, which has no row to carry the
     * count, costs a second statement.
     */
    async list(query: ApplicationListQuery, scope: ReadScope, today: string) {
      const flagged = await duplicates(scope, today);
      const where = conditions(query, scope, today, [...flagged.keys()]);
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
          tests: disruptionTestsOf,
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
      return { rows: page.map(({ total: _, tests, ...row }) => ({ ...row, tests: tests ?? [], probableDuplicate: flagged.has(row.id) })), total };
    },

    /** Every matching row, for the .xlsx export (no paging). */
    async listAll(query: ApplicationListQuery, scope: ReadScope, today: string) {
      const duplicateIds = query.flag === 'probable_duplicate' ? [...(await duplicates(scope, today)).keys()] : [];
      const rows = await db
        .select({
          tests: disruptionTestsOf,
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
        .where(conditions(query, scope, today, duplicateIds))
        .orderBy(...orderBy(query));
      return rows.map((row) => ({ ...row, tests: row.tests ?? [] }));
    },

    /** Live systems the person may read, id and name in Swedish order. */
    async names(scope: ReadScope, today: string) {
      return db
        .select({ id: applications.id, name: applications.name })
        .from(applications)
        .where(conditions({}, scope, today))
        .orderBy(sql`${applications.nameSort} collate "C"`, asc(applications.id));
    },

    /**
     * How the readable live systems of each department fall in the quality bands, from the stored
     * score: one pass over the municipality's department links (a system of two departments counts
     * in both; systems of none are a row of their own, department null).
     */
    async qualityByDepartment(scope: ReadScope, today: string) {
      const rows = await db
        .select({
          departmentId: sql<string | null>`ad.department_id`,
          name: sql<string | null>`d.name`,
          nameSort: sql<string | null>`d.name_sort`,
          low: sql<number>`(count(*) filter (where ${applications.qualityScore} < 50))::int`,
          medium: sql<number>`(count(*) filter (where ${applications.qualityScore} between 50 and 79))::int`,
          high: sql<number>`(count(*) filter (where ${applications.qualityScore} >= 80))::int`,
          average: sql<number>`round(avg(${applications.qualityScore}))::int`,
        })
        .from(applications)
        .leftJoin(sql`application_departments ad`, sql`ad.organisation_id = ${applications.organisationId} and ad.application_id = ${applications.id}`)
        .leftJoin(sql`departments d`, sql`d.organisation_id = ad.organisation_id and d.id = ad.department_id`)
        .where(conditions({}, scope, today))
        .groupBy(sql`ad.department_id, d.name, d.name_sort`)
        .orderBy(sql`d.name_sort collate "C" nulls last`);
      return rows.map(({ nameSort: _, ...row }) => row);
    },

    /** How many readable live systems there are, and how many carry each flag (the rules' SQL twins), in one statement. */
    async flagCounts(scope: ReadScope, today: string) {
      const base = conditions({}, scope, today);
      // Probable duplicates are counted from their pairs, found in the process rather than in SQL.
      const sqlFlags = applicationFlags.filter((flag) => flag !== 'probable_duplicate');
      const columns = Object.fromEntries(
        sqlFlags.map((flag) => [flag, sql<number>`(count(*) filter (where ${conditions({ flag }, scope, today)}))::int`]),
      ) as Record<(typeof applicationFlags)[number], SQL<number>>;
      const [row] = await db.select({ total: sql<number>`count(*)::int`, ...columns }).from(applications).where(base);
      const { total, ...flags } = row!;
      const probableDuplicate = (await duplicates(scope, today)).size;
      return { total, flags: { ...flags, probable_duplicate: probableDuplicate } as Record<(typeof applicationFlags)[number], number> };
    },

    /** One readable system's probable duplicates, by name (the system's page names and links them). */
    async duplicatesOf(id: string, scope: ReadScope, today: string): Promise<NamedSystem[]> {
      return (await duplicates(scope, today)).get(id) ?? [];
    },

    /** The readable live systems a person judged not the same as this one (its page lists them, to undo). */
    async dismissedOf(id: string, scope: ReadScope, today: string): Promise<NamedSystem[]> {
      const pairs = await db
        .select({ firstId: duplicateDismissals.firstId, secondId: duplicateDismissals.secondId })
        .from(duplicateDismissals)
        .where(and(eq(duplicateDismissals.organisationId, organisationId), sql`${id} in (${duplicateDismissals.firstId}, ${duplicateDismissals.secondId})`));
      const others = pairs.map((p) => (p.firstId === id ? p.secondId : p.firstId));
      if (others.length === 0) return [];
      return db
        .select({ id: applications.id, name: applications.name })
        .from(applications)
        .where(and(conditions({}, scope, today), inArray(applications.id, others)))
        .orderBy(asc(sql`${applications.nameSort} collate "C"`));
    },
  };
}
