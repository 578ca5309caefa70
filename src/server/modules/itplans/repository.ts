import { and, asc, count, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db.js';
import { acquisitions } from '../acquisitions/schema.js';
import { applications } from '../applications/schema.js';
import { documentItems } from '../documents/schema.js';
import { capabilities, departments, memberships, people, roles } from '../organisation/schema.js';
import { projects } from '../portfolio/schema.js';
import { departmentPlans, planInitiatives, planNeeds, planRounds } from './schema.js';

type Names = { id: string; name: string }[];

/**
 * The IT plans of one municipality: rounds, department plans, needs and initiatives. Departments,
 * people, goals, capabilities, systems, projects and acquisitions are read-only joins on their
 * modules' tables (DECISIONS.md 14), always scoped to the municipality.
 */
export function itplanRepository(db: Db, organisationId: string) {
  const roundInOrg = eq(planRounds.organisationId, organisationId);
  const planInOrg = eq(departmentPlans.organisationId, organisationId);
  const needInOrg = eq(planNeeds.organisationId, organisationId);
  const initiativeInOrg = eq(planInitiatives.organisationId, organisationId);
  const departmentJoin = and(eq(departments.organisationId, departmentPlans.organisationId), eq(departments.id, departmentPlans.departmentId));
  const liveNeedCount = sql<number>`(select count(*) from ${planNeeds} where ${planNeeds.organisationId} = ${organisationId} and ${planNeeds.departmentPlanId} = ${departmentPlans.id} and ${planNeeds.archivedAt} is null)`.mapWith(Number);

  return {
    /** The live rounds, newest period first, with how many departments are asked and have submitted. */
    async rounds() {
      const rows = await db.select().from(planRounds).where(and(roundInOrg, isNull(planRounds.archivedAt))).orderBy(desc(planRounds.firstYear), desc(planRounds.openedAt));
      if (rows.length === 0) return [];
      const counts = await db
        .select({ roundId: departmentPlans.roundId, departments: count(), submitted: sql<number>`count(*) filter (where ${departmentPlans.status} = 'submitted')`.mapWith(Number) })
        .from(departmentPlans)
        .where(and(planInOrg, inArray(departmentPlans.roundId, rows.map((r) => r.id))))
        .groupBy(departmentPlans.roundId);
      const byRound = new Map(counts.map((c) => [c.roundId, c]));
      return rows.map((row) => ({ row, departments: byRound.get(row.id)?.departments ?? 0, submitted: byRound.get(row.id)?.submitted ?? 0 }));
    },

    async round(id: string) {
      const [row] = await db
        .select({ row: planRounds, openedByName: people.name })
        .from(planRounds)
        .leftJoin(people, and(eq(people.organisationId, planRounds.organisationId), eq(people.id, planRounds.openedBy)))
        .where(and(roundInOrg, eq(planRounds.id, id), isNull(planRounds.archivedAt)));
      return row ?? null;
    },

    /**
     * Locks the round that a plan, a need or an initiative belongs to, read without a lock first:
     * every write of a round locks the round before its plans, needs and initiatives, so that two
     * writes never wait for each other in opposite order. Null when the row is not found.
     */
    async lockRoundOf(kind: 'plan' | 'need' | 'initiative', id: string) {
      const table = kind === 'plan' ? departmentPlans : kind === 'need' ? planNeeds : planInitiatives;
      const [row] = await db
        .select({ roundId: table.roundId })
        .from(table)
        .where(and(eq(table.organisationId, organisationId), eq(table.id, id)));
      return row ? this.lockRound(row.roundId) : null;
    },

    async lockRound(id: string) {
      const [row] = await db.select().from(planRounds).where(and(roundInOrg, eq(planRounds.id, id), isNull(planRounds.archivedAt))).for('update');
      return row ?? null;
    },

    async insertRound(values: Omit<typeof planRounds.$inferInsert, 'organisationId'>) {
      const [row] = await db.insert(planRounds).values({ ...values, organisationId }).returning();
      return row!;
    },

    async updateRound(id: string, expectedVersion: number, values: Partial<typeof planRounds.$inferInsert>) {
      const [row] = await db
        .update(planRounds)
        .set({ ...values, rowVersion: sql`${planRounds.rowVersion} + 1` })
        .where(and(roundInOrg, eq(planRounds.id, id), eq(planRounds.rowVersion, expectedVersion)))
        .returning();
      return row ?? null;
    },

    /** Each department's plan in a round with its live needs counted, by department name. */
    async progress(roundId: string) {
      return db
        .select({ plan: departmentPlans, departmentName: departments.name, needs: liveNeedCount })
        .from(departmentPlans)
        .innerJoin(departments, departmentJoin)
        .where(and(planInOrg, eq(departmentPlans.roundId, roundId)))
        .orderBy(sql`${departments.nameSort} collate "C"`);
    },

    async plan(id: string) {
      const [row] = await db
        .select({ plan: departmentPlans, departmentName: departments.name, round: planRounds, submittedByName: people.name })
        .from(departmentPlans)
        .innerJoin(departments, departmentJoin)
        .innerJoin(planRounds, and(eq(planRounds.organisationId, departmentPlans.organisationId), eq(planRounds.id, departmentPlans.roundId)))
        .leftJoin(people, and(eq(people.organisationId, departmentPlans.organisationId), eq(people.id, departmentPlans.submittedBy)))
        .where(and(planInOrg, eq(departmentPlans.id, id), isNull(planRounds.archivedAt)));
      return row ?? null;
    },

    async lockPlan(id: string) {
      const [row] = await db.select().from(departmentPlans).where(and(planInOrg, eq(departmentPlans.id, id))).for('update');
      return row ?? null;
    },

    /** The department's plan in a round, if it is asked for one. */
    async planOf(roundId: string, departmentId: string) {
      const [row] = await db.select().from(departmentPlans).where(and(planInOrg, eq(departmentPlans.roundId, roundId), eq(departmentPlans.departmentId, departmentId)));
      return row ?? null;
    },

    async insertPlans(values: Omit<typeof departmentPlans.$inferInsert, 'organisationId'>[]) {
      if (values.length === 0) return [];
      return db.insert(departmentPlans).values(values.map((v) => ({ ...v, organisationId }))).returning();
    },

    /** Changes a plan; with `expectedVersion` only at that version (null when the plan is already locked by a need's write). */
    async updatePlan(id: string, expectedVersion: number | null, values: Partial<typeof departmentPlans.$inferInsert>) {
      const [row] = await db
        .update(departmentPlans)
        .set({ ...values, rowVersion: sql`${departmentPlans.rowVersion} + 1` })
        .where(and(planInOrg, eq(departmentPlans.id, id), expectedVersion === null ? undefined : eq(departmentPlans.rowVersion, expectedVersion)))
        .returning();
      return row ?? null;
    },

    /** The live needs of plans, by priority then title. */
    async needsOfPlans(planIds: string[]) {
      if (planIds.length === 0) return [];
      return db
        .select()
        .from(planNeeds)
        .where(and(needInOrg, inArray(planNeeds.departmentPlanId, planIds), isNull(planNeeds.archivedAt)))
        .orderBy(asc(planNeeds.priority), asc(planNeeds.title), asc(planNeeds.id));
    },

    /** Needs of a plan removed (archived) that an initiative still names: resubmitting archives their initiatives. */
    async removedNeedsWithInitiative(planId: string) {
      return db
        .select({ id: planNeeds.id, initiativeId: planNeeds.initiativeId })
        .from(planNeeds)
        .where(and(needInOrg, eq(planNeeds.departmentPlanId, planId), sql`${planNeeds.archivedAt} is not null`, sql`${planNeeds.initiativeId} is not null`));
    },

    /** Needs by id, live or not (what a changes list names from last round). */
    async needsById(ids: string[]) {
      if (ids.length === 0) return [];
      return db.select().from(planNeeds).where(and(needInOrg, inArray(planNeeds.id, ids)));
    },

    async need(id: string) {
      const [row] = await db.select().from(planNeeds).where(and(needInOrg, eq(planNeeds.id, id), isNull(planNeeds.archivedAt)));
      return row ?? null;
    },

    async lockNeed(id: string) {
      const [row] = await db.select().from(planNeeds).where(and(needInOrg, eq(planNeeds.id, id), isNull(planNeeds.archivedAt))).for('update');
      return row ?? null;
    },

    async insertNeeds(values: Omit<typeof planNeeds.$inferInsert, 'organisationId'>[]) {
      if (values.length === 0) return [];
      return db.insert(planNeeds).values(values.map((v) => ({ ...v, organisationId }))).returning();
    },

    async updateNeed(id: string, expectedVersion: number | null, values: Partial<typeof planNeeds.$inferInsert>) {
      const [row] = await db
        .update(planNeeds)
        .set({ ...values, rowVersion: sql`${planNeeds.rowVersion} + 1` })
        .where(and(needInOrg, eq(planNeeds.id, id), expectedVersion === null ? undefined : eq(planNeeds.rowVersion, expectedVersion)))
        .returning();
      return row ?? null;
    },

    /** The live needs an initiative meets (one when submitted, several once merged). */
    async liveNeedsOf(initiativeId: string) {
      return db.select().from(planNeeds).where(and(needInOrg, eq(planNeeds.initiativeId, initiativeId), isNull(planNeeds.archivedAt)));
    },

    /** How many live needs (of any plan of the round) each of the initiatives is met by. */
    async liveNeedsPerInitiative(initiativeIds: string[]) {
      if (initiativeIds.length === 0) return new Map<string, number>();
      const rows = await db
        .select({ id: planNeeds.initiativeId, n: count() })
        .from(planNeeds)
        .where(and(needInOrg, inArray(planNeeds.initiativeId, initiativeIds), isNull(planNeeds.archivedAt)))
        .groupBy(planNeeds.initiativeId);
      return new Map(rows.map((r) => [r.id!, r.n]));
    },

    async initiatives(ids: string[]) {
      if (ids.length === 0) return [];
      return db.select().from(planInitiatives).where(and(initiativeInOrg, inArray(planInitiatives.id, ids)));
    },

    async insertInitiative(values: Omit<typeof planInitiatives.$inferInsert, 'organisationId'>) {
      const [row] = await db.insert(planInitiatives).values({ ...values, organisationId }).returning();
      return row!;
    },

    async updateInitiative(id: string, values: Partial<typeof planInitiatives.$inferInsert>) {
      const [row] = await db
        .update(planInitiatives)
        .set({ ...values, rowVersion: sql`${planInitiatives.rowVersion} + 1` })
        .where(and(initiativeInOrg, eq(planInitiatives.id, id)))
        .returning();
      return row ?? null;
    },

    /** The municipality's live departments among `ids`, or all of them (null), by name. */
    async liveDepartments(ids: string[] | null): Promise<Names> {
      return db
        .select({ id: departments.id, name: departments.name })
        .from(departments)
        .where(and(eq(departments.organisationId, organisationId), isNull(departments.archivedAt), ids ? inArray(departments.id, ids.length ? ids : [organisationId]) : undefined))
        .orderBy(sql`${departments.nameSort} collate "C"`);
    },

    /** Live goals (document items of kind goal) among `ids`. */
    async goals(ids: string[]): Promise<Names> {
      if (ids.length === 0) return [];
      return db
        .select({ id: documentItems.id, name: documentItems.title })
        .from(documentItems)
        .where(and(eq(documentItems.organisationId, organisationId), inArray(documentItems.id, ids), eq(documentItems.kind, 'goal'), isNull(documentItems.archivedAt)));
    },

    /** Capabilities among `ids`: the shared catalogue's and the municipality's own. */
    async capabilities(ids: string[], language: 'sv' | 'en'): Promise<Names> {
      if (ids.length === 0) return [];
      return db
        .select({ id: capabilities.id, name: language === 'en' ? capabilities.nameEn : capabilities.nameSv })
        .from(capabilities)
        .where(and(or(isNull(capabilities.organisationId), eq(capabilities.organisationId, organisationId)), inArray(capabilities.id, ids)));
    },

    /** Live systems of the register among `ids`. */
    async systems(ids: string[]): Promise<Names> {
      if (ids.length === 0) return [];
      return db
        .select({ id: applications.id, name: applications.name })
        .from(applications)
        .where(and(eq(applications.organisationId, organisationId), inArray(applications.id, ids), isNull(applications.archivedAt)));
    },

    /** Live projects among `ids`. */
    async projects(ids: string[]): Promise<Names> {
      if (ids.length === 0) return [];
      return db.select({ id: projects.id, name: projects.name }).from(projects).where(and(eq(projects.organisationId, organisationId), inArray(projects.id, ids), isNull(projects.archivedAt)));
    },

    /** Live acquisitions among `ids`. */
    async acquisitions(ids: string[]): Promise<Names> {
      if (ids.length === 0) return [];
      return db
        .select({ id: acquisitions.id, name: acquisitions.title })
        .from(acquisitions)
        .where(and(eq(acquisitions.organisationId, organisationId), inArray(acquisitions.id, ids), isNull(acquisitions.archivedAt)));
    },

    /**
     * Who leads each department for the plan: the live people whose membership, in that department,
     * has a role granting `itplan.write` for the department (the förvaltningschef preset; roles are data).
     */
    async departmentHeads(departmentIds: string[]) {
      if (departmentIds.length === 0) return [];
      return db
        .select({ personId: people.id, departmentId: memberships.departmentId })
        .from(memberships)
        .innerJoin(roles, and(eq(roles.organisationId, memberships.organisationId), eq(roles.id, memberships.roleId)))
        .innerJoin(people, and(eq(people.organisationId, memberships.organisationId), eq(people.id, memberships.personId)))
        .where(
          and(
            eq(memberships.organisationId, organisationId),
            inArray(memberships.departmentId, departmentIds),
            isNull(people.archivedAt),
            sql`${roles.grants} @> '[{"permission":"itplan.write","scope":"department"}]'::jsonb`,
          ),
        );
    },
  };
}
