const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A new KPI is added to a goal of a document: both come in the address from the follow-up page. */
export interface KpiCreateSearch {
  document?: string;
  goal?: string;
}

export function validateKpiCreateSearch(search: Record<string, unknown>): KpiCreateSearch {
  const uuid = (value: unknown) => (typeof value === 'string' && UUID.test(value) ? value : undefined);
  const result = { document: uuid(search.document), goal: uuid(search.goal) };
  return Object.fromEntries(Object.entries(result).filter(([, v]) => v !== undefined)) as KpiCreateSearch;
}
