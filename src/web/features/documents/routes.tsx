import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { inArea } from '../../kit/i18n';
import { validateDocumentListSearch } from './lib/list-search';

// Steering documents (issue 3), all loaded on first visit, with the documents' and the history's words.
const pages = inArea(['documents', 'records'], {
  list: () => import('./components/document-list-page'),
  create: () => import('./components/document-create-page'),
  import: () => import('./components/document-import-page'),
  types: () => import('./components/document-types-page'),
  detail: () => import('./components/document-detail-page'),
  edit: () => import('./components/document-edit-page'),
  diff: () => import('./components/version-diff-page'),
  version: () => import('./components/document-version-page'),
  publicList: () => import('./components/public-document-list-page'),
  publicDocument: () => import('./components/public-document-page'),
  publicVersion: () => import('./components/public-version-page'),
  myAssignments: () => import('./components/my-assignments-page'),
});

/** The steering documents for those signed in, and (offentlighetsprincipen) the decided ones, readable without a session under the root. */
/** What other features show on a document's pages; the app composes them (features never import each other). */
interface DocumentPieces {
  detail?: (doc: { id: string; title: string; rowVersion: number }) => ReactNode;
  version?: (documentId: string, version: number) => ReactNode;
}

export function documentRoutes<TRoot extends AnyRoute, TAuthed extends AnyRoute>(root: TRoot, authed: TAuthed, pieces: DocumentPieces = {}) {
  const Detail = lazyRouteComponent(pages.detail, 'DocumentDetailPage');
  const Version = lazyRouteComponent(pages.version, 'DocumentVersionPage');
  return {
    public: [
      createRoute({ getParentRoute: () => root, path: 'offentlig/$organisationId', component: lazyRouteComponent(pages.publicList, 'PublicDocumentListPage') }),
      createRoute({ getParentRoute: () => root, path: 'offentlig/$organisationId/styrdokument/$id', component: lazyRouteComponent(pages.publicDocument, 'PublicDocumentPage') }),
      createRoute({ getParentRoute: () => root, path: 'offentlig/$organisationId/styrdokument/$id/version/$version', component: lazyRouteComponent(pages.publicVersion, 'PublicVersionPage') }),
    ] as const,
    authed: [
      createRoute({ getParentRoute: () => authed, path: 'styrdokument', validateSearch: validateDocumentListSearch, component: lazyRouteComponent(pages.list, 'DocumentListPage') }),
      createRoute({ getParentRoute: () => authed, path: 'styrdokument/ny', component: lazyRouteComponent(pages.create, 'DocumentCreatePage') }),
      createRoute({ getParentRoute: () => authed, path: 'styrdokument/importera', component: lazyRouteComponent(pages.import, 'DocumentImportPage') }),
      createRoute({ getParentRoute: () => authed, path: 'styrdokument/mina-uppdrag', component: lazyRouteComponent(pages.myAssignments, 'MyAssignmentsPage') }),
      createRoute({ getParentRoute: () => authed, path: 'styrdokument/typer', component: lazyRouteComponent(pages.types, 'DocumentTypesPage') }),
      createRoute({ getParentRoute: () => authed, path: 'styrdokument/$id', component: Object.assign(() => <Detail extra={pieces.detail} />, { preload: Detail.preload }) }),
      createRoute({ getParentRoute: () => authed, path: 'styrdokument/$id/redigera', component: lazyRouteComponent(pages.edit, 'DocumentEditPage') }),
      createRoute({ getParentRoute: () => authed, path: 'styrdokument/$id/jamfor/$version', component: lazyRouteComponent(pages.diff, 'VersionDiffPage') }),
      createRoute({ getParentRoute: () => authed, path: 'styrdokument/$id/version/$version', component: Object.assign(() => <Version extra={pieces.version} />, { preload: Version.preload }) }),
    ] as const,
  };
}
