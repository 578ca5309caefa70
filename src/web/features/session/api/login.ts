import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BodyInputOf } from '../../../../shared/endpoint';
import type { Session } from '../../../../shared/organisation';
import { sessionEndpoints as endpoints } from '../../../../shared/endpoints/organisation';
import { callEndpoint } from '../../../kit/api-client';
import { applySession } from '../../../kit/session/apply-session';
import { sessionQueryKey } from '../../../kit/session/session-query';
import { takeSignedOutLanguage } from '../../../kit/session/signed-out-language';

export type LoginInput = BodyInputOf<typeof endpoints.signIn>;

/**
 * Signs in. The request carries the UI's language (Accept-Language), which the session takes
 * when the account has no stored choice. A language picked on the login page that differs from
 * a stored choice is an explicit new choice: it is stored, so it sticks after signing in.
 */
async function login(input: LoginInput): Promise<Session> {
  const session = await callEndpoint(endpoints.signIn, { body: input });
  const picked = takeSignedOutLanguage();
  if (!picked || picked === session.language) return session;
  // The CSRF token of the new session is needed for the PUT.
  await applySession({ ...session, language: picked });
  try {
    return await callEndpoint(endpoints.language, { body: { language: picked } });
  } catch {
    // Signed in all the same; the stored language stays until the person switches in the header.
    return session;
  }
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: async (session) => {
      await applySession(session);
      queryClient.setQueryData(sessionQueryKey, session);
    },
  });
}
