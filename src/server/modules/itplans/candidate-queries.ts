import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db.js';
import { queryRows } from '../../platform/db.js';
import { departments } from '../organisation/schema.js';
import type { NeedWord } from './candidate-rules.js';
import { planInitiatives, planNeedDismissals, planNeeds } from './schema.js';

/**
 * What finding and merging duplicate needs reads (issue 14, item 3): a round's live needs with
 * their words as PostgreSQL's Swedish stemmer sees them, the pairs dismissed, and the needs of an
 * initiative. Scoped to the municipality; departments are a read-only join.
 */
export function candidateQueries(db: Db, organisationId: string) {
  const needInOrg = eq(planNeeds.organisationId, organisationId);
  return {
    /** The round's live needs with their department's name, by department then title. */
    async needs(roundId: string) {
      return db
        .select({ need: planNeeds, departmentName: departments.name })
        .from(planNeeds)
        .innerJoin(departments, and(eq(departments.organisationId, planNeeds.organisationId), eq(departments.id, planNeeds.departmentId)))
        .where(and(needInOrg, eq(planNeeds.roundId, roundId), isNull(planNeeds.archivedAt)))
        .orderBy(sql`${departments.nameSort} collate "C"`, planNeeds.title, planNeeds.id);
    },

    /** Each live need's words, stemmed by the Swedish dictionary (`ts_debug`): title and description apart. */
    async words(roundId: string): Promise<Map<string, NeedWord[]>> {
      const rows = await queryRows<{ id: string; token: string; lexeme: string; in_title: boolean }>(
        db,
        sql`select n.id, d.token, d.lexemes[1] as lexeme, p.in_title
            from plan_needs n
            cross join lateral (values (n.title, true), (n.description, false)) as p(body, in_title)
            cross join lateral ts_debug('swedish', p.body) as d
            where n.organisation_id = ${organisationId} and n.round_id = ${roundId} and n.archived_at is null
              and d.lexemes is not null and cardinality(d.lexemes) > 0`,
      );
      const byNeed = new Map<string, NeedWord[]>();
      for (const r of rows) byNeed.set(r.id, [...(byNeed.get(r.id) ?? []), { token: r.token.toLowerCase(), lexeme: r.lexeme, inTitle: r.in_title }]);
      return byNeed;
    },

    /** The pairs of the round judged not to be the same need. */
    async dismissed(roundId: string) {
      return db
        .select({ firstId: planNeedDismissals.firstId, secondId: planNeedDismissals.secondId })
        .from(planNeedDismissals)
        .where(and(eq(planNeedDismissals.organisationId, organisationId), eq(planNeedDismissals.roundId, roundId)));
    },

    async dismissal(firstId: string, secondId: string) {
      const [row] = await db
        .select({ id: planNeedDismissals.id })
        .from(planNeedDismissals)
        .where(and(eq(planNeedDismissals.organisationId, organisationId), eq(planNeedDismissals.firstId, firstId), eq(planNeedDismissals.secondId, secondId)));
      return row ?? null;
    },

    async insertDismissal(values: Omit<typeof planNeedDismissals.$inferInsert, 'organisationId'>) {
      const [row] = await db.insert(planNeedDismissals).values({ ...values, organisationId }).onConflictDoNothing().returning();
      return row ?? null;
    },

    /** The live needs met by the initiatives, locked, by id. */
    async lockNeedsOf(initiativeIds: string[]) {
      if (initiativeIds.length === 0) return [];
      return db
        .select()
        .from(planNeeds)
        .where(and(needInOrg, inArray(planNeeds.initiativeId, initiativeIds), isNull(planNeeds.archivedAt)))
        .orderBy(planNeeds.createdAt, planNeeds.id)
        .for('update');
    },

    /** Live initiatives, locked. */
    async lockInitiatives(ids: string[]) {
      if (ids.length === 0) return [];
      return db
        .select()
        .from(planInitiatives)
        .where(and(eq(planInitiatives.organisationId, organisationId), inArray(planInitiatives.id, ids), isNull(planInitiatives.archivedAt)))
        .for('update');
    },
  };
}
