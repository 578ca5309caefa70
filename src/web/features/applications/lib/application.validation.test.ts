import { describe, expect, it } from 'vitest';
import { addDays, dateInSweden } from '../../../../shared/dates';
import { validateApplication } from './application.validation';
import { emptyFormValues, type ApplicationFormValues } from './form-values';

const system = (change: Partial<ApplicationFormValues>): ApplicationFormValues => ({ ...emptyFormValues(), name: 'Treserva IFO', ...change });

describe('the system form, checked as the server checks it', () => {
  it('takes a minimal system and names each refused field by its API path', () => {
    expect(validateApplication(system({}), 'sv')).toEqual({});
    expect(
      validateApplication(
        system({
          name: 'x'.repeat(201),
          versions: ['2016', ' '],
          yearlyCost: 'tio tusen',
          contract: { endDate: '2026-02-30', noticeMonths: '', agreementId: '' },
          disruptionTests: [{ testedOn: '', result: 'passed', notes: '' }],
        }),
        'sv',
      ),
    ).toEqual({
      name: 'Får vara högst 200 tecken.',
      'versions.1': 'Fältet måste fyllas i.',
      yearlyCost: 'Måste vara ett tal.',
      'contract.endDate': 'Måste vara ett datum på formen ÅÅÅÅ-MM-DD.',
      'disruptionTests.0.testedOn': 'Måste vara ett datum på formen ÅÅÅÅ-MM-DD.',
    });
  });

  it('refuses a disruption test dated after today, as the server does', () => {
    const today = dateInSweden(new Date());
    const values = system({
      disruptionTests: [
        { testedOn: today, result: 'passed', notes: '' },
        { testedOn: addDays(today, 1), result: 'passed', notes: '' },
      ],
    });
    expect(validateApplication(values, 'sv')).toEqual({ 'disruptionTests.1.testedOn': 'Ett störningstest kan inte dateras efter i dag.' });
    expect(validateApplication(values, 'en')).toEqual({ 'disruptionTests.1.testedOn': 'A disruption test cannot be dated after today.' });
  });
});
