import { and, eq, isNull } from 'drizzle-orm';
import type { NeedInput } from '../../../shared/itplans.js';
import { addDays } from '../../../shared/dates.js';
import type { AuthContext } from '../../platform/auth.js';
import { type Clock, fixedClock } from '../../platform/clock.js';
import type { Db } from '../../platform/db.js';
import { openRound } from '../itplans/commands.js';
import { addNeed, removeNeed, submitPlan, updateNeed } from '../itplans/need-commands.js';
import { decidePlan } from '../itplans/decision-commands.js';
import { departmentPlans, planNeeds, planRounds } from '../itplans/schema.js';
import { type DemoNeed, demoRounds, previousRoundPlans } from './itplans-content.js';
import { currentRoundRevisions } from './itplans-revisions.js';

interface Ids {
  departments: Map<string, string>;
  goals: Map<string, string>;
  systems: Map<string, string>;
  capabilities: Map<string, string>;
}

/** A clock `days` days before the seeding moment, `minute` minutes into the hour before it, so the steps of a day keep their order. */
const daysAgo = (clock: Clock, days: number, minute = 0) => fixedClock(new Date(clock.now().getTime() - days * 86_400_000 - (60 - minute) * 60_000).toISOString());

/** The demo need as the contract's input, its years placed in a round starting `firstYear`. */
function needInputOf(n: Omit<DemoNeed, 'key'>, firstYear: number, ids: Ids): NeedInput {
  return {
    title: n.title,
    description: n.description,
    goalIds: n.goalKeys.map((k) => ids.goals.get(k)!),
    capabilityIds: n.capabilityCodes.map((c) => ids.capabilities.get(c)!),
    applicationIds: n.systems.map((s) => ids.systems.get(s)!),
    priority: n.priority,
    costs: n.costs.map((c) => ({ year: firstYear + c.yearOffset, investment: c.investment, running: c.running })),
    benefit: n.benefit?.length
      ? {
          horizonYears: 5,
          benefits: n.benefit.map((b) => ({
            kind: b.kind,
            description: b.description,
            recipient: b.recipient,
            yearlyAmount: b.yearlyAmount ?? null,
            hoursPerYear: b.hoursPerYear ?? null,
            hourlyCost: b.hourlyCost ?? null,
            score: b.score ?? null,
            firstYear: firstYear + b.yearOffset,
            confidence: b.confidence,
            measuredBy: '',
            kpiId: null,
          })),
        }
      : null,
    projectId: null,
    acquisitionId: null,
  };
}

/**
 * The demo's IT plans through the IT-plans commands, each step by the person who would take it and
 * on the day it would have happened (so the audit trail reads as a year's work): last year's round,
 * opened by the IT-chef, every department's plan written and submitted by its head; this year's
 * round revised from it, with needs revised, removed and added, and most plans submitted.
 */
