import type { EserviceInput } from '../../../shared/eservices.js';
import type { AuthContext } from '../../platform/auth.js';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db.js';
import { createEservice, updateEservice } from '../eservices/commands.js';
import { demoEservices } from './eservices-content.js';
import { seededRandom } from './random.js';

const DAY = 86_400_000;

/**
 * The demo's e-services through the register's commands. Each service climbs its steps at dates in
 * the past (a clock set back for each change), so the audit trail holds the history the ladder
 * overview replays year by year, as it would after years of use.
 */
export async function seedDemoEservices(db: Db, clock: Clock, auth: AuthContext, ids: { people: Map<string, string>; systems: Map<string, string> }) {
  const rng = seededRandom(20261206);
  const now = clock.now().getTime();
  const year = Number(clock.today().slice(0, 4));
  for (const e of demoEservices) {
    const base: EserviceInput = {
      name: e.name,
      description: e.description,
      ownerId: ids.people.get(e.ownerKey) ?? null,
      applicationIds: e.systems.flatMap((name) => (ids.systems.has(name) ? [ids.systems.get(name)!] : [])),
      step: e.steps[0]![1],
      yearlyVolume: e.volume,
      digitalShare: e.share,
      needsEid: e.eid,
      accessibility: e.accessibility,
      published: e.published,
      candidate: e.candidate ?? false,
      digitisation: e.value
        ? { minutesSavedPerCase: e.value[0], hourlyCost: e.value[1], buildCost: e.value[2], yearlyRunningCost: e.value[3], otherYearlyBenefit: e.value[4], firstYear: year, horizonYears: 5 }
        : null,
    };
    // Each change some days into its year (years ago), never in the future.
    const at = (yearsAgo: number) => {
      const t = Math.min(now - DAY, now - yearsAgo * 365 * DAY - rng.int(1, 200) * DAY);
      return { now: () => new Date(t), today: () => new Date(t).toISOString().slice(0, 10) };
    };
    const [first, ...later] = e.steps;
    const id = await createEservice({ db, clock: at(first![0]), auth }, base);
    let version = 1;
    for (const [yearsAgo, step] of later) version = await updateEservice({ db, clock: at(yearsAgo), auth }, id, version, { ...base, step });
  }
}
