import { describe, expect, it } from 'vitest';
import { validateDecision, validateItem, validateMeeting } from './council.validation';

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

  it('a decision needs its text and day', () => {
    const decision = { decision: 'approved' as const, decisionText: '', decidedOn: '', diarienummer: ' ' };
    expect(validateDecision(decision, 'sv')).toEqual({ decisionText: 'Fältet måste fyllas i.', decidedOn: 'Fältet måste fyllas i.' });
    expect(validateDecision({ ...decision, decisionText: 'Godkänns.', decidedOn: '2026-06-01', diarienummer: 'KS 2026/0001' }, 'sv')).toEqual({});
  });
});
