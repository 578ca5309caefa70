import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Session } from '../../../../shared/organisation';
import { apiRequest } from '../../../app/api-client';
import { applySession } from '../../../app/session/apply-session';
import { sessionQueryKey } from '../../../app/session/session-query';

export interface LoginInput {
  email: string;
  password: string;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LoginInput) => apiRequest<Session>('/session', { method: 'POST', body: input }),
    onSuccess: async (session) => {
      await applySession(session);
      queryClient.setQueryData(sessionQueryKey, session);
    },
  });
}
