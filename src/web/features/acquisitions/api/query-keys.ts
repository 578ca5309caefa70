import type { AcquisitionListSearch } from '../lib/list-search';
import type { AgreementListSearch } from '../lib/agreement-search';

/** Every query of this feature starts with 'acquisitions', so one invalidation refreshes them all. */
export const acquisitionKeys = {
  all: ['acquisitions'] as const,
  list: (search: AcquisitionListSearch) => ['acquisitions', 'list', search] as const,
  /** The IT council's inbox (the council's page, reading this feature's list). */
  inbox: (search: { noted?: 'false'; page?: number }) => ['acquisitions', 'inbox', search] as const,
  detail: (id: string) => ['acquisitions', 'detail', id] as const,
  suggestions: (id: string) => ['acquisitions', 'suggestions', id] as const,
  agreements: (search: AgreementListSearch) => ['acquisitions', 'agreements', search] as const,
  agreement: (id: string) => ['acquisitions', 'agreement', id] as const,
};

/** Other features' prefixes, named rather than imported (features never import each other). */
export const PORTFOLIO_PREFIX = ['portfolio'] as const;
export const COUNCIL_PREFIX = ['council'] as const;
export const APPLICATIONS_PREFIX = ['applications'] as const;
