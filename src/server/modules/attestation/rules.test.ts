import { describe, expect, it } from 'vitest';
import { canConfirm, confirmationStatus, defaultDueDate, droppedBack, dueReminder, freshCutoff, isConfirmed, isOverdue, share, taskState } from './rules.js';

const owner = 'owner-1';
const other = 'other-2';
const confirmedAt = new Date('2026-03-01T10:00:00Z');

describe('freshness', () => {
  it('counts a confirmation for the interval and no longer', () => {
    const c = { confirmedAt, confirmedBy: owner };
    expect(isConfirmed(c, [], new Date('2027-02-28T10:00:00Z'), 12)).toBe(true);
    expect(isConfirmed(c, [], new Date('2027-03-01T10:00:00Z'), 12)).toBe(false);
    expect(isConfirmed(c, [], new Date('2026-08-31T10:00:00Z'), 6)).toBe(true);
    expect(isConfirmed(c, [], new Date('2026-09-02T10:00:00Z'), 6)).toBe(false);
    expect(freshCutoff(new Date('2026-08-31T10:00:00Z'), 6).toISOString()).toBe('2026-02-28T10:00:00.000Z');
    expect(isConfirmed(null, [], confirmedAt, 12)).toBe(false);
  });

  it('puts the cutoff the interval before now', () => {
    expect(freshCutoff(new Date('2027-03-01T10:00:00Z'), 12).toISOString()).toBe('2026-03-01T10:00:00.000Z');
    expect(freshCutoff(new Date('2027-01-15T00:00:00Z'), 3).toISOString()).toBe('2026-10-15T00:00:00.000Z');
  });

  it('drops back when someone other than the confirming owner edits afterwards', () => {
    const c = { confirmedAt, confirmedBy: owner };
    const later = new Date('2026-03-02T00:00:00Z');
    const earlier = new Date('2026-02-28T00:00:00Z');
    expect(droppedBack(c, [{ at: later, by: other }])).toBe(true);
    expect(droppedBack(c, [{ at: later, by: null }])).toBe(true);
    expect(droppedBack(c, [{ at: later, by: owner }])).toBe(false);
    expect(droppedBack(c, [{ at: earlier, by: other }])).toBe(false);
    expect(isConfirmed(c, [{ at: later, by: other }], later, 12)).toBe(false);
  });

  it('shares: confirmed over total, nothing to confirm counts as all confirmed', () => {
    expect(share(3, 4)).toBe(0.75);
    expect(share(0, 0)).toBe(1);
  });
});

describe('tasks', () => {
  it('says whether a task is open, done, corrected or dropped back', () => {
    expect(taskState('open', false)).toBe('open');
    expect(taskState('confirmed', false)).toBe('confirmed');
    expect(taskState('corrected', false)).toBe('corrected');
    expect(taskState('confirmed', true)).toBe('dropped');
    expect(canConfirm('open')).toBe(true);
    expect(canConfirm('dropped')).toBe(true);
    expect(canConfirm('confirmed')).toBe(false);
    expect(canConfirm('corrected')).toBe(false);
    expect(confirmationStatus(true)).toBe('corrected');
    expect(confirmationStatus(false)).toBe('confirmed');
  });

  it('is overdue only when unconfirmed after the due date', () => {
    expect(isOverdue('open', '2026-03-31', '2026-03-31')).toBe(false);
    expect(isOverdue('open', '2026-03-31', '2026-04-01')).toBe(true);
    expect(isOverdue('dropped', '2026-03-31', '2026-04-01')).toBe(true);
    expect(isOverdue('confirmed', '2026-03-31', '2026-04-01')).toBe(false);
  });

  it('gives a round 30 days by default', () => {
    expect(defaultDueDate('2026-12-15')).toBe('2027-01-14');
  });
});

describe('reminders', () => {
  const task = { status: 'open', openedOn: '2026-03-01', reminded14At: null, reminded28At: null };
  it('gives none before day 14', () => {
    expect(dueReminder(task, '2026-03-01')).toBeNull();
    expect(dueReminder(task, '2026-03-14')).toBeNull();
  });
  it('gives the first on day 14 and the second on day 28, each once', () => {
    expect(dueReminder(task, '2026-03-15')).toBe('first');
    expect(dueReminder({ ...task, reminded14At: confirmedAt }, '2026-03-20')).toBeNull();
    expect(dueReminder({ ...task, reminded14At: confirmedAt }, '2026-03-29')).toBe('second');
    expect(dueReminder({ ...task, reminded14At: confirmedAt, reminded28At: confirmedAt }, '2026-05-01')).toBeNull();
  });
  it('gives only the second to a task first looked at after day 28', () => {
    expect(dueReminder(task, '2026-04-10')).toBe('second');
  });
  it('gives none for a confirmed task', () => {
    expect(dueReminder({ ...task, status: 'confirmed' }, '2026-03-20')).toBeNull();
    expect(dueReminder({ ...task, status: 'corrected' }, '2026-04-20')).toBeNull();
  });
});
