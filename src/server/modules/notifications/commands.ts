import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { type NotificationMessageKey, type NotificationTopic, isNotificationMessageKey, type notificationPreferencesInput } from '../../../shared/notifications.js';
import type { AuthContext } from '../../platform/auth.js';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db.js';
import { AppError, notFound } from '../../platform/errors.js';
import { requirePermission } from '../../platform/permissions.js';
import { auditAs } from '../audit/commands.js';
import { people } from '../organisation/schema.js';
import { notificationRepository } from './repository.js';
import { digestHolds, notificationPreferences, notifications, notificationSettings } from './schema.js';

interface Ctx {
  db: Db;
  clock: Clock;
  auth: AuthContext;
}

/**
 * One notification for one person; see `createNotifications`.
 * @public (for the modules that will create notifications)
 */
export interface NotificationInput {
  /** The person (of the same municipality) whose list it goes into. */
  personId: string;
  topic: NotificationTopic;
  /** A key of `notificationMessages` (src/shared/notifications.ts) of the same topic. */
  messageKey: NotificationMessageKey;
  /** Fill the message's `{{name}}` placeholders; stored, rendered in each reader's language. */
  params?: Record<string, string | number>;
  /** A path in Roder (`/system/<id>`), made absolute with the public address in mail; null: none. */
  link?: string | null;
  /**
   * Unique per person: a notification whose key the person already has is not stored again, so a
   * job may offer the same reminder every run (`attestation:<task id>:14d`).
   */
  dedupeKey: string;
}

/**
 * Puts notifications into people's lists, inside the caller's transaction (`tx`: a command's or a
 * scheduled job's), for one municipality. Skips, without error, any whose (person, dedupeKey) is
 * already stored and any person who is not of this municipality or is archived. Throws on a
 * message key that is not in the catalogue or not of its topic (a programming error). The digest
 * mail picks new ones up at its next run; nothing is mailed here. Answers how many were stored.
 */
export async function createNotifications(tx: Db, organisationId: string, items: readonly NotificationInput[], clock: Clock): Promise<number> {
  if (items.length === 0) return 0;
  for (const item of items) {
    if (!isNotificationMessageKey(item.messageKey) || !item.messageKey.startsWith(`${item.topic}.`)) throw new Error(`Unknown notification message ${item.messageKey} for topic ${item.topic}`);
  }
  const ids = [...new Set(items.map((i) => i.personId))];
  const known = new Set(
    (await tx.select({ id: people.id }).from(people).where(and(eq(people.organisationId, organisationId), inArray(people.id, ids), isNull(people.archivedAt)))).map((r) => r.id),
  );
  const rows = items
    .filter((i) => known.has(i.personId))
    .map((i) => ({
      organisationId,
      personId: i.personId,
      topic: i.topic,
      messageKey: i.messageKey,
      params: i.params ?? {},
      link: i.link ?? null,
      dedupeKey: i.dedupeKey,
      createdAt: clock.now(),
      updatedAt: clock.now(),
    }));
  if (!rows.length) return 0;
  const stored = await tx.insert(notifications).values(rows).onConflictDoNothing().returning({ id: notifications.id });
  return stored.length;
}

/** Marks one of the caller's own notifications read (again: no change). */
export async function markRead(ctx: Ctx, id: string) {
  const repo = notificationRepository(ctx.db, ctx.auth.organisationId);
  if (!(await repo.one(ctx.auth.personId, id))) throw notFound();
  await ctx.db
    .update(notifications)
    .set({ readAt: ctx.clock.now(), updatedAt: ctx.clock.now(), rowVersion: sql`${notifications.rowVersion} + 1` })
    .where(and(eq(notifications.organisationId, ctx.auth.organisationId), eq(notifications.personId, ctx.auth.personId), eq(notifications.id, id), isNull(notifications.readAt)));
}

/** Marks every unread notification of the caller read. */
export async function markAllRead(ctx: Ctx) {
  await ctx.db
    .update(notifications)
    .set({ readAt: ctx.clock.now(), updatedAt: ctx.clock.now(), rowVersion: sql`${notifications.rowVersion} + 1` })
    .where(and(eq(notifications.organisationId, ctx.auth.organisationId), eq(notifications.personId, ctx.auth.personId), isNull(notifications.readAt)));
}

/**
 * Stores the caller's digest choice under the version read (0: never changed, the defaults), audited.
 * Answers the new version.
 */