export async function seedDemoItplans(db: Db, clock: Clock, as: (key: string) => AuthContext, ids: Ids) {
  const year = Number(clock.today().slice(0, 4));
  const organisationId = as('itchef').organisationId;
  const plansOf = async (roundId: string) =>
    new Map(
      (await db.select().from(departmentPlans).where(and(eq(departmentPlans.organisationId, organisationId), eq(departmentPlans.roundId, roundId)))).map((p) => [p.departmentId, p]),
    );
  const departmentId = (code: string) => ids.departments.get(code)!;
  const period = (firstYear: number) => ({ firstYear, lastYear: firstYear + 2, title: `IT-plan ${firstYear}–${firstYear + 2}` });

  // Last year's round: opened, written over a few weeks, every plan submitted before the deadline.
  const prev = demoRounds.previous;
  const prevPeriod = period(year + prev.firstYearOffset);
  const previousId = await openRound(
    { db, clock: daysAgo(clock, prev.openedDaysAgo), auth: as('itchef') },
    { ...prevPeriod, budgetYear: prevPeriod.firstYear, deadline: addDays(clock.today(), -prev.deadlineDaysAgo), budgetFrames: [], weights: { goals: 40, benefit: 40, cost: 20 }, departmentIds: null, previousRoundId: null },
  );
  const previousPlans = await plansOf(previousId);
  const keyOfNeed = new Map<string, string>();
  for (const [index, plan] of previousRoundPlans.entries()) {
    const row = previousPlans.get(departmentId(plan.departmentCode))!;
    const writtenOn = prev.openedDaysAgo - 10 - index * 3;
    for (const [i, need] of plan.needs.entries()) {
      keyOfNeed.set(await addNeed({ db, clock: daysAgo(clock, writtenOn, i), auth: as(plan.writerKey) }, row.id, needInputOf(need, prevPeriod.firstYear, ids)), need.key);
    }
    const version = (await plansOf(previousId)).get(row.departmentId)!.rowVersion;
    const submittedOn = prev.submittedDaysAgo[0] - Math.round(((prev.submittedDaysAgo[0] - prev.submittedDaysAgo[1]) * index) / previousRoundPlans.length);
    await submitPlan({ db, clock: daysAgo(clock, submittedOn), auth: as(plan.writerKey) }, row.id, version);
  }
  // Last year's plan was decided by the municipal executive board, and is frozen as version 1.
  const [previousRound] = await db.select({ rowVersion: planRounds.rowVersion }).from(planRounds).where(and(eq(planRounds.organisationId, organisationId), eq(planRounds.id, previousId)));
  const decidedOn = addDays(clock.today(), -prev.decidedDaysAgo);
  await decidePlan({ db, clock: daysAgo(clock, prev.decidedDaysAgo), auth: as('itchef') }, previousId, previousRound!.rowVersion, {
    decidingBody: 'Kommunstyrelsen',
    decidedOn,
    diarienummer: `KS ${decidedOn.slice(0, 4)}/0187`,
    paragraph: '§ 64',
    note: 'Kommunstyrelsen antar kommunens IT-plan och uppdrar åt IT-chefen att följa upp den i årsredovisningen.',
  });

  // This year's round, revised from last year's: the carried needs keep last year's key.
  const cur = demoRounds.current;
  const curPeriod = period(year + cur.firstYearOffset);
  const currentId = await openRound(
    { db, clock: daysAgo(clock, cur.openedDaysAgo), auth: as('itchef') },
    {
      ...curPeriod,
      budgetYear: curPeriod.firstYear,
      deadline: addDays(clock.today(), cur.deadlineInDays),
      budgetFrames: demoRounds.budgetFrames.map((amount, i) => ({ year: curPeriod.firstYear + i, amount })),
      weights: { goals: 40, benefit: 40, cost: 20 },
      departmentIds: null,
      previousRoundId: previousId,
    },
  );
  const carried = await db
    .select({ id: planNeeds.id, revisedFromId: planNeeds.revisedFromId, rowVersion: planNeeds.rowVersion })
    .from(planNeeds)
    .where(and(eq(planNeeds.organisationId, organisationId), eq(planNeeds.roundId, currentId), isNull(planNeeds.archivedAt)));
  const carriedByKey = new Map(carried.map((n) => [keyOfNeed.get(n.revisedFromId!)!, n]));
  const currentPlans = await plansOf(currentId);
  const lastYear = new Map(previousRoundPlans.flatMap((p) => p.needs.map((n) => [n.key, n] as const)));
  for (const [index, revision] of currentRoundRevisions.entries()) {
    if (revision.status === 'not_started') continue;
    const plan = currentPlans.get(departmentId(revision.departmentCode))!;
    const writtenOn = cur.openedDaysAgo - 5 - index * 2;
    let minute = 0;
    const ctx = () => ({ db, clock: daysAgo(clock, writtenOn, minute++), auth: as(revision.writerKey) });
    for (const [key, fields] of Object.entries(revision.revise)) {
      const need = carriedByKey.get(key)!;
      await updateNeed(ctx(), need.id, need.rowVersion, needInputOf({ ...lastYear.get(key)!, ...fields }, curPeriod.firstYear, ids));
    }
    for (const key of revision.remove) await removeNeed(ctx(), carriedByKey.get(key)!.id, carriedByKey.get(key)!.rowVersion);
    for (const need of revision.add) await addNeed(ctx(), plan.id, needInputOf(need, curPeriod.firstYear, ids));
    if (revision.status !== 'submitted') continue;
    const version = (await plansOf(currentId)).get(plan.departmentId)!.rowVersion;
    const submittedOn = cur.submittedDaysAgo[0] - Math.round(((cur.submittedDaysAgo[0] - cur.submittedDaysAgo[1]) * index) / currentRoundRevisions.length);
    await submitPlan({ db, clock: daysAgo(clock, submittedOn), auth: as(revision.writerKey) }, plan.id, version);
  }
}
