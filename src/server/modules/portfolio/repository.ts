import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { liveProjectStatuses } from '../../../shared/portfolio.js';
import type { Db } from '../../platform/db.js';
import { containsPattern } from '../../platform/sql-text.js';
import { swedishSortKey } from '../../platform/sort-key.js';
import { councilItems } from '../council/schema.js';
import { documentItems } from '../documents/schema.js';

import { projects } from './schema.js';

export interface ProjectFilter {
  q?: string;
  status?: string;
  department?: string;
  health?: string;
}

/** The project portfolio of one municipality. */
export function projectRepository(db: Db, organisationId: string) {
  const live = and(eq(projects.organisationId, organisationId), isNull(projects.archivedAt));
  // Outer columns named in full (Drizzle leaves them unqualified in a single-table select list).
  const names = sql<string | null>`(select p.name from people p where p.organisation_id = projects.organisation_id and p.id = projects.owner_id)`;
  const sponsorNames = sql<string | null>`(select p.name from people p where p.organisation_id = projects.organisation_id and p.id = projects.sponsor_id)`;
  const matching = (filter: ProjectFilter) => {
    const pattern = filter.q ? containsPattern(filter.q) : null;
    return and(
      live,
      pattern ? sql`(${projects.name} ilike ${pattern} or ${projects.purpose} ilike ${pattern})` : undefined,
      filter.status ? eq(projects.status, filter.status) : undefined,
      // A closed or cancelled project has no health: a health filter finds live projects only.
      filter.health ? and(eq(projects.health, filter.health), inArray(projects.status, [...liveProjectStatuses])) : undefined,
      filter.department ? sql`${projects.departmentIds} @> ${JSON.stringify([filter.department])}::jsonb` : undefined,
    );
  };
  return {
    /**
     * One page of the matching projects in Swedish order, with the number of matches in the same
     * statement (the window count runs on projects alone; only the page's rows get names).
     */
    async list(filter: ProjectFilter, paging: { page: number; pageSize: number }) {
      const where = matching(filter);
      const order = [sql`${projects.nameSort} collate "C"`, projects.id];
      const matched = db
        .select({ id: projects.id, total: sql<number>`(count(*) over ())::int`.as('total') })
        .from(projects)
        .where(where)
        .orderBy(...order)
        .limit(paging.pageSize)
        .offset((paging.page - 1) * paging.pageSize)
        .as('matched');
      const rows = await db
        .select({ project: projects, ownerName: names, sponsorName: sponsorNames, total: matched.total })
        .from(matched)
        .innerJoin(projects, eq(projects.id, matched.id))
        .orderBy(...order);
      let total = rows[0]?.total;
      if (total === undefined) {
        total = paging.page === 1 ? 0 : ((await db.select({ n: sql<number>`count(*)::int` }).from(projects).where(where))[0]?.n ?? 0);
      }
      return { rows: rows.map(({ total: _, ...row }) => row), total };
    },
    /** What the sums need of every matching project: the valuation's inputs, nothing else. */
    async valuationInputs(filter: ProjectFilter) {
      return db
        .select({
          status: projects.status,
          investments: projects.investments,
          benefits: projects.benefits,
          startDate: projects.startDate,
          runningFromYear: projects.runningFromYear,
          yearlyRunningCost: projects.yearlyRunningCost,
          horizonYears: projects.horizonYears,
        })
        .from(projects)
        .where(matching(filter));
    },
    async get(id: string) {
      const [row] = await db.select({ project: projects, ownerName: names, sponsorName: sponsorNames }).from(projects).where(and(live, eq(projects.id, id)));
      return row ?? null;
    },
    /** Of the given goal ids, those that are live goals of this municipality's documents. */
    async existingGoalIds(ids: string[]) {
      if (ids.length === 0) return new Set<string>();
      const rows = await db
        .select({ id: documentItems.id })
        .from(documentItems)
        .where(and(eq(documentItems.organisationId, organisationId), inArray(documentItems.id, ids), eq(documentItems.kind, 'goal'), isNull(documentItems.archivedAt)));
      return new Set(rows.map((r) => r.id));
    },
    /**
     * Whether an IT council item about the project ended in approval — or about the acquisition
     * the project was proposed from (an acquisition above the threshold reaches the council as such).
     */
    async councilApproved(projectId: string) {
      const [row] = await db
        .select({ id: councilItems.id })
        .from(councilItems)
        .where(
          and(
            eq(councilItems.organisationId, organisationId),
            sql`((${councilItems.subjectKind} = 'project' and ${councilItems.subjectId} = ${projectId})
              or (${councilItems.subjectKind} = 'acquisition' and ${councilItems.subjectId} in (
                select q.id from acquisitions q where q.project_id = ${projectId} and q.organisation_id = ${organisationId})))`,
            inArray(councilItems.decision, ['approved', 'approved_with_conditions']),
            isNull(councilItems.archivedAt),
          ),
        )
        .limit(1);
      return Boolean(row);
    },
    async insert(values: Omit<typeof projects.$inferInsert, 'organisationId' | 'nameSort'>) {
      const [row] = await db.insert(projects).values({ ...values, nameSort: swedishSortKey(values.name), organisationId }).returning();
      return row!;
    },
    async update(id: string, expectedVersion: number, values: Partial<typeof projects.$inferInsert>) {
      const [row] = await db
        .update(projects)
        .set({ ...values, ...(values.name ? { nameSort: swedishSortKey(values.name) } : {}), rowVersion: sql`${projects.rowVersion} + 1` })
        .where(and(live, eq(projects.id, id), eq(projects.rowVersion, expectedVersion)))
        .returning();
      return row ?? null;
    },
  };
}

