import { and, asc, eq, inArray, isNull, max, ne, sql } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import type { Language } from '../../../shared/common.js';
import type { DigestFrequency } from '../../../shared/notifications.js';
import type { Clock } from '../../platform/clock.js';
import type { Config } from '../../platform/config.js';
import type { Db } from '../../platform/db.js';
import type { Job } from '../../platform/jobs.js';
import { accounts, memberships, organisations, people } from '../organisation/schema.js';
import { composeDigest, type Digest, groupDigests, guardDecision, type PendingItem, type Recipient } from './rules.js';
import { digestHolds, digestLog, notificationPreferences, notifications, notificationSettings } from './schema.js';

type Send = (mail: { from: string; to: string; subject: string; text: string }) => Promise<unknown>;

/** What one run did, per municipality, for logs and tests. */
interface DigestOutcome {
  organisationId: string;
  sent: number;
  failed: number;
  held: boolean;
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

/** Marks a person's items mailed, logs the digest and sends it, all in a savepoint: a failed send leaves them unmailed. */
async function sendOne(tx: Db, clock: Clock, organisationId: string, digest: Digest, mail: { subject: string; text: string }, from: string, send: Send) {
  await tx.transaction(async (sp) => {
    const ids = digest.items.map((i) => i.id);
    const marked = await sp
      .update(notifications)
      .set({ mailedAt: clock.now() })
      .where(and(eq(notifications.organisationId, organisationId), inArray(notifications.id, ids), isNull(notifications.mailedAt)))
      .returning({ id: notifications.id });
    // Another run mailed them meanwhile: never twice.
    if (marked.length !== ids.length) throw new Error('already mailed');
    await sp.insert(digestLog).values({ organisationId, personId: digest.recipient.personId, sentOn: clock.today(), itemCount: ids.length, createdAt: clock.now(), updatedAt: clock.now() });
    await send({ from, to: digest.recipient.email, ...mail });
  });
}

/**
 * One digest run over every municipality, inside the scheduled job's transaction: one mail per
 * person who is due one, in their language, with only the topics they did not opt out of, each
 * notification mailed once. A municipality whose run would mail more people than its limit is
 * held (nothing sent) until an admin releases it. A mail the SMTP server refuses leaves its
 * notifications unmailed for the next run.
 */
async function runDigests(tx: Db, clock: Clock, config: Config, send: Send, log: (message: string) => void = () => {}): Promise<DigestOutcome[]> {
  const baseUrl = config.publicUrl ?? `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  const outcomes: DigestOutcome[] = [];
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
      outcomes.push({ organisationId: org.id, sent: 0, failed: 0, held: true });
      continue;
    }
    let sent = 0;
    let failed = 0;
    for (const digest of digests) {
      try {
        await sendOne(tx, clock, org.id, digest, composeDigest(digest, org.name, baseUrl), config.mailFrom, send);
        sent++;
      } catch (error) {
        failed++;
        log(`Digest mail to a person of ${org.name} failed and is tried again next run: ${(error as Error).message}`);
      }
    }
    if (decision === 'send_released' && sent > 0) {
      await tx.update(digestHolds).set({ usedAt: clock.now(), updatedAt: clock.now() }).where(and(eq(digestHolds.organisationId, org.id), eq(digestHolds.id, hold!.id)));
    }
    outcomes.push({ organisationId: org.id, sent, failed, held: false });
  }
  return outcomes;
}

/** The scheduled digest run, or none when no mail server is configured (RODER_SMTP_URL). */
export function digestJobs(config: Config, log: (message: string) => void): Job[] {
  if (!config.smtpUrl) return [];
  const transport = nodemailer.createTransport(config.smtpUrl);
  const send: Send = (mail) => transport.sendMail(mail);
  return [
    {
      name: 'notification-digests',
      schedule: { everyMinutes: config.digestEveryMinutes },
      run: async ({ db, clock }) => void (await runDigests(db, clock, config, send, log)),
    },
  ];
}
