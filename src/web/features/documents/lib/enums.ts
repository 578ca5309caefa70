import type { DocumentStatus, documentFlags } from '../../../../shared/documents';

// Value lists for selects and labels. The shared module's arrays would pull zod into the browser
// bundle, so they are restated; `satisfies Record<…>` makes the compiler refuse a list that
// misses or invents a value.
export type DocumentFlag = (typeof documentFlags)[number];

const keys = <K extends string>(record: Record<K, true>) => Object.keys(record) as K[];

export const statusValues = keys({
  draft: true,
  consultation: true,
  adopted: true,
  repealed: true,
  replaced: true,
} satisfies Record<DocumentStatus, true>);

export const flagValues = keys({ revision_due: true, revision_overdue: true } satisfies Record<DocumentFlag, true>);

/** Statuses whose text is still open to change; any other status freezes the decided text. */
export function isOpenForEditing(status: DocumentStatus): boolean {
  return status === 'draft' || status === 'consultation';
}
