import { acquisitionOutcomes, acquisitionStates, acquisitionSteps, type AcquisitionOutcome, type AcquisitionStep } from './enums';

/** The list's filters and page, kept in the address so a filtered list can be linked. */
export interface AcquisitionListSearch {
  q?: string;
  step?: AcquisitionStep;
  outcome?: AcquisitionOutcome;
  state?: (typeof acquisitionStates)[number];
  departmentId?: string;
  page?: number;
}

export const PAGE_SIZE = 25;
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function oneOf<T extends string>(values: readonly T[], value: unknown): T | undefined {
  return typeof value === 'string' && (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

export function validPage(value: unknown): number | undefined {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : undefined;
}

export function definedOnly<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Unknown or malformed values are dropped rather than sent on, so an old link still opens. */
export function validateAcquisitionListSearch(search: Record<string, unknown>): AcquisitionListSearch {
  return definedOnly({
    q: typeof search.q === 'string' && search.q.trim() ? search.q.slice(0, 200) : undefined,
    step: oneOf(acquisitionSteps, search.step),
    outcome: oneOf(acquisitionOutcomes, search.outcome),
    state: oneOf(acquisitionStates, search.state),
    departmentId: typeof search.departmentId === 'string' && UUID.test(search.departmentId) ? search.departmentId : undefined,
    page: validPage(search.page),
  });
}

export const FILTER_KEYS = ['q', 'step', 'outcome', 'state', 'departmentId'] as const satisfies readonly (keyof AcquisitionListSearch)[];
