import type { Db } from '../../platform/db.js';
import { ruleRepository } from './repository.js';

/** The rules module's read for other modules: the value of a rule in force on a date, or null. */
export const ruleInForce = (db: Db, organisationId: string, key: string, onDate: string) => ruleRepository(db, organisationId).inForce(key, onDate);

/**
 * A rule as the acquisition route needs it on a date: the value in force, or — when the value in
 * force is not yet known — the latest known earlier value with the unknown rule named.
 */
export async function ruleForRoute(db: Db, organisationId: string, key: string, onDate: string) {
  const repo = ruleRepository(db, organisationId);
  const inForce = await repo.inForce(key, onDate);
  if (!inForce) return null;
  // A value is in force until the day before the rule's next value takes effect.
  const until = async (from: string) => {
    const next = await repo.nextAfter(key, from);
    return next ? dayBefore(next.effectiveFrom) : null;
  };
  const plain = async (r: { value: number | null; effectiveFrom: string; description: string }) => ({ value: r.value!, effectiveFrom: r.effectiveFrom, effectiveUntil: await until(r.effectiveFrom), description: r.description });
  if (inForce.value !== null) return plain(inForce);
  const known = await repo.latestKnown(key, onDate);
  return known ? { ...(await plain(known)), unknownNewer: { effectiveFrom: inForce.effectiveFrom, description: inForce.description } } : null;
}

/** The calendar day before an ISO date (YYYY-MM-DD). */
function dayBefore(isoDate: string) {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
