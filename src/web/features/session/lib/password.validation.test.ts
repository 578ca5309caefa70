import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { validatePasswordForm } from './password.validation';

const t = ((key: string) => key) as unknown as TFunction;

describe('the password form, checked as the server checks it', () => {
  it('names an empty current password and a short new one in the server’s words, and a repeat that differs', () => {
    expect(validatePasswordForm({ currentPassword: 'gammalt-lösenord', newPassword: 'ett långt nytt lösenord', repeatPassword: 'ett långt nytt lösenord' }, 'sv', t)).toEqual({});
    expect(validatePasswordForm({ currentPassword: '', newPassword: 'kort', repeatPassword: 'kort!' }, 'sv', t)).toEqual({
      currentPassword: 'Fältet måste fyllas i.',
      newPassword: 'Måste vara minst 12 tecken.',
      repeatPassword: 'session.password.mismatch',
    });
  });
});
