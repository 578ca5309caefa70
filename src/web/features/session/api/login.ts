import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Session } from '../../../../shared/organisation';
import { apiRequest } from '../../../app/api-client';
import { applySession } from '../../../app/session/apply-session';
import { sessionQueryKey } from '../../../app/session/session-query';
import { takeSignedOutLanguage } from '../../../app/session/signed-out-language';

export interface LoginInput {
  email: string;
  password: string;
}

/**
 * Signs in. The request carries the UI's language (Accept-Language), which the session takes
 * when the account has no stored choice. A language picked on the login page that differs from
 * a stored choice is an explicit new choice: it is stored, so it sticks after signing in.
 */
async function login(input: LoginInput): Promise<Session> {
  const session = await apiRequest<Session>('/session', { method: 'POST', body: input });
  const picked = takeSignedOutLanguage();
  if (!picked || picked === session.language) return session;
  // The CSRF token of the new session is needed for the PUT.
  await applySession({ ...session, language: picked });
  try {
    return await apiRequest<Session>('/session/language', { method: 'PUT', body: { language: picked } });
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
