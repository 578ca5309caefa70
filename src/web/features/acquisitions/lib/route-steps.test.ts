import { describe, expect, it } from 'vitest';
import type { AnswerView } from '../api/types';
import { parseKronor } from './form-values';
import { validateAcquisitionListSearch } from './list-search';
import { answersInForce, reachedIndex, routeSteps } from './route-steps';

const answer = (step: AnswerView['step'], at: string, extra: Partial<AnswerView> = {}): AnswerView => ({
  id: `${step}-${at}`,
  step,
  covered: false,
  result: null,
  system: null,
  agreement: null,
  comment: '',
  answeredAt: at,
  answeredByName: 'Anna',
  superseded: false,
  ...extra,
});

describe('routeSteps', () => {
  it('stops a withdrawn need after its last answer', () => {
    const steps = routeSteps({ step: null, outcome: 'withdrawn', answers: [answer('internal', '2026-01-01T10:00:00Z')] });
    expect(steps.map((s) => s.state)).toEqual(['answered', 'skipped', 'skipped', 'skipped', 'skipped']);
  });

  it('asks the first question of a new need and leaves the rest waiting', () => {
    const steps = routeSteps({ step: 'internal', outcome: null, answers: [] });
    expect(steps.map((s) => s.state)).toEqual(['current', 'pending', 'pending', 'pending', 'pending']);
    expect(reachedIndex(steps)).toBe(0);
  });

  it('shows the answered steps and the worked-out procedure once the route has ended in one', () => {
    const answers = [
      answer('internal', '2026-01-01T10:00:00Z'),
      answer('partner', '2026-01-01T10:01:00Z'),
      answer('prestudy', '2026-01-01T10:02:00Z', { covered: null, result: 'purchase' }),
      answer('agreement', '2026-01-01T10:03:00Z'),
    ];
    const steps = routeSteps({ step: null, outcome: 'direct_procurement', answers });
    expect(steps.map((s) => s.state)).toEqual(['answered', 'answered', 'answered', 'answered', 'outcome']);
    expect(reachedIndex(steps)).toBe(4);
  });

  it('marks the steps after an early outcome as not needed', () => {
    const steps = routeSteps({ step: null, outcome: 'use_internal', answers: [answer('internal', '2026-01-01T10:00:00Z', { covered: true })] });
    expect(steps.map((s) => s.state)).toEqual(['answered', 'skipped', 'skipped', 'skipped', 'skipped']);
  });

  it('ignores replaced answers and asks again from the revised step', () => {
    const answers = [
      answer('internal', '2026-01-01T10:00:00Z', { superseded: true }),
      answer('partner', '2026-01-01T10:01:00Z', { superseded: true }),
      answer('internal', '2026-01-02T09:00:00Z'),
    ];
    expect(answersInForce(answers).get('internal')?.answeredAt).toBe('2026-01-02T09:00:00Z');
    expect(answersInForce(answers).has('partner')).toBe(false);
    expect(routeSteps({ step: 'partner', outcome: null, answers }).map((s) => s.state)).toEqual(['answered', 'current', 'pending', 'pending', 'pending']);
  });

  it('says the route cannot go on when no step is asked and no outcome reached', () => {
    const answers = ['internal', 'partner', 'agreement'].map((step, i) => answer(step as AnswerView['step'], `2026-01-01T10:0${i}:00Z`));
    answers.splice(2, 0, answer('prestudy', '2026-01-01T10:01:30Z', { result: 'purchase' }));
    expect(routeSteps({ step: null, outcome: null, answers }).at(-1)?.state).toBe('stopped');
  });
});

describe('acquisition form and list helpers', () => {
  it('reads kronor typed with spaces and a unit', () => {
    expect(parseKronor('450 000')).toBe(450_000);
    expect(parseKronor('1\u00a0200\u00a0000 kr')).toBe(1_200_000);
    expect(parseKronor('')).toBeNaN();
  });

  it('drops unknown filter values so an old link still opens', () => {
    expect(validateAcquisitionListSearch({ step: 'partner', outcome: 'bogus', departmentId: 'x', page: '2' })).toEqual({ step: 'partner', page: 2 });
  });
});
