import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db.js';
import { type NamedSystem, probableDuplicates } from './rules.js';
import { applications } from './schema.js';

/**
 * A municipality's probable duplicates by name (rules.probableDuplicates before dismissals and the
 * reader's scope, which the caller applies), kept between requests: comparing thousands of names
 * costs seconds, reading one row of their fingerprint a few milliseconds.
 *
 * Never stale after a write: each read first asks the database for the fingerprint of exactly what
 * the comparison reads (the live systems that are not phased out: their count and the sum of a hash
 * of each id and name), so a rename, an archiving, a restore, a new system or a phasing out by any
 * server sharing the database changes it, and the next request compares again. The fingerprint is
 * read before the names, so a write between the two leaves an older fingerprint with newer names:
 * one comparison too many, never a stale answer.
 *
 * Measured: GET /applications?pageSize=25, median of 12, embedded PGlite, 2 cores shared with three
 * other jobs (±30 %); names as bench/register-list.ts makes them / the dense stress set of
 * rules.probableDuplicates:
 *   before (compared on every request)   500: 67 / 88 ms    5 000: 1 523 / 2 497 ms
 *   after (compared once per change)     500: 80 / 158 ms   5 000: 39 / 196 ms
 * The first request after a change of names pays rules.probableDuplicates once (5 000: 13 / 2 012 ms).
 */
const MAX_MUNICIPALITIES = 200;
const cache = new Map<string, { fingerprint: string; pairs: Map<string, NamedSystem[]> }>();

const comparedSystems = (organisationId: string) =>
  and(eq(applications.organisationId, organisationId), isNull(applications.archivedAt), sql`${applications.lifecycle} <> 'phased_out'`);

export async function namedDuplicates(db: Db, organisationId: string): Promise<Map<string, NamedSystem[]>> {
  const [state] = await db
    .select({ count: sql<number>`count(*)::int`, hash: sql<string>`coalesce(sum(hashtext(${applications.id}::text || ' ' || ${applications.name})), 0)::text` })
    .from(applications)
    .where(comparedSystems(organisationId));
  const fingerprint = `${state!.count}:${state!.hash}`;
  const cached = cache.get(organisationId);
  if (cached?.fingerprint === fingerprint) {
    // Most recently used last, so the least used municipality is the first to go.
    cache.delete(organisationId);
    cache.set(organisationId, cached);
    return cached.pairs;
  }
  const systems = await db.select({ id: applications.id, name: applications.name }).from(applications).where(comparedSystems(organisationId));
  const pairs = probableDuplicates(systems, new Set());
  cache.delete(organisationId);
  cache.set(organisationId, { fingerprint, pairs });
  if (cache.size > MAX_MUNICIPALITIES) cache.delete(cache.keys().next().value!);
  return pairs;
}
