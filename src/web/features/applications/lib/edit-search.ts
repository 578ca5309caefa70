export interface EditSearch {
  /** Where to go after saving or cancelling: only the attestation's task pages (a correction returns to its task). */
  tillbaka?: string;
}

export function validateEditSearch(search: Record<string, unknown>): EditSearch {
  const back = search.tillbaka;
  return typeof back === 'string' && /^\/attestering\/[0-9a-f-]{36}$/.test(back) ? { tillbaka: back } : {};
}
