import { useQuery } from '@tanstack/react-query';
import type { Session } from '../../../shared/organisation';
import { sessionQueryOptions } from './session-query';

/** The current session; null when signed out, undefined while it is first read. */
export function useSession(): Session | null | undefined {
  return useQuery(sessionQueryOptions).data;
}
