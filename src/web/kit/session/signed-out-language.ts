import type { Language } from '../../../shared/common';

/**
 * A language the person picked while signed out (on the login page), kept until they sign in.
 * The login sends it as Accept-Language, which the server uses until the account has a stored
 * choice; where a stored choice differs, the new explicit pick is stored, so it sticks.
 */
let picked: Language | null = null;

export function rememberSignedOutLanguage(language: Language): void {
  picked = language;
}

/** The pick, once: reading it forgets it. */
export function takeSignedOutLanguage(): Language | null {
  const language = picked;
  picked = null;
  return language;
}
