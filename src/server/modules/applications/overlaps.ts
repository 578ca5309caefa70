import type { OverlapReport } from '../../../shared/applications.js';
import type { AuthContext } from '../../platform/auth.js';
import type { Db } from '../../platform/db.js';
import { swedishSortKey } from '../../platform/sort-key.js';
import { capabilityCatalogueOf } from '../organisation/queries.js';
import { applicationRepository } from './repository.js';
import { findOverlaps, type OverlapCandidate, overlapTotals } from './rules.js';

const swedishCompare = (a: string, b: string) => {
  const ka = swedishSortKey(a);
  const kb = swedishSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};

export async function overlapsFor(db: Db, auth: AuthContext): Promise<OverlapReport> {
  const [candidates, capabilities] = await Promise.all([
    applicationRepository(db, auth.organisationId).overlapCandidates(),
    capabilityCatalogueOf(db, auth.organisationId),
  ]);
  const groups = findOverlaps(
    candidates as OverlapCandidate[],
    capabilities.map((c) => ({ id: c.id, code: c.code, leaf: c.leaf, name: auth.language === 'en' ? c.nameEn : c.nameSv })),
    swedishCompare,
  );
  return { groups, ...overlapTotals(groups) };
}
