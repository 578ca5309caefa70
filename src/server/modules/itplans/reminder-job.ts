import { and, eq, inArray, isNull, ne } from 'drizzle-orm';
import type { Grant } from '../../../shared/organisation.js';
import type { Job } from '../../platform/jobs.js';
import { createNotifications, type NotificationInput } from '../notifications/commands.js';
import { departments, memberships, organisations, people, roles } from '../organisation/schema.js';
import { departmentPlans, planRounds } from './schema.js';

const DAY = 24 * 3_600_000;

/** The reminders before a round's deadline: 14 and 3 days before, each given once. */
const reminderDays = [14, 3] as const;

/**
 * Which reminder is due with `daysLeft` to the deadline: the 3-day one from three days before up to
 * the deadline itself, the 14-day one from fourteen days before; none before that or once it is past.
 * A day the scheduler missed is made up the next run (the notification's dedupe key keeps it once).
 */
export function dueReminder(daysLeft: number): (typeof reminderDays)[number] | null {
  if (daysLeft < 0) return null;
  return reminderDays.findLast((d) => daysLeft <= d) ?? null;
}

/** Whole days from `today` to `deadline` (both YYYY-MM-DD). */
const daysBetween = (today: string, deadline: string) => Math.round((Date.parse(deadline) - Date.parse(today)) / DAY);

/** Writes a department's plan: a role granting `itplan.write` for the own department (the preset förvaltningschef). */
const writesOwnPlan = (grants: Grant[]) => grants.some((g) => g.permission === 'itplan.write' && g.scope === 'department');

/**
 * The IT-plan reminders (issue 14, item 1): each morning, for every open round, the head(s) of each
 * department whose plan is not submitted get a notification 14 and 3 days before the deadline, one
 * per plan and reminder (dedupe key `itplan:<plan id>:<days>d`), linking to the plan; the digest
 * mail carries it. The plan's `reminded_at` marks the last reminder. A department without a head
 * gets none (the round's progress shows it to the strategist).
 */
export const itplanReminderJob: Job = {
  name: 'itplan-reminders',
  schedule: { dailyAt: '06:00' },
  async run({ db, clock }) {
    const today = clock.today();
    for (const { id: organisationId } of await db.select({ id: organisations.id }).from(organisations)) {
      const rounds = (
        await db
          .select({ id: planRounds.id, title: planRounds.title, deadline: planRounds.deadline })
          .from(planRounds)
          .where(and(eq(planRounds.organisationId, organisationId), eq(planRounds.status, 'open'), isNull(planRounds.archivedAt)))
      ).flatMap((r) => {
        const daysLeft = daysBetween(today, r.deadline);
        const reminder = dueReminder(daysLeft);
        return reminder === null ? [] : [{ ...r, daysLeft, reminder }];
      });
      if (!rounds.length) continue;
      const plans = await db
        .select({ id: departmentPlans.id, roundId: departmentPlans.roundId, departmentId: departmentPlans.departmentId, department: departments.name })
        .from(departmentPlans)
        .innerJoin(departments, and(eq(departments.organisationId, departmentPlans.organisationId), eq(departments.id, departmentPlans.departmentId)))
        .where(
          and(
            eq(departmentPlans.organisationId, organisationId),
            inArray(departmentPlans.roundId, rounds.map((r) => r.id)),
            ne(departmentPlans.status, 'submitted'),
            isNull(departments.archivedAt),
          ),
        );
      if (!plans.length) continue;
      const heads = (
        await db
          .select({ personId: memberships.personId, departmentId: memberships.departmentId, grants: roles.grants })
          .from(memberships)
          .innerJoin(roles, and(eq(roles.organisationId, memberships.organisationId), eq(roles.id, memberships.roleId)))
          .innerJoin(people, and(eq(people.organisationId, memberships.organisationId), eq(people.id, memberships.personId)))
          .where(and(eq(memberships.organisationId, organisationId), inArray(memberships.departmentId, [...new Set(plans.map((p) => p.departmentId))]), isNull(people.archivedAt)))
      ).filter((h) => writesOwnPlan(h.grants));
      const byRound = new Map(rounds.map((r) => [r.id, r]));
      for (const plan of plans) {
        const round = byRound.get(plan.roundId)!;
        const items: NotificationInput[] = heads
          .filter((h) => h.departmentId === plan.departmentId)
          .map((h) => ({
            personId: h.personId,
            topic: 'itplan' as const,
            messageKey: 'itplan.deadline' as const,
            params: { department: plan.department, round: round.title, deadline: round.deadline, days: round.daysLeft },
            link: `/it-planer/planer/${plan.id}`,
            dedupeKey: `itplan:${plan.id}:${round.reminder}d`,
          }));
        // Marked only when a reminder was new: the same one offered again the next days is not stored.
        if (!(await createNotifications(db, organisationId, items, clock))) continue;
        await db.update(departmentPlans).set({ remindedAt: clock.now() }).where(and(eq(departmentPlans.organisationId, organisationId), eq(departmentPlans.id, plan.id)));
      }
    }
  },
};
