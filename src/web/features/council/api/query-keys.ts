/** Every query of this feature starts with 'council'. */
export const councilKeys = {
  all: ['council'] as const,
  meetings: () => ['council', 'meetings'] as const,
  meeting: (id: string) => ['council', 'meeting', id] as const,
  decisions: (q: string) => ['council', 'decisions', q] as const,
  inbox: (search: { noted?: 'false'; page?: number }) => ['council', 'inbox', search] as const,
};

/** The portfolio's prefix, named rather than imported (features never import each other). */
export const PORTFOLIO_PREFIX = ['portfolio'] as const;

/** The acquisitions feature's prefix: marking a reported need as received changes its page too. */
export const ACQUISITIONS_PREFIX = ['acquisitions'] as const;
