import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '../kit/api-error';
import { sessionQueryKey } from '../kit/session/session-query';

/**
 * One client for the app. A 401 from any call but the session's own means the session ended
 * (expired, or signed out in another tab): `onSignedOut` sends the person to the login page.
 */
export function createQueryClient(onSignedOut: () => void): QueryClient {
  const handle = (error: unknown, queryKey?: readonly unknown[]) => {
    if (!isApiError(error) || error.status !== 401) return;
    if (queryKey && queryKey[0] === sessionQueryKey[0]) return;
    onSignedOut();
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => handle(error, query.queryKey) }),
    mutationCache: new MutationCache({ onError: (error) => handle(error) }),
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => {
          // Client errors do not get better by asking again.
          if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
          return failureCount < 2;
        },
      },
    },
  });
}