export async function setPreferences(ctx: Ctx, expectedVersion: number, input: z.infer<typeof notificationPreferencesInput>) {
  const value = { digest: input.digest, optedOut: [...new Set(input.optedOut)].sort() };
  return ctx.db.transaction(async (tx) => {
    const current = await notificationRepository(tx, ctx.auth.organisationId).preferences(ctx.auth.personId);
    const before = current ? { digest: current.digest, optedOut: current.optedOut } : null;
    let version: number;
    if (!current) {
      if (expectedVersion !== 0) throw new AppError(412, 'precondition_failed');
      const inserted = await tx
        .insert(notificationPreferences)
        .values({ organisationId: ctx.auth.organisationId, personId: ctx.auth.personId, ...value, createdAt: ctx.clock.now(), updatedAt: ctx.clock.now() })
        .onConflictDoNothing()
        .returning();
      // Someone (the same person in another tab) stored them first.
      if (!inserted[0]) throw new AppError(412, 'precondition_failed');
      version = inserted[0].rowVersion;
    } else {
      const [row] = await tx
        .update(notificationPreferences)
        .set({ ...value, updatedAt: ctx.clock.now(), rowVersion: sql`${notificationPreferences.rowVersion} + 1` })
        .where(and(eq(notificationPreferences.organisationId, ctx.auth.organisationId), eq(notificationPreferences.id, current.id), eq(notificationPreferences.rowVersion, expectedVersion)))
        .returning();
      if (!row) throw new AppError(412, 'precondition_failed');
      version = row.rowVersion;
    }
    const entityId = (await notificationRepository(tx, ctx.auth.organisationId).preferences(ctx.auth.personId))!.id;
    await auditAs(tx, ctx, 'notification_preferences', entityId, 'update', before, value);
    return version;
  });
}

/** An admin lets a held digest send go: the next digest run sends it, whatever its size. Audited. */
export async function releaseHold(ctx: Ctx, id: string) {
  requirePermission(ctx.auth, 'organisation.manage');
  return ctx.db.transaction(async (tx) => {
    const hold = await notificationRepository(tx, ctx.auth.organisationId).hold(id);
    if (!hold) throw notFound();
    const [row] = await tx
      .update(digestHolds)
      .set({ releasedAt: ctx.clock.now(), releasedBy: ctx.auth.personId, updatedAt: ctx.clock.now(), rowVersion: sql`${digestHolds.rowVersion} + 1` })
      .where(and(eq(digestHolds.organisationId, ctx.auth.organisationId), eq(digestHolds.id, id), isNull(digestHolds.releasedAt)))
      .returning();
    if (!row) throw new AppError(409, 'digest_already_released');
    await auditAs(tx, ctx, 'notification_digest_hold', id, 'release', { releasedAt: null }, { releasedAt: row.releasedAt!.toISOString(), recipients: row.recipients });
  });
}

/**
 * Sets the municipality's own limit for one digest run, under the version read (0: the configured
 * default applies), audited. Answers the new version.
 */
export async function setDigestLimit(ctx: Ctx, expectedVersion: number, digestLimit: number, configured: number) {
  requirePermission(ctx.auth, 'organisation.manage');
  return ctx.db.transaction(async (tx) => {
    const current = await notificationRepository(tx, ctx.auth.organisationId).digestLimit();
    let row;
    if (!current) {
      if (expectedVersion !== 0) throw new AppError(412, 'precondition_failed');
      [row] = await tx
        .insert(notificationSettings)
        .values({ organisationId: ctx.auth.organisationId, digestLimit, createdAt: ctx.clock.now(), updatedAt: ctx.clock.now() })
        .onConflictDoNothing()
        .returning();
    } else {
      [row] = await tx
        .update(notificationSettings)
        .set({ digestLimit, updatedAt: ctx.clock.now(), rowVersion: sql`${notificationSettings.rowVersion} + 1` })
        .where(and(eq(notificationSettings.organisationId, ctx.auth.organisationId), eq(notificationSettings.id, current.id), eq(notificationSettings.rowVersion, expectedVersion)))
        .returning();
    }
    if (!row) throw new AppError(412, 'precondition_failed');
    await auditAs(tx, ctx, 'notification_settings', row.id, 'update', { digestLimit: current?.digestLimit ?? configured }, { digestLimit });
    return row.rowVersion;
  });
}
