import type {
  ApplicationFlag,
  applicationKinds,
  applicationSortKeys,
  assessments,
  contractFilters,
  disruptionResults,
  Lifecycle,
  overlapMarkStatuses,
} from '../../../../shared/applications';
import type { QualityBand } from '../../../../shared/quality';

// Value lists for selects, filters and labels. The shared module's arrays would pull zod into
// the browser bundle, so they are restated here; `satisfies Record<…>` makes the compiler
// refuse a list that misses or invents a value.
type Kind = (typeof applicationKinds)[number];
export type Assessment = (typeof assessments)[number];
export type DisruptionResult = (typeof disruptionResults)[number];
export type OverlapMarkStatus = (typeof overlapMarkStatuses)[number];
export type ContractFilter = (typeof contractFilters)[number];
export type SortKey = (typeof applicationSortKeys)[number];

const keys = <K extends string>(record: Record<K, true>) => Object.keys(record) as K[];

export const kindValues = keys({ system: true, application: true } satisfies Record<Kind, true>);
export const lifecycleValues = keys({
  planned: true,
  in_use: true,
  phasing_out: true,
  phased_out: true,
} satisfies Record<Lifecycle, true>);
export const assessmentValues = keys({
  tolerate: true,
  invest: true,
  migrate: true,
  eliminate: true,
} satisfies Record<Assessment, true>);
export const disruptionResultValues = keys({
  passed: true,
  passed_with_remarks: true,
  failed: true,
} satisfies Record<DisruptionResult, true>);
export const flagValues = keys({
  no_owner: true,
  owner_inactive: true,
  personal_data_unclassified: true,
  notice_date_passed: true,
  contract_expired: true,
  disruption_test_missing: true,
  disruption_test_failed: true,
  probable_duplicate: true,
} satisfies Record<ApplicationFlag, true>);
export const overlapMarkStatusValues = keys({ intended: true, migrating: true } satisfies Record<OverlapMarkStatus, true>);
export const contractFilterValues = keys({
  expired: true,
  notice_passed: true,
  within_90_days: true,
  within_365_days: true,
} satisfies Record<ContractFilter, true>);
export const sortKeyValues = keys({
  name: true,
  vendor: true,
  lifecycle: true,
  yearlyCost: true,
  contractEnd: true,
  updatedAt: true,
  quality: true,
} satisfies Record<SortKey, true>);
export const classificationLevels = [1, 2, 3, 4] as const;
export const qualityBandValues = keys({ low: true, medium: true, high: true } satisfies Record<QualityBand, true>);
