import { describe, expect, it } from 'vitest';
import { emptyPersonValues, type PersonFormValues } from './person-form-values';
import { validatePerson } from './person.validation';

const person = (change: Partial<PersonFormValues>): PersonFormValues => ({ ...emptyPersonValues(), name: 'Karin Berg', ...change });
const newLogin = { hadLogin: false, needsDepartment: false };

describe('the person form, checked as the server checks it', () => {
  it('takes a person without a login, and names what the schema refuses in the server’s words', () => {
    expect(validatePerson(person({}), 'sv', newLogin)).toEqual({});
    expect(validatePerson(person({ name: '  ', email: 'karin.berg' }), 'sv', newLogin)).toEqual({
      name: 'Fältet måste fyllas i.',
      email: 'Måste vara en giltig e-postadress.',
    });
  });

  it('asks a login for an e-mail address and, for a role within a department, a department', () => {
    const chief = { hadLogin: false, needsDepartment: true };
    expect(validatePerson(person({ roleKey: 'forvaltningschef' }), 'en', chief)).toEqual({
      email: 'This field is required.',
      departmentId: 'The role works within a department: choose one.',
    });
  });

  it('checks a first password only where it is sent: with a new login', () => {
    const short = person({ email: 'karin@roder.se', roleKey: 'admin', initialPassword: 'kort' });
    expect(validatePerson(short, 'sv', newLogin)).toEqual({ initialPassword: 'Måste vara minst 12 tecken.' });
    expect(validatePerson(short, 'sv', { hadLogin: true, needsDepartment: false })).toEqual({});
  });
});
