import { getRouteApi } from '@tanstack/react-router';
import type { AgreementListSearch } from './agreement-search';
import type { AcquisitionListSearch } from './list-search';

const acquisitionsRoute = getRouteApi('/_authed/anskaffning');
const agreementsRoute = getRouteApi('/_authed/avtal');

/** The acquisitions list's state lives in the address: a new filter starts again at page 1. */
export function useAcquisitionListSearch() {
  const search = acquisitionsRoute.useSearch();
  const navigate = acquisitionsRoute.useNavigate();
  const update = (patch: Partial<AcquisitionListSearch>) =>
    navigate({ search: (previous: AcquisitionListSearch) => ({ ...previous, ...patch, page: 'page' in patch ? patch.page : undefined }) });
  return { search, update };
}

/** The agreements register's state, likewise. */
export function useAgreementListSearch() {
  const search = agreementsRoute.useSearch();
  const navigate = agreementsRoute.useNavigate();
  const update = (patch: Partial<AgreementListSearch>) =>
    navigate({ search: (previous: AgreementListSearch) => ({ ...previous, ...patch, page: 'page' in patch ? patch.page : undefined }) });
  return { search, update };
}
