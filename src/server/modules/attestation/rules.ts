import { addDays, addMonths } from '../../../shared/dates.js';

/**
 * The attestation's rules, without I/O: when a confirmation is fresh, when it has been undone by
 * someone else's edit, and which reminder an open task is due. Times come from the caller's clock.
 */

/** A round's due date when the admin names none. */
const DEFAULT_ROUND_DAYS = 30;
/** Reminders go out this many days after the round opened (the issue: 14 and 28). */
const REMINDER_DAYS = { first: 14, second: 28 } as const;
export type ReminderKind = keyof typeof REMINDER_DAYS;

export function defaultDueDate(today: string): string {
  return addDays(today, DEFAULT_ROUND_DAYS);
}

/**
 * The oldest moment a confirmation still counts from: the interval before now. A confirmation
 * given after it is fresh; the SQL of the freshness report compares with the same moment.
 */
export function freshCutoff(now: Date, intervalMonths: number): Date {
  // Clamped to the month's end (31 August less six months is 28 February, not 3 March).
  const iso = now.toISOString();
  return new Date(addMonths(iso.slice(0, 10), -intervalMonths) + iso.slice(10));
}

export interface Confirmation {
  confirmedAt: Date;
  confirmedBy: string | null;
}

/**
 * Whether a system's last confirmation still stands: it is within the interval and nobody but the
 * confirming owner has edited the system since (the owner's own correction does not undo it).
 */
export function isConfirmed(confirmation: Confirmation | null, editsSince: { at: Date; by: string | null }[], now: Date, intervalMonths: number): boolean {
  if (!confirmation) return false;
  if (confirmation.confirmedAt.getTime() <= freshCutoff(now, intervalMonths).getTime()) return false;
  return !droppedBack(confirmation, editsSince);
}

/** An edit after the confirmation by someone other than who confirmed drops the system back. */
export function droppedBack(confirmation: Confirmation, edits: { at: Date; by: string | null }[]): boolean {
  return edits.some((e) => e.at.getTime() > confirmation.confirmedAt.getTime() && e.by !== confirmation.confirmedBy);
}

/** How a task looks to its owner: done, still to do, or done but undone by someone else's edit. */
export type TaskState = 'open' | 'confirmed' | 'corrected' | 'dropped';
export function taskState(status: string, dropped: boolean): TaskState {
  if (status === 'open') return 'open';
  if (dropped) return 'dropped';
  return status === 'corrected' ? 'corrected' : 'confirmed';
}

/** A task may be confirmed while it is open or after someone else's edit dropped it back. */
export function canConfirm(state: TaskState): boolean {
  return state === 'open' || state === 'dropped';
}

/**
 * Confirming records "corrected" when the owner changed the system between the round opening and
 * the confirmation, so the IT strategist sees which records were wrong.
 */
export function confirmationStatus(ownerEditedSinceOpen: boolean): 'confirmed' | 'corrected' {
  return ownerEditedSinceOpen ? 'corrected' : 'confirmed';
}

export interface ReminderTask {
  status: string;
  openedOn: string;
  reminded14At: Date | null;
  reminded28At: Date | null;
}

/**
 * The reminder an open task is due today, each given once: the second after 28 days, the first
 * after 14 (a task first seen after day 28 gets only the second, not two at once).
 */
export function dueReminder(task: ReminderTask, today: string): ReminderKind | null {
  if (task.status !== 'open') return null;
  if (today >= addDays(task.openedOn, REMINDER_DAYS.second)) return task.reminded28At ? null : 'second';
  if (today >= addDays(task.openedOn, REMINDER_DAYS.first)) return task.reminded14At ? null : 'first';
  return null;
}

/** The share confirmed, 0–1; an owner or department with no systems counts as fully confirmed. */
export function share(confirmed: number, total: number): number {
  return total === 0 ? 1 : confirmed / total;
}

/** Overdue: still not confirmed after the round's due date. */
export function isOverdue(state: TaskState, dueDate: string, today: string): boolean {
  return (state === 'open' || state === 'dropped') && today > dueDate;
}
