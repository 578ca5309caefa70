import { describe, expect, it } from 'vitest';
import { validateAcquisition } from './acquisition.validation';
import { validateAgreement } from './agreement.validation';
import { validateAnswer } from './answer.validation';
import { emptyAgreement } from './agreement-form-values';
import { emptyAcquisition } from './form-values';
import { validateInstall } from './install.validation';
import { validateWithdraw } from './withdraw.validation';

const id = '0190a5c4-8f2e-7b3a-9c1d-2e4f6a8b0c1d';

describe("the acquisitions forms, checked by the server's schemas", () => {
  it('a need: every required field, by its path, and a value that is not whole kronor as typed', () => {
    expect(validateAcquisition(emptyAcquisition, 'sv')).toEqual({
      title: 'Fältet måste fyllas i.',
      needText: 'Fältet måste fyllas i.',
      capabilityIds: 'Minst ett värde behövs.',
      departmentId: 'Fältet måste fyllas i.',
      estimatedValue: 'Fältet måste fyllas i.',
    });
    const need = { ...emptyAcquisition, title: 'E-arkiv', needText: 'Ett arkiv.', capabilityIds: [id], departmentId: id, estimatedValue: '450 000 kr' };
    expect(validateAcquisition(need, 'sv')).toEqual({});
    expect(validateAcquisition({ ...need, estimatedValue: 'fyra' }, 'sv')).toEqual({ estimatedValue: 'Måste vara ett tal.' });
    expect(validateAcquisition({ ...need, estimatedValue: '450000,5' }, 'en')).toEqual({ estimatedValue: 'Must be a whole number.' });
    expect(validateAcquisition({ ...need, estimatedValue: '-1' }, 'sv')).toEqual({ estimatedValue: 'Måste vara minst 0.' });
    expect(validateAcquisition({ ...need, neededBy: '2027-02-30' }, 'sv')).toEqual({ neededBy: 'Måste vara ett datum på formen ÅÅÅÅ-MM-DD.' });
    // An error on one capability is shown on the multi-select, as the server's is.
    expect(validateAcquisition({ ...need, capabilityIds: [id, 'x'] }, 'sv')).toEqual({ capabilityIds: 'Måste vara ett giltigt id.' });
  });

  it("an agreement: the notice period in whole months up to the schema's bound, and an end before the start in the server's words", () => {
    const agreement = { ...emptyAgreement, name: 'Ramavtal e-arkiv' };
    expect(validateAgreement(emptyAgreement, 'sv')).toEqual({ name: 'Fältet måste fyllas i.' });
    expect(validateAgreement({ ...agreement, noticeMonths: ' 6 ' }, 'sv')).toEqual({});
    expect(validateAgreement({ ...agreement, noticeMonths: 'sex' }, 'sv')).toEqual({ noticeMonths: 'Måste vara ett tal.' });
    expect(validateAgreement({ ...agreement, noticeMonths: '2.5' }, 'sv')).toEqual({ noticeMonths: 'Måste vara ett heltal.' });
    expect(validateAgreement({ ...agreement, noticeMonths: '999' }, 'sv')).toEqual({ noticeMonths: 'Får vara högst 120.' });
    expect(validateAgreement({ ...agreement, startDate: '2027-01-01', endDate: '2026-12-31' }, 'sv')).toEqual({ endDate: 'Kan inte ligga före startdatum.' });
    expect(validateAgreement({ ...agreement, startDate: '2027-01-01', endDate: '2026-12-31' }, 'en')).toEqual({ endDate: 'Cannot be before the start date.' });
    expect(validateAgreement({ ...agreement, startDate: '2026-01-01', endDate: '2026-12-31' }, 'sv')).toEqual({});
  });

  it('an answer: the choice and, after a yes, what covers the need, on the form’s fields', () => {
    const none = { choice: '', targetId: '', comment: '' };
    expect(validateAnswer('internal', none, 'sv')).toEqual({ choice: 'Fältet måste fyllas i.' });
    expect(validateAnswer('prestudy', none, 'sv')).toEqual({ choice: 'Fältet måste fyllas i.' });
    expect(validateAnswer('prestudy', { ...none, choice: 'purchase' }, 'sv')).toEqual({});
    expect(validateAnswer('internal', { ...none, choice: 'no' }, 'sv')).toEqual({});
    expect(validateAnswer('partner', { ...none, choice: 'yes' }, 'sv')).toEqual({ targetId: 'Fältet måste fyllas i.' });
    expect(validateAnswer('agreement', { ...none, choice: 'yes' }, 'en')).toEqual({ targetId: 'This field is required.' });
    expect(validateAnswer('agreement', { ...none, choice: 'yes', targetId: id }, 'sv')).toEqual({});
    expect(validateAnswer('internal', { ...none, choice: 'no', comment: 'x'.repeat(2001) }, 'sv')).toEqual({ comment: 'Får vara högst 2000 tecken.' });
  });

  it('an installation and a withdrawal: their required fields', () => {
    expect(validateInstall({ name: ' ', vendor: '', purchaseKind: '', agreementId: '', installedOn: '' }, 'sv')).toEqual({
      name: 'Fältet måste fyllas i.',
      installedOn: 'Fältet måste fyllas i.',
    });
    expect(validateInstall({ name: 'E-arkivet', vendor: '', purchaseKind: 'one_time_purchase', agreementId: '', installedOn: '2026-05-04' }, 'sv')).toEqual({});
    expect(validateWithdraw({ reason: '  ' }, 'sv')).toEqual({ reason: 'Fältet måste fyllas i.' });
    expect(validateWithdraw({ reason: 'Regionen står för det.' }, 'sv')).toEqual({});
  });
});
