import { z } from 'zod';
import { type Language, pageQuery, uuid } from './common.js';

/**
 * What a notification is about. A person may opt out of a topic's mail; their list in Roder still
 * shows it. A new topic is added here, with its messages below and its name in the notifications
 * area's locale files (`topics.<topic>`).
 */
export const notificationTopics = ['attestation', 'handover', 'consultation', 'itplan', 'general'] as const;
const notificationTopic = z.enum(notificationTopics);
export type NotificationTopic = z.infer<typeof notificationTopic>;

type Message = Record<Language, string>;

/**
 * The message catalogue: a notification stores a key and parameters, never text, so each reader
 * gets it in their own language, in the list and in the digest mail. `{{name}}` is replaced by
 * the parameter of that name. Keys are `<topic>.<what>`; another module adds its messages here.
 */
const notificationMessages = {
  'attestation.reminder': {
    sv: 'Bekräfta att uppgifterna om {{system}} stämmer (väntat i {{days}} dagar).',
    en: 'Confirm that the record of {{system}} is correct (waiting for {{days}} days).',
  },
  'attestation.overdue': {
    sv: 'Uppgifterna om {{system}} är inte bekräftade och har väntat i {{days}} dagar.',
    en: 'The record of {{system}} is not confirmed and has waited for {{days}} days.',
  },
  'handover.assigned': {
    sv: '{{count}} poster har lämnats över till dig från {{from}}.',
    en: '{{count}} records have been handed over to you from {{from}}.',
  },
  'consultation.sent': {
    sv: '{{title}} har skickats på remiss till dig. Sista svarsdag: {{date}}.',
    en: '{{title}} has been sent to you for consultation. Last answer date: {{date}}.',
  },
  'itplan.deadline': {
    sv: 'IT-planen för {{department}} i {{round}} är inte inlämnad. Sista dag är {{deadline}}, om {{days}} dagar.',
    en: 'The IT plan of {{department}} in {{round}} is not submitted. The deadline is {{deadline}}, in {{days}} days.',
  },
  'general.message': { sv: '{{text}}', en: '{{text}}' },
  'general.assignment': {
    sv: 'Du har fått uppdraget ”{{title}}” i {{document}}, klart senast {{dueOn}}.',
    en: 'You have been given the assignment “{{title}}” in {{document}}, due {{dueOn}}.',
  },
} satisfies Record<`${NotificationTopic}.${string}`, Message>;
export type NotificationMessageKey = keyof typeof notificationMessages;

export const isNotificationMessageKey = (key: string): key is NotificationMessageKey => Object.hasOwn(notificationMessages, key);

/** A notification's text in a language; a parameter that is missing stays visible as its name. */
export function renderNotification(key: string, params: Record<string, string | number>, language: Language): string {
  const message = isNotificationMessageKey(key) ? notificationMessages[key][language] : key;
  return message.replace(/\{\{(\w+)\}\}/g, (_, name: string) => (params[name] === undefined ? name : String(params[name])));
}

const digestFrequencies = ['daily', 'weekly', 'none'] as const;
const digestFrequency = z.enum(digestFrequencies);
export type DigestFrequency = z.infer<typeof digestFrequency>;

const notificationItem = z.object({
  id: uuid.describe("The notification's id."),
  topic: notificationTopic.describe('What it is about; a topic can be opted out of in the mail.'),
  text: z.string().describe("The message in the reader's language."),
  link: z.string().nullable().describe('Where in Roder it leads: a path such as `/system/…`; null if nowhere.'),
  createdAt: z.string().describe('When it was created (ISO time).'),
  readAt: z.string().nullable().describe('When the person marked it read (ISO time); null while unread.'),
});

export const notificationListQuery = z.object({
  ...pageQuery,
  unread: z.enum(['true', 'false']).optional().describe('`true`: only unread notifications.'),
});

export const notificationList = z.object({
  items: z.array(notificationItem).describe('The page of notifications, newest first.'),
  total: z.number().int().describe('How many there are in all (with the filter).'),
  unread: z.number().int().describe('How many of the person’s notifications are unread.'),
});

export const unreadCount = z.object({ unread: z.number().int().describe('How many of the person’s notifications are unread.') });

export const notificationPreferences = z.object({
  digest: digestFrequency.describe('How often a digest mail is sent: `daily`, `weekly` (Mondays) or `none`.'),
  optedOut: z.array(notificationTopic).describe('Topics left out of the digest mail.'),
  topics: z.array(notificationTopic).describe('Every topic there is, for the choice.'),
  email: z.string().nullable().describe('Where the digest goes: the person’s e-mail address in the register; null if none.'),
  rowVersion: z.number().int().describe('Send back in `If-Match` when changing the preferences (0 before the first change).'),
});

export const notificationPreferencesInput = z.object({
  digest: digestFrequency.describe('How often a digest mail is sent: `daily`, `weekly` (Mondays) or `none`.'),
  optedOut: z.array(notificationTopic).max(notificationTopics.length).describe('Topics to leave out of the digest mail.'),
});

const heldDigest = z.object({
  id: uuid.describe("The held send's id."),
  recipients: z.number().int().describe('How many people the send would mail.'),
  limit: z.number().int().describe('The limit it was above when it was held.'),
  heldAt: z.string().describe('When it was held (ISO time).'),
  releasedAt: z.string().nullable().describe('When an admin released it (ISO time); null while held.'),
  releasedBy: z.string().nullable().describe('Who released it; null while held.'),
});

export const heldDigestList = z.object({
  items: z.array(heldDigest).describe('Held digest sends, newest first.'),
  limit: z.number().int().describe('A digest run that would mail more people than this is held.'),
  limitRowVersion: z.number().int().describe('Send back in `If-Match` when changing the limit (0 while the configured default applies).'),
});

export const digestLimitInput = z.object({
  digestLimit: z.number().int().min(1).max(1_000_000).describe('A digest run that would mail more people of the municipality than this is held for an admin.'),
});
