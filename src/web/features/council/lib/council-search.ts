const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A project on its way to the agenda: from the project page, via the meeting list, to a meeting. */
export interface CouncilSearch {
  projekt?: string;
}

export function validateCouncilSearch(search: Record<string, unknown>): CouncilSearch {
  const value = search.projekt;
  return typeof value === 'string' && UUID.test(value) ? { projekt: value } : {};
}
