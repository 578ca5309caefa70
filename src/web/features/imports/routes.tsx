import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { withTranslations } from '../../kit/i18n';
import { validateImportSearch } from './lib/import-search';

/** Importing the register from a spreadsheet (issue 12, item 1), loaded on first visit. */
export function importRoutes<TAuthed extends AnyRoute>(authed: TAuthed) {
  return [
    createRoute({
      getParentRoute: () => authed,
      path: 'system/importera',
      validateSearch: validateImportSearch,
      component: lazyRouteComponent(withTranslations(['imports'], () => import('./components/register-import-page')), 'RegisterImportPage'),
    }),
  ] as const;
}
