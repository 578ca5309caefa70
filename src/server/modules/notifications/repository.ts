import { and, count, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../platform/db.js';
import { people } from '../organisation/schema.js';
import { digestHolds, notificationPreferences, notifications, notificationSettings } from './schema.js';

/** One municipality's notifications, preferences and held digest sends. */
export function notificationRepository(db: Db, organisationId: string) {
  const inOrg = eq(notifications.organisationId, organisationId);
  return {
    async list(personId: string, options: { page: number; pageSize: number; unreadOnly: boolean }) {
      const where = and(inOrg, eq(notifications.personId, personId), options.unreadOnly ? isNull(notifications.readAt) : undefined);
      const rows = await db
        .select()
        .from(notifications)
        .where(where)
        .orderBy(desc(notifications.createdAt), desc(notifications.id))
        .limit(options.pageSize)
        .offset((options.page - 1) * options.pageSize);
      const [total] = await db.select({ n: count() }).from(notifications).where(where);
      return { rows, total: total!.n };
    },
    async unread(personId: string) {
      const [row] = await db.select({ n: count() }).from(notifications).where(and(inOrg, eq(notifications.personId, personId), isNull(notifications.readAt)));
      return row!.n;
    },
    async one(personId: string, id: string) {
      const [row] = await db.select().from(notifications).where(and(inOrg, eq(notifications.personId, personId), eq(notifications.id, id)));
      return row ?? null;
    },
    async preferences(personId: string) {
      const [row] = await db
        .select()
        .from(notificationPreferences)
        .where(and(eq(notificationPreferences.organisationId, organisationId), eq(notificationPreferences.personId, personId)));
      return row ?? null;
    },
    async email(personId: string) {
      const [row] = await db.select({ email: people.email }).from(people).where(and(eq(people.organisationId, organisationId), eq(people.id, personId)));
      return row?.email ?? null;
    },
    async holds() {
      return db
        .select({ hold: digestHolds, releasedByName: people.name })
        .from(digestHolds)
        .leftJoin(people, and(eq(people.organisationId, digestHolds.organisationId), eq(people.id, digestHolds.releasedBy)))
        .where(eq(digestHolds.organisationId, organisationId))
        .orderBy(desc(digestHolds.createdAt))
        .limit(50);
    },
    async hold(id: string) {
      const [row] = await db.select().from(digestHolds).where(and(eq(digestHolds.organisationId, organisationId), eq(digestHolds.id, id)));
      return row ?? null;
    },
    /** The municipality's own limit for a digest run, or null for the configured default. */
    async digestLimit() {
      const [row] = await db.select().from(notificationSettings).where(eq(notificationSettings.organisationId, organisationId));
      return row ?? null;
    },
  };
}
