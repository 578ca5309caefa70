import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { withTranslations } from '../../kit/i18n';

const pages = {
  people: () => import('./components/people-page'),
  personCreate: () => import('./components/person-create-page'),
  // A person's page ends with their history, in the history's words.
  personEdit: withTranslations(['records'], () => import('./components/person-edit-page')),
  departments: () => import('./components/departments-page'),
};

/** People and departments, in the admin area; each page loads on first visit. */
export function organisationRoutes<TAdmin extends AnyRoute>(admin: TAdmin) {
  return [
    createRoute({ getParentRoute: () => admin, path: 'personer', component: lazyRouteComponent(pages.people, 'PeoplePage') }),
    createRoute({ getParentRoute: () => admin, path: 'personer/ny', component: lazyRouteComponent(pages.personCreate, 'PersonCreatePage') }),
    createRoute({ getParentRoute: () => admin, path: 'personer/$id/redigera', component: lazyRouteComponent(pages.personEdit, 'PersonEditPage') }),
    createRoute({ getParentRoute: () => admin, path: 'forvaltningar', component: lazyRouteComponent(pages.departments, 'DepartmentsPage') }),
  ] as const;
}
