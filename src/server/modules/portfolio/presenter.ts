import type { PortfolioSum, Project, ProjectStatus } from '../../../shared/portfolio.js';
import type { AuthContext } from '../../platform/auth.js';
import { can } from '../../platform/permissions.js';
import type { projects } from './schema.js';
import { isLive, isOverdue, postCalculation } from './rules.js';
import { type BenefitInput, defaultValuationConfig, valuate } from './valuation.js';

type Row = { project: typeof projects.$inferSelect; ownerName: string | null; sponsorName: string | null };

/** What a project's valuation is made from. */
export type ValuationInput = Pick<typeof projects.$inferSelect, 'investments' | 'benefits' | 'startDate' | 'runningFromYear' | 'yearlyRunningCost' | 'horizonYears'>;

/**
 * The valuation's years run from the first year with an investment, start or benefit; a project
 * with none of them starts in the year of `today` (the injectable clock's date, not the wall clock).
 */
export function valuationOf(p: ValuationInput, discountRate: number, today: string) {
  const benefits = p.benefits as unknown as (BenefitInput & { firstYear: number })[];
  const years = [
    ...p.investments.map((i) => i.year),
    ...(p.startDate ? [Number(p.startDate.slice(0, 4))] : []),
    ...(p.runningFromYear ? [p.runningFromYear] : []),
    ...benefits.map((b) => b.firstYear),
  ];
  const startYear = years.length ? Math.min(...years) : Number(today.slice(0, 4));
  const v = valuate(
    benefits.map((b) => ({ ...b, firstYear: b.firstYear - startYear + 1 })),
    {
      investmentByYear: Array.from({ length: p.horizonYears }, (_, i) => p.investments.filter((x) => x.year === startYear + i).reduce((s, x) => s + x.amount, 0)),
      yearlyRunningCost: p.yearlyRunningCost,
      runningFromYear: p.runningFromYear ? p.runningFromYear - startYear + 1 : 1,
    },
    { ...defaultValuationConfig, horizonYears: p.horizonYears, discountRate },
  );
  const lastYear = startYear + p.horizonYears - 1;
  // The threshold weighs everything the project will cost, also investments after the horizon,
  // so a short horizon cannot hide a large later investment from the council.
  const beyondHorizon = p.investments.filter((i) => i.year > lastYear).reduce((s, i) => s + i.amount, 0);
  return {
    ...v,
    costForThreshold: v.peng.cost + beyondHorizon,
    discountRate,
    years: v.years.map((y) => ({ ...y, year: startYear + y.year - 1 })),
    paybackYear: v.paybackYear === null ? null : startYear + v.paybackYear - 1,
  };
}

/**
 * The portfolio's sums over every matching project (the list shows one page of them): the live
 * projects are what the portfolio commits to; closed and cancelled ones are summed apart, never
 * into the live figures.
 */
export function portfolioSums(rows: (ValuationInput & { status: string })[], discountRate: number, today: string) {
  const empty = (): PortfolioSum => ({ count: 0, investment: 0, yearlyRunningCost: 0, netPresentValue: 0 });
  const sums = { live: empty(), closed: empty(), cancelled: empty() };
  for (const row of rows) {
    const status = row.status as ProjectStatus;
    const sum = isLive(status) ? sums.live : status === 'closed' ? sums.closed : sums.cancelled;
    sum.count += 1;
    sum.investment += row.investments.reduce((s, i) => s + i.amount, 0);
    sum.yearlyRunningCost += row.yearlyRunningCost;
    sum.netPresentValue += valuationOf(row, discountRate, today).netPresentValue;
  }
  return sums;
}

export function presentProject(row: Row, auth: AuthContext, threshold: number | null, discountRate: number, today: string): Project {
  const p = row.project;
  const valuation = valuationOf(p, discountRate, today);
  const record = { departmentIds: p.departmentIds, ownerIds: [p.ownerId, p.sponsorId] };
  return {
    id: p.id,
    name: p.name,
    kind: p.kind as Project['kind'],
    purpose: p.purpose,
    goalIds: p.goalIds,
    ownerId: p.ownerId,
    sponsorId: p.sponsorId,
    ownerName: row.ownerName,
    sponsorName: row.sponsorName,
    departmentIds: p.departmentIds,
    startDate: p.startDate,
    endDate: p.endDate,
    milestones: p.milestones,
    investments: p.investments,
    yearlyRunningCost: p.yearlyRunningCost,
    runningFromYear: p.runningFromYear,
    // A closed or cancelled project no longer runs: it has no health (not the green it last had).
    health: isLive(p.status as ProjectStatus) ? (p.health as Project['health']) : null,
    healthReason: p.healthReason,
    systems: p.systems as Project['systems'],
    benefits: p.benefits as unknown as Project['benefits'],
    horizonYears: p.horizonYears,
    actuals: p.actuals,
    realisation: p.realisation.map((f) => ({ ...f, overdue: isOverdue(f, today) })),
    postCalculation: postCalculation(valuation.years, p.actuals),
    status: p.status as Project['status'],
    totalInvestment: p.investments.reduce((s, i) => s + i.amount, 0),
    threshold: { amount: threshold, above: threshold !== null && valuation.costForThreshold > threshold },
    valuation,
    rowVersion: p.rowVersion,
    updatedAt: p.updatedAt.toISOString(),
    allowed: { update: can(auth, 'project.update', record), transition: can(auth, 'project.transition', record) },
  };
}
