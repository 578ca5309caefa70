/** Every query of this feature starts with 'municipal-plan'. */
export const municipalPlanKeys = {
  all: ['municipal-plan'] as const,
  plan: (roundId: string) => ['municipal-plan', 'plan', roundId] as const,
  versions: (roundId: string) => ['municipal-plan', 'versions', roundId] as const,
  version: (roundId: string, version: number) => ['municipal-plan', 'version', roundId, version] as const,
};

/** The IT plans feature's prefix, named rather than imported (features never import each other): a decision changes its round. */
export const ITPLANS_PREFIX = ['itplans'] as const;
