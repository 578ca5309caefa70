import { describe, expect, it } from 'vitest';
import { validateDecision, validateItem, validateMeeting, validateParticipants } from './council.validation';

const id = '0190a5c4-8f2e-7b3a-9c1d-2e4f6a8b0c1d';

describe("the IT council's forms, checked by the server's schemas", () => {
  it('a meeting needs a body and a day', () => {
    expect(validateMeeting({ body: ' ', meetingDate: '', location: '' }, 'sv')).toEqual({ body: 'Fältet måste fyllas i.', meetingDate: 'Fältet måste fyllas i.' });
    expect(validateMeeting({ body: 'IT-rådet', meetingDate: '2026-13-01', location: '' }, 'en')).toEqual({ meetingDate: 'Must be a date in the form YYYY-MM-DD.' });
    expect(validateMeeting({ body: 'IT-rådet', meetingDate: '2026-06-01', location: 'Sal 3' }, 'sv')).toEqual({});
  });

  it("a matter's title is its own or its subject's name", () => {
    const titleOf = (_kind: string, subjectId: string) => (subjectId === id ? 'Nytt ärendesystem' : '');
    const empty = { title: '', subjectKind: 'project' as const, subjectId: '', background: '' };
    expect(validateItem(titleOf)(empty, 'sv')).toEqual({ title: 'Fältet måste fyllas i.' });
    expect(validateItem(titleOf)({ ...empty, subjectId: id }, 'sv')).toEqual({});
    expect(validateItem(titleOf)({ ...empty, subjectKind: 'other', title: 'Övrigt' }, 'sv')).toEqual({});
  });

  it('a decision needs its text and a day on or after the meeting and not after today, and a registration number of the right form', () => {
    const validate = validateDecision('2026-06-01');
    const decision = { decision: 'approved' as const, decisionText: '', decidedOn: '', diarienummer: ' ' };
    expect(validate(decision, 'sv')).toEqual({ decisionText: 'Fältet måste fyllas i.', decidedOn: 'Fältet måste fyllas i.' });
    const valid = { ...decision, decisionText: 'Godkänns.', decidedOn: '2026-06-01', diarienummer: 'KS 2026/0001' };
    expect(validate(valid, 'sv')).toEqual({});
    expect(validate({ ...valid, decidedOn: '2026-05-31' }, 'sv')).toEqual({ decidedOn: 'Beslutet kan inte dateras före sammanträdet (2026-06-01).' });
    expect(validateDecision('2026-06-01')({ ...valid, decidedOn: '2199-01-01' }, 'en')).toEqual({ decidedOn: 'A decision cannot be dated after today.' });
    expect(validate({ ...valid, diarienummer: 'inget nummer' }, 'sv')).toEqual({ diarienummer: expect.stringContaining('KS 2010/0095') });
  });

  it('attendance: an external needs a name, one chair, one secretary, two adjusters at most, a person once', () => {
    const row = (personId: string, role: 'attendee' | 'chair' | 'secretary' | 'adjuster', name = '') => ({ personId, name, note: '', role });
    expect(validateParticipants({ participants: [row(id, 'chair'), row('', 'adjuster', 'Pekka Määttä'), row('', 'adjuster', 'Sara'), row('', 'secretary', 'Eva')] }, 'sv')).toEqual({});
    expect(
      validateParticipants({ participants: [row(id, 'chair'), row('', 'chair', 'X'), row(id, 'attendee'), row('', 'attendee'), row('', 'adjuster', 'A'), row('', 'adjuster', 'B'), row('', 'adjuster', 'C')] }, 'en'),
    ).toEqual({
      'participants.1.role': 'Only one attendee can chair the meeting.',
      'participants.2.personId': expect.any(String),
      'participants.3.name': expect.any(String),
      'participants.6.role': 'At most two attendees can check the minutes (adjusters).',
    });
  });
});
