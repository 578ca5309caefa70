import type { DocumentListSearch } from '../lib/list-search';

/** Every query of this feature starts with 'documents', so one invalidation refreshes them all. */
export const documentKeys = {
  all: ['documents'] as const,
  types: () => ['documents', 'types'] as const,
  list: (search: Omit<DocumentListSearch, 'view'>) => ['documents', 'list', search] as const,
  choices: () => ['documents', 'choices'] as const,
  tree: () => ['documents', 'tree'] as const,
  detail: (id: string) => ['documents', 'detail', id] as const,
  versions: (id: string) => ['documents', 'versions', id] as const,
  diff: (id: string, version: number) => ['documents', 'diff', id, version] as const,
  version: (id: string, version: number) => ['documents', 'version', id, version] as const,
  mine: (personId: string | undefined, flag: string) => ['documents', 'mine', personId, flag] as const,
  responsibilities: (id: string) => ['documents', 'responsibilities', id] as const,
  versionResponsibilities: (id: string, version: number) => ['documents', 'version-responsibilities', id, version] as const,
  assignments: (id: string) => ['documents', 'assignments', id] as const,
  myAssignments: () => ['documents', 'my-assignments'] as const,
};

/** Public pages are read without a session, in the language chosen on this device. */
export const publicDocumentKeys = {
  list: (organisationId: string, language: string) => ['public-documents', organisationId, language] as const,
  detail: (organisationId: string, id: string, language: string) => ['public-documents', organisationId, id, language] as const,
  versions: (organisationId: string, id: string) => ['public-documents', organisationId, id, 'versions'] as const,
  version: (organisationId: string, id: string, version: number, language: string) => ['public-documents', organisationId, id, 'version', version, language] as const,
};

/**
 * The goal follow-up and KPIs show a document's goals; after a document changes they are read
 * afresh. The key is the goals feature's prefix, named here rather than imported (features
 * never import each other).
 */
export const GOALS_PREFIX = ['goals'] as const;
