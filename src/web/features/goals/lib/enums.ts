import type { KpiStatus, kpiDirections, kpiSources, kpiUnits } from '../../../../shared/goals';

// Restated (the shared arrays would pull zod into the bundle); the compiler checks each is complete.
export type KpiUnit = (typeof kpiUnits)[number];
export type KpiDirection = (typeof kpiDirections)[number];
export type KpiSource = (typeof kpiSources)[number];

const keys = <K extends string>(record: Record<K, true>) => Object.keys(record) as K[];

/** Worst first, as a council member reads a report: what needs attention comes first. */
export const statusValues = keys({
  missed: true,
  at_risk: true,
  no_data: true,
  on_track: true,
  met: true,
} satisfies Record<KpiStatus, true>);

export const unitValues = keys({ percent: true, kronor: true, days: true, count: true, index: true } satisfies Record<KpiUnit, true>);
export const directionValues = keys({ higher: true, lower: true } satisfies Record<KpiDirection, true>);
export const sourceValues = keys({ manual: true, import: true, eservices_introduced: true, eservices_digital_share: true } satisfies Record<KpiSource, true>);
