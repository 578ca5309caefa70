import { agreementKinds, agreementStatuses, type AgreementStatus } from './enums';
import { definedOnly, oneOf, UUID, validPage } from './list-search';

/** The agreements register's filters and page, kept in the address. */
export interface AgreementListSearch {
  q?: string;
  kind?: (typeof agreementKinds)[number];
  status?: AgreementStatus;
  capabilityId?: string;
  page?: number;
}

export const AGREEMENT_PAGE_SIZE = 25;

export function validateAgreementListSearch(search: Record<string, unknown>): AgreementListSearch {
  return definedOnly({
    q: typeof search.q === 'string' && search.q.trim() ? search.q.slice(0, 200) : undefined,
    kind: oneOf(agreementKinds, search.kind),
    status: oneOf(agreementStatuses, search.status),
    capabilityId: typeof search.capabilityId === 'string' && UUID.test(search.capabilityId) ? search.capabilityId : undefined,
    page: validPage(search.page),
  });
}

export const AGREEMENT_FILTER_KEYS = ['q', 'kind', 'status', 'capabilityId'] as const satisfies readonly (keyof AgreementListSearch)[];
