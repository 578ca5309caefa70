/** The register's filters and page, kept in the address so a filtered list can be linked. */
export interface EserviceListSearch {
  q?: string;
  step?: '1' | '2' | '3' | '4';
  candidate?: 'true' | 'false';
  page?: number;
}

export const ESERVICE_PAGE_SIZE = 25;
export const ESERVICE_FILTER_KEYS = ['q', 'step', 'candidate'] as const satisfies readonly (keyof EserviceListSearch)[];

const definedOnly = <T extends object>(value: T): T => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

/** Unknown or malformed values are dropped rather than sent on, so an old link still opens. */
export function validateEserviceListSearch(search: Record<string, unknown>): EserviceListSearch {
  const step = String(search.step);
  const page = Number(search.page);
  return definedOnly({
    q: typeof search.q === 'string' && search.q.trim() ? search.q.slice(0, 200) : undefined,
    step: ['1', '2', '3', '4'].includes(step) ? (step as EserviceListSearch['step']) : undefined,
    candidate: search.candidate === 'true' || search.candidate === true ? 'true' : search.candidate === 'false' || search.candidate === false ? 'false' : undefined,
    page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : undefined,
  });
}
