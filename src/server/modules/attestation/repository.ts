import { and, asc, desc, eq, isNull, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type Db, queryRows } from '../../platform/db.js';
import { applications, suppliers } from '../applications/schema.js';
import { people } from '../organisation/schema.js';
import { attestationRounds, attestationSettings, attestationTasks } from './schema.js';

/**
 * Whether a confirmed task was undone: the system was edited (any audited change but its creation)
 * after the confirmation by someone other than who confirmed. Read from the audit trail, which
 * every module writes for every change, so no module has to tell this one about its edits.
 */
const droppedSql = sql<boolean>`(${attestationTasks.confirmedAt} is not null and exists (
  select 1 from audit_events e
  where e.organisation_id = ${attestationTasks.organisationId} and e.entity_type = 'application' and e.entity_id = ${attestationTasks.applicationId}
    and e.action <> 'create' and e.occurred_at > ${attestationTasks.confirmedAt} and e.actor_person_id is distinct from ${attestationTasks.confirmedBy}))`;

/** Systems asked about: in the register, not archived and not phased out. */
const inRegister = (a: string) => sql.raw(`${a}.archived_at is null and ${a}.lifecycle <> 'phased_out'`);

export function attestationRepository(db: Db, organisationId: string) {
  const tasksInOrg = eq(attestationTasks.organisationId, organisationId);
  const owner = alias(people, 'owner');
  const manager = alias(people, 'manager');
  const confirmer = alias(people, 'confirmer');
  const opener = alias(people, 'opener');

  const roundColumns = {
    round: attestationRounds,
    openedBy: opener.name,
    taskCount: sql<number>`(select count(*)::int from attestation_tasks t where t.organisation_id = ${organisationId} and t.round_id = attestation_rounds.id)`,
    doneCount: sql<number>`(select count(*)::int from attestation_tasks t where t.organisation_id = ${organisationId} and t.round_id = attestation_rounds.id and t.status <> 'open'
      and not exists (select 1 from audit_events e where e.organisation_id = ${organisationId} and e.entity_type = 'application' and e.entity_id = t.application_id
        and e.action <> 'create' and e.occurred_at > t.confirmed_at and e.actor_person_id is distinct from t.confirmed_by))`,
  };
  const rounds = () =>
    db
      .select(roundColumns)
      .from(attestationRounds)
      .leftJoin(opener, and(eq(opener.organisationId, attestationRounds.organisationId), eq(opener.id, attestationRounds.openedBy)))
      .$dynamic();

  return {
    async settings() {
      const [row] = await db.select().from(attestationSettings).where(eq(attestationSettings.organisationId, organisationId));
      return row ?? null;
    },
    async openRound() {
      const [row] = await rounds().where(and(eq(attestationRounds.organisationId, organisationId), isNull(attestationRounds.closedAt)));
      return row ?? null;
    },
    async lastRound() {
      const [row] = await rounds().where(eq(attestationRounds.organisationId, organisationId)).orderBy(desc(attestationRounds.openedAt)).limit(1);
      return row ?? null;
    },
    async round(id: string) {
      const [row] = await rounds().where(and(eq(attestationRounds.organisationId, organisationId), eq(attestationRounds.id, id)));
      return row ?? null;
    },

    /** A person's tasks in the open round (a closed round takes no answers, so its tasks leave the list). */
    async tasksOf(personId: string) {
      return db
        .select({ task: attestationTasks, dueDate: attestationRounds.dueDate, closedAt: attestationRounds.closedAt, applicationName: applications.name, dropped: droppedSql })
        .from(attestationTasks)
        .innerJoin(attestationRounds, and(eq(attestationRounds.organisationId, attestationTasks.organisationId), eq(attestationRounds.id, attestationTasks.roundId)))
        .innerJoin(applications, and(eq(applications.organisationId, attestationTasks.organisationId), eq(applications.id, attestationTasks.applicationId)))
        .where(and(tasksInOrg, eq(attestationTasks.ownerId, personId), isNull(applications.archivedAt), isNull(attestationRounds.closedAt)))
        .orderBy(asc(sql`${applications.nameSort} collate "C"`));
    },

    /** One task with the system as it stands now: what the task page shows. */
    async task(id: string) {
      const [row] = await db
        .select({
          task: attestationTasks,
          round: attestationRounds,
          dropped: droppedSql,
          ownerName: owner.name,
          confirmedByName: confirmer.name,
          system: applications,
          vendor: suppliers.name,
          systemOwner: sql<string | null>`(select p.name from people p where p.organisation_id = ${organisationId} and p.id = ${applications.ownerId})`,
          managerName: manager.name,
          departments: sql<string[]>`coalesce((select json_agg(d.name order by d.name_sort collate "C") from application_departments ad
            join departments d on d.organisation_id = ad.organisation_id and d.id = ad.department_id
            where ad.organisation_id = ${organisationId} and ad.application_id = ${attestationTasks.applicationId}), '[]'::json)`,
        })
        .from(attestationTasks)
        .innerJoin(attestationRounds, and(eq(attestationRounds.organisationId, attestationTasks.organisationId), eq(attestationRounds.id, attestationTasks.roundId)))
        .innerJoin(applications, and(eq(applications.organisationId, attestationTasks.organisationId), eq(applications.id, attestationTasks.applicationId)))
        .innerJoin(owner, and(eq(owner.organisationId, attestationTasks.organisationId), eq(owner.id, attestationTasks.ownerId)))
        .leftJoin(confirmer, and(eq(confirmer.organisationId, attestationTasks.organisationId), eq(confirmer.id, attestationTasks.confirmedBy)))
        .leftJoin(manager, and(eq(manager.organisationId, applications.organisationId), eq(manager.id, applications.managerId)))
        .leftJoin(suppliers, and(eq(suppliers.organisationId, applications.organisationId), eq(suppliers.id, applications.supplierId)))
        .where(and(tasksInOrg, eq(attestationTasks.id, id), isNull(applications.archivedAt)));
      return row ?? null;
    },

    /** Whether this person changed the system since a moment (the owner correcting it in the round). */
    async editedBySince(applicationId: string, personId: string, since: Date) {
      const rows = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from audit_events e
        where e.organisation_id = ${organisationId} and e.entity_type = 'application' and e.entity_id = ${applicationId}
          and e.action <> 'create' and e.actor_person_id = ${personId} and e.occurred_at >= ${since.toISOString()}::timestamptz`);
      return Number(rows[0]!.n) > 0;
    },

    /**
     * Freshness: per system whether a confirmation after the cutoff still stands, counted for the
     * whole register, per department that uses the system and per owner.
     */
    async freshness(cutoff: Date) {
      const systems = sql`with s as (
        select a.id, a.owner_id, exists (
          select 1 from attestation_tasks t
          where t.organisation_id = ${organisationId} and t.application_id = a.id and t.confirmed_at > ${cutoff.toISOString()}::timestamptz
            and not exists (select 1 from audit_events e where e.organisation_id = ${organisationId} and e.entity_type = 'application' and e.entity_id = a.id
              and e.action <> 'create' and e.occurred_at > t.confirmed_at and e.actor_person_id is distinct from t.confirmed_by)) as confirmed
        from applications a where a.organisation_id = ${organisationId} and ${inRegister('a')})`;
      const [totals] = await queryRows<{ total: number; confirmed: number }>(db, sql`${systems} select count(*)::int as total, (count(*) filter (where confirmed))::int as confirmed from s`);
      const departments = await queryRows<{ id: string; name: string; total: number; confirmed: number }>(
        db,
        sql`${systems} select d.id, d.name, count(*)::int as total, (count(*) filter (where s.confirmed))::int as confirmed from s
          join application_departments ad on ad.organisation_id = ${organisationId} and ad.application_id = s.id
          join departments d on d.organisation_id = ${organisationId} and d.id = ad.department_id
          group by d.id, d.name, d.name_sort order by d.name_sort collate "C"`,
      );
      const owners = await queryRows<{ id: string; name: string; total: number; confirmed: number }>(
        db,
        sql`${systems} select p.id, p.name, count(*)::int as total, (count(*) filter (where s.confirmed))::int as confirmed from s
          join people p on p.organisation_id = ${organisationId} and p.id = s.owner_id
          group by p.id, p.name, p.name_sort order by p.name_sort collate "C"`,
      );
      return { total: Number(totals!.total), confirmed: Number(totals!.confirmed), departments, owners };
    },

    /** The round's tasks not confirmed (or dropped back), for the overdue list. */
    async unconfirmedTasks(roundId: string) {
      return db
        .select({ task: attestationTasks, applicationName: applications.name, ownerName: owner.name, dropped: droppedSql })
        .from(attestationTasks)
        .innerJoin(applications, and(eq(applications.organisationId, attestationTasks.organisationId), eq(applications.id, attestationTasks.applicationId)))
        .innerJoin(owner, and(eq(owner.organisationId, attestationTasks.organisationId), eq(owner.id, attestationTasks.ownerId)))
        .where(and(tasksInOrg, eq(attestationTasks.roundId, roundId), isNull(applications.archivedAt), or(eq(attestationTasks.status, 'open'), droppedSql)))
        .orderBy(asc(sql`${owner.nameSort} collate "C"`), asc(sql`${applications.nameSort} collate "C"`));
    },
  };
}
export type AttestationRepository = ReturnType<typeof attestationRepository>;
