/** Every query of this feature starts with 'itplans', so one invalidation refreshes them all. */
export const itplanKeys = {
  all: ['itplans'] as const,
  rounds: ['itplans', 'rounds'] as const,
  round: (id: string) => ['itplans', 'round', id] as const,
  plan: (id: string) => ['itplans', 'plan', id] as const,
  options: (what: string) => ['itplans', 'options', what] as const,
};
