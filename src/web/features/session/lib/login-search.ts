export interface LoginSearch {
  /** Where to go after logging in: the address the person first asked for. */
  redirect?: string;
}

/** Only a path on this site: never another origin (`//evil.example`) and never back to the login page. */
function safeRedirect(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) return undefined;
  if (value.startsWith('/logga-in') || value.includes('\\')) return undefined;
  return value;
}

export function validateLoginSearch(search: Record<string, unknown>): LoginSearch {
  const redirect = safeRedirect(search.redirect);
  return redirect ? { redirect } : {};
}
