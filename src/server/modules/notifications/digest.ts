import { and, asc, eq, inArray, isNull, lte, max, ne, sql } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import type { Language } from '../../../shared/common.js';
import type { DigestFrequency } from '../../../shared/notifications.js';
import type { Clock } from '../../platform/clock.js';
import type { Config } from '../../platform/config.js';
import type { Db } from '../../platform/db.js';
import type { Job } from '../../platform/jobs.js';
import { accounts, memberships, organisations, people } from '../organisation/schema.js';
import { composeDigest, type Digest, groupDigests, guardDecision, type PendingItem, type Recipient } from './rules.js';
import { type DigestMail, digestHolds, digestLog, notificationPreferences, notifications, notificationSettings } from './schema.js';

type Send = (mail: { from: string; to: string; subject: string; text: string }) => Promise<unknown>;

/** What one run's sending did, per municipality. */
interface DigestOutcome {
  organisationId: string;
  sent: number;
  failed: number;
}

async function pendingOf(tx: Db, organisationId: string) {
  const digest = sql<string>`coalesce(${notificationPreferences.digest}, 'daily')`;
  const rows = await tx
    .select({
      id: notifications.id,
      personId: notifications.personId,
      topic: notifications.topic,
      messageKey: notifications.messageKey,
      params: notifications.params,
      link: notifications.link,
      email: people.email,
      frequency: digest,
      optedOut: notificationPreferences.optedOut,
    })
    .from(notifications)
    .innerJoin(people, and(eq(people.organisationId, notifications.organisationId), eq(people.id, notifications.personId)))
    .leftJoin(notificationPreferences, and(eq(notificationPreferences.organisationId, notifications.organisationId), eq(notificationPreferences.personId, notifications.personId)))
    .where(and(eq(notifications.organisationId, organisationId), isNull(notifications.mailedAt), isNull(people.archivedAt), ne(digest, 'none')))
    .orderBy(asc(notifications.createdAt), asc(notifications.id));
  const personIds = [...new Set(rows.map((r) => r.personId))];
  if (!personIds.length) return { items: [] as PendingItem[], recipients: [] as Recipient[] };
  const last = await tx
    .select({ personId: digestLog.personId, sentOn: max(digestLog.sentOn) })
    .from(digestLog)
    .where(and(eq(digestLog.organisationId, organisationId), inArray(digestLog.personId, personIds)))
    .groupBy(digestLog.personId);
  const languages = await tx
    .select({ personId: memberships.personId, language: accounts.language })
    .from(memberships)
    .innerJoin(accounts, eq(accounts.id, memberships.accountId))
    .where(and(eq(memberships.organisationId, organisationId), inArray(memberships.personId, personIds)));
  const lastOf = new Map(last.map((l) => [l.personId, l.sentOn]));
  const languageOf = new Map(languages.map((l) => [l.personId, l.language]));
  const recipients = new Map<string, Recipient>();
  for (const r of rows) {
    if (recipients.has(r.personId)) continue;
    recipients.set(r.personId, {
      personId: r.personId,
      email: r.email,
      language: (languageOf.get(r.personId) === 'en' ? 'en' : 'sv') as Language,
      frequency: r.frequency as DigestFrequency,
      optedOut: r.optedOut ?? [],
      lastSentOn: lastOf.get(r.personId) ?? null,
    });
  }
  return { items: rows as PendingItem[], recipients: [...recipients.values()] };
}

/** How long a server that started a send holds its mail: longer than the transport may take (its timeouts below). */
const LEASE_MS = 15 * 60_000;
const TRANSPORT_TIMEOUTS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 120_000 };
/** Waiting after a failed send: 5 minutes, doubling, at most 6 hours; the mail is never dropped. */
const retryDelayMs = (attempts: number) => Math.min(5 * 60_000 * 2 ** Math.max(0, attempts - 1), 6 * 3_600_000);

/** Puts a person's items into one digest mail: marks them taken and writes the mail to the outbox, in the job's transaction. */
async function composeOne(tx: Db, clock: Clock, organisationId: string, digest: Digest, mail: DigestMail) {
  const ids = digest.items.map((i) => i.id);
  const marked = await tx
    .update(notifications)
    .set({ mailedAt: clock.now() })
    .where(and(eq(notifications.organisationId, organisationId), inArray(notifications.id, ids), isNull(notifications.mailedAt)))
    .returning({ id: notifications.id });
  // The period's row makes a run once, so this cannot happen; never into two mails even so.
  if (marked.length !== ids.length) throw new Error('notifications already in a digest');
  await tx.insert(digestLog).values({
    organisationId,
    personId: digest.recipient.personId,
    sentOn: clock.today(),
    itemCount: ids.length,
    mail,
    nextAttemptAt: clock.now(),
    createdAt: clock.now(),
    updatedAt: clock.now(),
  });
}

/**
 * The digest run's first half, inside the scheduled job's transaction: one mail per person who is
 * due one, in their language, with only the topics they did not opt out of, each notification in
 * one mail, written to the outbox (notification_digests). A municipality whose run would mail
 * more people than its limit is held (nothing composed) until an admin releases it. Nothing here
 * talks to the mail server: a slow one must not hold the transaction (on the embedded database
 * that would stop every other write).
 */
