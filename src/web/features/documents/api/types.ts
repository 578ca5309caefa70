import type { z } from 'zod';
import type {
  documentList,
  documentListItem,
  documentTree,
  publicDocument,
  publicDocumentList,
  versionDiff,
  versionList,
} from '../../../../shared/documents';

// Response shapes inferred from the shared schemas; type-only, so zod stays out of the bundle.
export type DocumentList = z.infer<typeof documentList>;
export type DocumentListItem = z.infer<typeof documentListItem>;
export type DocumentTree = z.infer<typeof documentTree>;
export type VersionList = z.infer<typeof versionList>;
export type VersionDiff = z.infer<typeof versionDiff>;
export type PublicDocument = z.infer<typeof publicDocument>;
export type PublicDocumentList = z.infer<typeof publicDocumentList>;
