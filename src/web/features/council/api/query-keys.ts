/** Every query of this feature starts with 'council'. */
export const councilKeys = {
  all: ['council'] as const,
  meetings: () => ['council', 'meetings'] as const,
  meeting: (id: string) => ['council', 'meeting', id] as const,
  decisions: (q: string) => ['council', 'decisions', q] as const,
};

/** The portfolio's prefix, named rather than imported (features never import each other). */
export const PORTFOLIO_PREFIX = ['portfolio'] as const;

/** The acquisitions feature's prefix: its list of needs is read here to put one on the agenda. */
export const ACQUISITIONS_PREFIX = ['acquisitions'] as const;
