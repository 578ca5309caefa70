import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Language } from '../../../shared/common';
import type { Session } from '../../../shared/organisation';
import { sessionEndpoints as endpoints } from '../../../shared/endpoints/organisation';
import { callEndpoint } from '../../kit/api-client';
import { switchLanguage } from '../../kit/i18n';
import { sessionQueryKey } from '../../kit/session/session-query';
import { rememberSignedOutLanguage } from '../../kit/session/signed-out-language';

/**
 * Signed in, the choice is stored with the person (and wins on every device); signed out, it
 * only switches this browser.
 */
export function useChangeLanguage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (language: Language) => {
      const session = queryClient.getQueryData<Session | null>(sessionQueryKey);
      if (!session) {
        rememberSignedOutLanguage(language);
        await switchLanguage(language);
        return null;
      }
      const updated = await callEndpoint(endpoints.language, { body: { language } });
      await switchLanguage(updated.language);
      return updated;
    },
    onSuccess: async (updated) => {
      if (!updated) return;
      queryClient.setQueryData(sessionQueryKey, updated);
      // Server texts (names of roles and capabilities, messages) follow the language.
      await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
    },
  });
}
