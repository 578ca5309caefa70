import { useMutation } from '@tanstack/react-query';
import type { BodyInputOf } from '../../../../shared/endpoint';
import { sessionEndpoints as endpoints } from '../../../../shared/endpoints/organisation';
import { callEndpoint } from '../../../kit/api-client';

/** The current password and the new one (at least 12 characters). */
export type ChangePasswordInput = BodyInputOf<typeof endpoints.password>;

/** Changes one's own password. This session stays; every other session of the account ends. */
export function useChangePassword() {
  return useMutation({
    mutationFn: (input: ChangePasswordInput) =>
      callEndpoint(endpoints.password, { body: input }),
  });
}
