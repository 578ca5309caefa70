import type { z } from 'zod';
import type { documentListItem } from '../../../../shared/documents';

// Type-only, so zod stays out of the bundle.
export type DocumentListItem = z.infer<typeof documentListItem>;