async function composeDigests(tx: Db, clock: Clock, config: Config, log: (message: string) => void): Promise<void> {
  const baseUrl = config.publicUrl ?? `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  for (const org of await tx.select({ id: organisations.id, name: organisations.name }).from(organisations)) {
    const { items, recipients } = await pendingOf(tx, org.id);
    if (!items.length) continue;
    const { digests, skipped } = groupDigests(items, recipients, clock.today());
    if (skipped.length) {
      await tx.update(notifications).set({ mailedAt: clock.now() }).where(and(eq(notifications.organisationId, org.id), inArray(notifications.id, skipped), isNull(notifications.mailedAt)));
    }
    if (!digests.length) continue;
    const [setting] = await tx.select({ limit: notificationSettings.digestLimit }).from(notificationSettings).where(eq(notificationSettings.organisationId, org.id));
    const limit = setting?.limit ?? config.digestLimit;
    const [hold] = await tx
      .select()
      .from(digestHolds)
      .where(and(eq(digestHolds.organisationId, org.id), isNull(digestHolds.usedAt)))
      .orderBy(asc(digestHolds.createdAt))
      .limit(1);
    const decision = guardDecision(digests.length, limit, hold ? { released: hold.releasedAt !== null } : null);
    if (decision === 'hold' || decision === 'still_held') {
      if (decision === 'hold') {
        await tx.insert(digestHolds).values({ organisationId: org.id, recipients: digests.length, limit, createdAt: clock.now(), updatedAt: clock.now() });
        log(`Digest mail to ${digests.length} people in ${org.name} is held: above the limit of ${limit}; an admin releases it.`);
      }
      continue;
    }
    for (const digest of digests) {
      await composeOne(tx, clock, org.id, digest, { to: digest.recipient.email, ...composeDigest(digest, org.name, baseUrl) });
    }
    if (decision === 'send_released') {
      await tx.update(digestHolds).set({ usedAt: clock.now(), updatedAt: clock.now() }).where(and(eq(digestHolds.organisationId, org.id), eq(digestHolds.id, hold!.id)));
    }
  }
}

/**
 * The digest run's second half, after the job's transaction, with no transaction open while the
 * mail server answers: each waiting mail whose time has come (this run's and earlier failed ones)
 * is claimed for a lease in one short transaction, sent, and marked sent in another, so two
 * servers never send the same mail. A refused send waits for a back-off and is tried again; a
 * server that stops between the send and the mark lets the lease run out, and only then may that
 * one mail go twice.
 */
async function sendWaiting(db: Db, clock: Clock, from: string, send: Send, log: (message: string) => void): Promise<DigestOutcome[]> {
  const outcomes: DigestOutcome[] = [];
  for (const org of await db.select({ id: organisations.id, name: organisations.name }).from(organisations)) {
    const due = and(eq(digestLog.organisationId, org.id), isNull(digestLog.sentAt), lte(digestLog.nextAttemptAt, clock.now()));
    const waiting = await db.select({ id: digestLog.id }).from(digestLog).where(due).orderBy(asc(digestLog.createdAt));
    if (!waiting.length) continue;
    let sent = 0;
    let failed = 0;
    for (const { id } of waiting) {
      const [claimed] = await db
        .update(digestLog)
        .set({ attempts: sql`${digestLog.attempts} + 1`, nextAttemptAt: new Date(clock.now().getTime() + LEASE_MS), updatedAt: clock.now() })
        .where(and(due, eq(digestLog.id, id)))
        .returning({ mail: digestLog.mail, attempts: digestLog.attempts });
      // Another server took it meanwhile.
      if (!claimed?.mail) continue;
      try {
        await send({ from, ...claimed.mail });
      } catch (error) {
        failed++;
        await db
          .update(digestLog)
          .set({ nextAttemptAt: new Date(clock.now().getTime() + retryDelayMs(claimed.attempts)), updatedAt: clock.now() })
          .where(and(eq(digestLog.organisationId, org.id), eq(digestLog.id, id), isNull(digestLog.sentAt)));
        log(`Digest mail to a person of ${org.name} failed and is tried again later (attempt ${claimed.attempts}): ${(error as Error).message}`);
        continue;
      }
      await db
        .update(digestLog)
        .set({ sentAt: clock.now(), mail: null, nextAttemptAt: null, updatedAt: clock.now() })
        .where(and(eq(digestLog.organisationId, org.id), eq(digestLog.id, id)));
      sent++;
    }
    outcomes.push({ organisationId: org.id, sent, failed });
  }
  return outcomes;
}

/** The scheduled digest run, or none when no mail server is configured (RODER_SMTP_URL). */
export function digestJobs(config: Config, log: (message: string) => void): Job[] {
  if (!config.smtpUrl) return [];
  const transport = nodemailer.createTransport({ url: config.smtpUrl, ...TRANSPORT_TIMEOUTS });
  const send: Send = (mail) => transport.sendMail(mail);
  return [
    {
      name: 'notification-digests',
      schedule: { everyMinutes: config.digestEveryMinutes },
      run: ({ db, clock }) => composeDigests(db, clock, config, log),
      afterCommit: async ({ db, clock }) => void (await sendWaiting(db, clock, config.mailFrom, send, log)),
    },
  ];
}
