import { sql } from 'drizzle-orm';
import { systemClock } from '../../src/server/platform/clock.js';
import { type Db, queryRows } from '../../src/server/platform/db.js';
import { createNotifications } from '../../src/server/modules/notifications/commands.js';

/** The notifications the browser test reads: two reminders in the demo admin's list (no module creates them yet). */
export async function seedE2eNotifications(db: Db) {
  const [admin] = await queryRows<{ id: string; organisation_id: string }>(db, sql`select id, organisation_id from people where email = 'admin@roder.example'`);
  if (!admin) return;
  await db.transaction((tx) =>
    createNotifications(
      tx,
      admin.organisation_id,
      [
        { personId: admin.id, topic: 'attestation', messageKey: 'attestation.reminder', params: { system: 'Procapita', days: 14 }, link: '/system', dedupeKey: 'e2e:1' },
        { personId: admin.id, topic: 'handover', messageKey: 'handover.assigned', params: { count: 3, from: 'Olle Slutat' }, link: null, dedupeKey: 'e2e:2' },
      ],
      systemClock,
    ),
  );
}
