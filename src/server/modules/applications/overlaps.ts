import type { OverlapReport } from '../../../shared/applications.js';
import type { AuthContext } from '../../platform/auth.js';
import type { Db } from '../../platform/db.js';
import { DerivedCache } from '../../platform/derived-cache.js';
import { swedishSortKey } from '../../platform/sort-key.js';
import { changeCount } from '../audit/queries.js';
import { capabilityCatalogueOf } from '../organisation/queries.js';
import { applicationRepository } from './repository.js';
import { overlapMarkRepository } from './overlap-marks.js';
import { type OverlapCandidate, overlapReport } from './rules.js';

/**
 * Compares names by their Swedish sort keys, each computed once: the systems' keys are the stored
 * ones, other names (capabilities) are keyed on first use. Sorting a 466-system report compares
 * thousands of times; computing the key per comparison was a quarter of its CPU.
 */
function keyedCompare(stored: Iterable<[string, string]>) {
  const keys = new Map(stored);
  const keyOf = (name: string) => {
    let key = keys.get(name);
    if (key === undefined) keys.set(name, (key = swedishSortKey(name)));
    return key;
  };
  return (a: string, b: string) => {
    const ka = keyOf(a);
    const kb = keyOf(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  };
}

/**
 * Reports by municipality, language and day (a mark's review falls overdue as days pass); see
 * DerivedCache: reused while nothing was written.
 */
const reports = new DerivedCache<OverlapReport>(600);

export async function overlapsFor(db: Db, auth: AuthContext, today: string): Promise<OverlapReport> {
  // Read before the data: a write committed in between makes the next request recompute.
  const changes = await changeCount(db, auth.organisationId);
  return reports.get(`${auth.organisationId}:${auth.language}:${today}`, changes, async () => {
    const candidates = await applicationRepository(db, auth.organisationId).overlapCandidates();
    const capabilities = await capabilityCatalogueOf(db, auth.organisationId);
    const marks = await overlapMarkRepository(db, auth.organisationId).list();
    return overlapReport(
      candidates as OverlapCandidate[],
      capabilities.map((c) => ({ id: c.id, code: c.code, leaf: c.leaf, name: auth.language === 'en' ? c.nameEn : c.nameSv })),
      keyedCompare(candidates.map((c) => [c.name, c.nameSort])),
      marks,
      today,
    );
  });
}
