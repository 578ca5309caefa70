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
  const plain = (r: { value: number | null; effectiveFrom: string; description: string }) => ({ value: r.value!, effectiveFrom: r.effectiveFrom, description: r.description });
  if (inForce.value !== null) return plain(inForce);
  const known = await repo.latestKnown(key, onDate);
  return known ? { ...plain(known), unknownNewer: { effectiveFrom: inForce.effectiveFrom, description: inForce.description } } : null;
}
