import { and, eq, inArray } from 'drizzle-orm';
import { dateInSweden } from '../../../shared/dates.js';
import type { Job } from '../../platform/jobs.js';
import { applications } from '../applications/schema.js';
import { organisations } from '../organisation/schema.js';
import { createNotifications, type NotificationInput } from '../notifications/commands.js';
import { collectDueAttestationReminders } from './commands.js';
import { attestationRounds, attestationTasks } from './schema.js';

const DAY = 24 * 3_600_000;

/**
 * The attestation reminders (issue 12): each morning, every open task of an open round that has
 * waited 14 days (and again at 28) becomes a notification in its owner's list, one per system, and
 * so a line in the owner's next digest mail, never a mail of its own. The job runs once per day
 * across servers (platform/jobs.ts); the tasks' reminder marks and the notifications commit in the
 * job's transaction, so a reminder is given exactly once.
 */
export const attestationReminderJob: Job = {
  name: 'attestation-reminders',
  schedule: { dailyAt: '06:00' },
  async run({ db, clock }) {
    const today = clock.today();
    // Each municipality on its own (every statement is scoped by it); one without an open round finds nothing.
    for (const { id: organisationId } of await db.select({ id: organisations.id }).from(organisations)) {
      const reminders = await collectDueAttestationReminders(db, organisationId, today, clock.now());
      if (!reminders.length) continue;
      const tasks = await db
        .select({ id: attestationTasks.id, system: applications.name, openedAt: attestationRounds.openedAt })
        .from(attestationTasks)
        .innerJoin(applications, and(eq(applications.organisationId, attestationTasks.organisationId), eq(applications.id, attestationTasks.applicationId)))
        .innerJoin(attestationRounds, and(eq(attestationRounds.organisationId, attestationTasks.organisationId), eq(attestationRounds.id, attestationTasks.roundId)))
        .where(and(eq(attestationTasks.organisationId, organisationId), inArray(attestationTasks.id, reminders.flatMap((r) => r.taskIds))));
      const byId = new Map(tasks.map((t) => [t.id, t]));
      const items: NotificationInput[] = reminders.flatMap((reminder) =>
        reminder.taskIds.flatMap((taskId) => {
          const task = byId.get(taskId);
          if (!task) return [];
          const waited = Math.round((Date.parse(today) - Date.parse(dateInSweden(task.openedAt))) / DAY);
          return [
            {
              personId: reminder.personId,
              topic: 'attestation' as const,
              messageKey: reminder.reminder === 'first' ? ('attestation.reminder' as const) : ('attestation.overdue' as const),
              params: { system: task.system, days: waited },
              link: `/attestering/${taskId}`,
              dedupeKey: `attestation:${taskId}:${reminder.reminder}`,
            },
          ];
        }),
      );
      await createNotifications(db, organisationId, items, clock);
    }
  },
};
