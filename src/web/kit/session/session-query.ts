import { queryOptions } from '@tanstack/react-query';
import type { Session } from '../../../shared/organisation';
import { sessionEndpoints as endpoints } from '../../../shared/endpoints/organisation';
import { callEndpoint } from '../api-client';
import { isApiError } from '../api-error';
import { applySession } from './apply-session';

export const sessionQueryKey = ['session'] as const;

/** The signed-in session, or null when nobody is signed in (401). */
async function fetchSession(): Promise<Session | null> {
  try {
    const session = await callEndpoint(endpoints.get);
    await applySession(session);
    return session;
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      await applySession(null);
      return null;
    }
    throw error;
  }
}

export const sessionQueryOptions = queryOptions({
  queryKey: sessionQueryKey,
  queryFn: fetchSession,
  staleTime: Infinity,
  retry: false,
});
