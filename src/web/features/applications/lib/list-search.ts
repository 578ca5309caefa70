import type { ApplicationFlag, Lifecycle } from '../../../../shared/applications';
import type { QualityBand } from '../../../../shared/quality';
import {
  contractFilterValues,
  flagValues,
  lifecycleValues,
  qualityBandValues,
  sortKeyValues,
  type ContractFilter,
  type SortKey,
} from './enums';

/** The list's filters, sort and page, kept in the address so a filtered list can be linked. */
export interface ListSearch {
  q?: string;
  department?: string;
  capability?: string;
  lifecycle?: Lifecycle;
  owner?: string;
  personalData?: 'true' | 'false';
  contract?: ContractFilter;
  flag?: ApplicationFlag;
  quality?: QualityBand;
  sort?: SortKey;
  order?: 'asc' | 'desc';
  page?: number;
  pageSize?: number;
}

const PAGE_SIZES = [25, 50, 100] as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function oneOf<T extends string>(values: readonly T[], value: unknown): T | undefined {
  return typeof value === 'string' && (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

function uuid(value: unknown): string | undefined {
  return typeof value === 'string' && UUID.test(value) ? value : undefined;
}

function positiveInt(value: unknown, max: number): number | undefined {
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isInteger(n) && n >= 1 && n <= max ? n : undefined;
}

/** Unknown or malformed values are dropped rather than sent on, so an old link still opens. */
export function validateListSearch(search: Record<string, unknown>): ListSearch {
  const q = typeof search.q === 'string' && search.q.trim() ? search.q.slice(0, 200) : undefined;
  const pageSize = positiveInt(search.pageSize, 200);
  const result: ListSearch = {
    q,
    department: uuid(search.department),
    capability: uuid(search.capability),
    lifecycle: oneOf(lifecycleValues, search.lifecycle),
    owner: search.owner === 'none' ? 'none' : uuid(search.owner),
    personalData: oneOf(['true', 'false'] as const, search.personalData),
    contract: oneOf(contractFilterValues, search.contract),
    flag: oneOf(flagValues, search.flag),
    quality: oneOf(qualityBandValues, search.quality),
    sort: oneOf(sortKeyValues, search.sort),
    order: oneOf(['asc', 'desc'] as const, search.order),
    page: positiveInt(search.page, 100_000),
    pageSize: pageSize && (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : undefined,
  };
  return Object.fromEntries(Object.entries(result).filter(([, v]) => v !== undefined)) as ListSearch;
}

/** The filters alone (no sort or page): what the export and "clear filters" care about. */
export const FILTER_KEYS = [
  'q',
  'department',
  'capability',
  'lifecycle',
  'owner',
  'personalData',
  'contract',
  'flag',
  'quality',
] as const satisfies readonly (keyof ListSearch)[];
