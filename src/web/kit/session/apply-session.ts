import type { Session } from '../../../shared/organisation';
import { setCsrfToken } from '../api-client';
import { switchLanguage } from '../i18n';

/** A session's stored language wins over the device's choice (DECISIONS.md 16). */
export async function applySession(session: Session | null): Promise<void> {
  setCsrfToken(session?.csrfToken ?? null);
  if (session) await switchLanguage(session.language);
}
