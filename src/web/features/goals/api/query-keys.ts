/**
 * Every query of this feature starts with 'goals', so one invalidation refreshes them all (the
 * steering-document feature invalidates this prefix when a document's goals change).
 */
export const goalKeys = {
  all: ['goals'] as const,
  followUp: (documentId: string) => ['goals', 'follow-up', documentId] as const,
  kpi: (id: string) => ['goals', 'kpi', id] as const,
};
