import { describe, expect, it } from 'vitest';
import { composeDigest, digestDue, groupDigests, guardDecision, type PendingItem, type Recipient } from './rules.js';

const item = (personId: string, id: string, topic = 'attestation'): PendingItem => ({
  id,
  personId,
  topic,
  messageKey: topic === 'attestation' ? 'attestation.reminder' : 'handover.assigned',
  params: { system: `System ${id}`, days: 14, count: 3, from: 'Ola' },
  link: `/system/${id}`,
});
const person = (personId: string, overrides: Partial<Recipient> = {}): Recipient => ({
  personId,
  email: `${personId}@kommun.example`,
  language: 'sv',
  frequency: 'daily',
  optedOut: [],
  lastSentOn: null,
  ...overrides,
});

describe('digestDue', () => {
  it('daily: once per date', () => {
    expect(digestDue('daily', null, '2026-03-04')).toBe(true);
    expect(digestDue('daily', '2026-03-04', '2026-03-04')).toBe(false);
    expect(digestDue('daily', '2026-03-03', '2026-03-04')).toBe(true);
  });
  it('weekly: once per calendar week, Monday to Sunday', () => {
    // 2026-03-02 is a Monday.
    expect(digestDue('weekly', '2026-03-02', '2026-03-08')).toBe(false);
    expect(digestDue('weekly', '2026-03-08', '2026-03-09')).toBe(true);
    expect(digestDue('weekly', null, '2026-03-05')).toBe(true);
  });
  it('none: never', () => {
    expect(digestDue('none', null, '2026-03-04')).toBe(false);
  });
});

describe('groupDigests', () => {
  it('one digest per person with all their items, never one per item', () => {
    const { digests } = groupDigests([item('a', '1'), item('b', '2'), item('a', '3')], [person('a'), person('b')], '2026-03-04');
    expect(digests.map((d) => [d.recipient.personId, d.items.map((i) => i.id)])).toEqual([
      ['a', ['1', '3']],
      ['b', ['2']],
    ]);
  });
  it('leaves out opted-out topics (settled as skipped), people without an address and people not due', () => {
    const { digests, skipped } = groupDigests(
      [item('a', '1'), item('a', '2', 'handover'), item('b', '3'), item('c', '4'), item('d', '5', 'handover')],
      [person('a', { optedOut: ['handover'] }), person('b', { email: null }), person('c', { lastSentOn: '2026-03-04' }), person('d', { optedOut: ['handover'] })],
      '2026-03-04',
    );
    expect(digests.map((d) => [d.recipient.personId, d.items.map((i) => i.id)])).toEqual([['a', ['1']]]);
    expect(skipped.sort()).toEqual(['2', '5']);
  });
});

describe('guardDecision', () => {
  it('sends at or under the limit, holds above it until released, then sends once', () => {
    expect(guardDecision(200, 200, null)).toBe('send');
    expect(guardDecision(201, 200, null)).toBe('hold');
    expect(guardDecision(201, 200, { released: false })).toBe('still_held');
    expect(guardDecision(500, 200, { released: true })).toBe('send_released');
  });
});

describe('composeDigest', () => {
  it('is in the person’s language, counts the items and links each one', () => {
    const digest = { recipient: { ...person('a', { language: 'en' as const }), email: 'a@kommun.example' }, items: [item('a', '1'), item('a', '2', 'handover')] };
    const mail = composeDigest(digest, 'Mjölby kommun', 'https://roder.mjolby.se');
    expect(mail.subject).toBe('Roder: 2 new notifications in Mjölby kommun');
    expect(mail.text).toContain('- Confirm that the record of System 1 is correct (waiting for 14 days).\n  https://roder.mjolby.se/system/1');
    expect(mail.text).toContain('3 records have been handed over to you from Ola.');
    expect(mail.text).toContain('https://roder.mjolby.se/aviseringar');
    const swedish = composeDigest({ ...digest, recipient: { ...digest.recipient, language: 'sv' }, items: [item('a', '1')] }, 'Mjölby kommun', 'https://x');
    expect(swedish.subject).toBe('Roder: 1 ny avisering i Mjölby kommun');
  });
});
