import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { sessionEndpoints as endpoints } from '../../../shared/endpoints/organisation';
import { callEndpoint } from '../../kit/api-client';
import { applySession } from '../../kit/session/apply-session';
import { sessionQueryKey } from '../../kit/session/session-query';

export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => callEndpoint(endpoints.signOut),
    onSuccess: async () => {
      await applySession(null);
      // Nothing the previous person saw may stay in the cache.
      queryClient.clear();
      queryClient.setQueryData(sessionQueryKey, null);
      await navigate({ to: '/logga-in' });
    },
  });
}
