import type { Language } from '../../../shared/common.js';
import { addDays } from '../../../shared/dates.js';
import { type DigestFrequency, renderNotification } from '../../../shared/notifications.js';

/** The Monday of an ISO date's week: weekly digests go at most once per calendar week. */
function mondayOf(isoDate: string): string {
  const weekday = (new Date(`${isoDate}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(isoDate, -weekday);
}

/** Whether a person whose last digest went out on `lastSentOn` is due another one today. */
export function digestDue(frequency: DigestFrequency, lastSentOn: string | null, today: string): boolean {
  if (frequency === 'none') return false;
  if (lastSentOn === null) return true;
  return frequency === 'daily' ? lastSentOn < today : mondayOf(lastSentOn) < mondayOf(today);
}

export interface PendingItem {
  personId: string;
  topic: string;
  messageKey: string;
  params: Record<string, string | number>;
  link: string | null;
  id: string;
}

export interface Recipient {
  personId: string;
  email: string | null;
  language: Language;
  frequency: DigestFrequency;
  optedOut: readonly string[];
  lastSentOn: string | null;
}

export interface Digest {
  recipient: Recipient & { email: string };
  items: PendingItem[];
}

/**
 * One digest per person who is due one, has an address and has something left after the topics
 * they opted out of: never one mail per notification. Items of a topic opted out of are
 * `skipped`: settled without mail, so opting back in later mails nothing old.
 */
export function groupDigests(items: readonly PendingItem[], recipients: readonly Recipient[], today: string): { digests: Digest[]; skipped: string[] } {
  const byPerson = new Map<string, PendingItem[]>();
  for (const item of items) byPerson.set(item.personId, [...(byPerson.get(item.personId) ?? []), item]);
  const digests: Digest[] = [];
  const skipped: string[] = [];
  for (const recipient of recipients) {
    const pending = byPerson.get(recipient.personId) ?? [];
    if (!pending.length || !recipient.email || !digestDue(recipient.frequency, recipient.lastSentOn, today)) continue;
    const wanted = pending.filter((i) => !recipient.optedOut.includes(i.topic));
    skipped.push(...pending.filter((i) => recipient.optedOut.includes(i.topic)).map((i) => i.id));
    if (wanted.length) digests.push({ recipient: { ...recipient, email: recipient.email }, items: wanted });
  }
  return { digests, skipped };
}

/**
 * Whether a run may send: at or under the limit it may; above it only when an admin released a
 * hold that has not been used yet. Otherwise it is held (and a new hold is recorded unless one
 * is already waiting).
 */
export function guardDecision(recipients: number, limit: number, hold: { released: boolean } | null): 'send' | 'send_released' | 'hold' | 'still_held' {
  if (recipients <= limit) return 'send';
  if (!hold) return 'hold';
  return hold.released ? 'send_released' : 'still_held';
}

const words = {
  sv: {
    subject: (n: number, org: string) => `Roder: ${n} ${n === 1 ? 'ny avisering' : 'nya aviseringar'} i ${org}`,
    intro: (org: string) => `Hej! Det här har hänt i Roder (${org}) sedan förra sammanfattningen:`,
    all: 'Alla aviseringar',
    outro: 'Du får det här mejlet enligt dina inställningar för aviseringar. Ändra dem här:',
  },
  en: {
    subject: (n: number, org: string) => `Roder: ${n} new ${n === 1 ? 'notification' : 'notifications'} in ${org}`,
    intro: (org: string) => `Hello! This has happened in Roder (${org}) since the last digest:`,
    all: 'All notifications',
    outro: 'You get this mail by your notification settings. Change them here:',
  },
};

/** The digest mail, plain text, in the person's language, each item with its link. */
export function composeDigest(digest: Digest, municipality: string, baseUrl: string): { subject: string; text: string } {
  const w = words[digest.recipient.language];
  const lines = digest.items.map((i) => {
    const text = renderNotification(i.messageKey, i.params, digest.recipient.language);
    return i.link ? `- ${text}\n  ${baseUrl}${i.link}` : `- ${text}`;
  });
  return {
    subject: w.subject(digest.items.length, municipality),
    text: [w.intro(municipality), '', ...lines, '', `${w.all}: ${baseUrl}/aviseringar`, '', w.outro, `${baseUrl}/aviseringar#installningar`].join('\n'),
  };
}
