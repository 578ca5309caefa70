import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { inArea } from '../../kit/i18n';
import { validateAgreementListSearch } from './lib/agreement-search';
import { validateAcquisitionListSearch } from './lib/list-search';

// Acquiring a new IT system and the agreements register (issue 5), loaded on first visit.
// An acquisition's page shows its IT-council decisions, in the council's (the portfolio's) words.
const pages = inArea(['acquisitions', 'portfolio', 'records'], {
  list: () => import('./components/acquisition-list-page'),
  create: () => import('./components/acquisition-create-page'),
  detail: () => import('./components/acquisition-detail-page'),
  edit: () => import('./components/acquisition-edit-page'),
  agreements: () => import('./components/agreement-list-page'),
  agreementCreate: () => import('./components/agreement-create-page'),
  agreement: () => import('./components/agreement-detail-page'),
  agreementEdit: () => import('./components/agreement-edit-page'),
});

export function acquisitionRoutes<TAuthed extends AnyRoute>(authed: TAuthed) {
  return [
    createRoute({ getParentRoute: () => authed, path: 'anskaffning', validateSearch: validateAcquisitionListSearch, component: lazyRouteComponent(pages.list, 'AcquisitionListPage') }),
    createRoute({ getParentRoute: () => authed, path: 'anskaffning/ny', component: lazyRouteComponent(pages.create, 'AcquisitionCreatePage') }),
    createRoute({ getParentRoute: () => authed, path: 'anskaffning/$id', component: lazyRouteComponent(pages.detail, 'AcquisitionDetailPage') }),
    createRoute({ getParentRoute: () => authed, path: 'anskaffning/$id/redigera', component: lazyRouteComponent(pages.edit, 'AcquisitionEditPage') }),
    createRoute({ getParentRoute: () => authed, path: 'avtal', validateSearch: validateAgreementListSearch, component: lazyRouteComponent(pages.agreements, 'AgreementListPage') }),
    createRoute({ getParentRoute: () => authed, path: 'avtal/ny', component: lazyRouteComponent(pages.agreementCreate, 'AgreementCreatePage') }),
    createRoute({ getParentRoute: () => authed, path: 'avtal/$id', component: lazyRouteComponent(pages.agreement, 'AgreementDetailPage') }),
    createRoute({ getParentRoute: () => authed, path: 'avtal/$id/redigera', component: lazyRouteComponent(pages.agreementEdit, 'AgreementEditPage') }),
  ] as const;
}
