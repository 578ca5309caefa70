import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../app/api-client';

export interface ChangePasswordInput {
  currentPassword: string;
  /** At least 12 characters. */
  newPassword: string;
}

/** Changes one's own password. This session stays; every other session of the account ends. */
export function useChangePassword() {
  return useMutation({
    mutationFn: (input: ChangePasswordInput) =>
      apiRequest<void>('/session/password', { method: 'PUT', body: input }),
  });
}
