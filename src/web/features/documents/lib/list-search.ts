import type { DocumentStatus } from '../../../../shared/documents';
import { flagValues, statusValues, type DocumentFlag } from './enums';

/** The register's filters, page and view, kept in the address so a filtered list can be linked. */
export interface DocumentListSearch {
  q?: string;
  type?: string;
  status?: DocumentStatus;
  owner?: string;
  flag?: DocumentFlag;
  page?: number;
  /** The hierarchy (policy → strategi → riktlinje → handlingsplan) instead of the table. */
  view?: 'tree';
}

export const PAGE_SIZE = 25;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TYPE_KEY = /^[a-z][a-z0-9_-]{1,39}$/;

function oneOf<T extends string>(values: readonly T[], value: unknown): T | undefined {
  return typeof value === 'string' && (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** Unknown or malformed values are dropped rather than sent on, so an old link still opens. */
export function validateDocumentListSearch(search: Record<string, unknown>): DocumentListSearch {
  const page = Number(search.page);
  const result: DocumentListSearch = {
    q: typeof search.q === 'string' && search.q.trim() ? search.q.slice(0, 200) : undefined,
    type: typeof search.type === 'string' && TYPE_KEY.test(search.type) ? search.type : undefined,
    status: oneOf(statusValues, search.status),
    owner: typeof search.owner === 'string' && UUID.test(search.owner) ? search.owner : undefined,
    flag: oneOf(flagValues, search.flag),
    page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : undefined,
    view: search.view === 'tree' ? 'tree' : undefined,
  };
  return Object.fromEntries(Object.entries(result).filter(([, v]) => v !== undefined)) as DocumentListSearch;
}

export const FILTER_KEYS = ['q', 'type', 'status', 'owner', 'flag'] as const satisfies readonly (keyof DocumentListSearch)[];
