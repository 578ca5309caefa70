import type { Kpi } from '../../../../shared/goals';

export interface PathPoint {
  /** Milliseconds since 1970 (UTC midnight), for a time axis. */
  time: number;
  date: string;
  /** The measured value of the period ending that day, if any. */
  measured: number | null;
  /** Where the straight path from the start to the targets stands that day. */
  path: number | null;
  kind: 'baseline' | 'measurement' | 'target' | 'measurement_target';
}

const dayMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/**
 * The chart's data: measurements against the target path, the straight line from the baseline
 * (or, without one, the first measurement, as the server evaluates it) to each target in turn.
 */
export function targetPath(kpi: Pick<Kpi, 'baselineValue' | 'baselineDate' | 'targets' | 'measurements'>): PathPoint[] {
  const measurements = [...kpi.measurements].sort((a, b) => a.periodEnd.localeCompare(b.periodEnd));
  const targets = [...kpi.targets].sort((a, b) => a.targetDate.localeCompare(b.targetDate));
  const start =
    kpi.baselineValue !== null && kpi.baselineDate
      ? { date: kpi.baselineDate, value: kpi.baselineValue }
      : measurements[0]
        ? { date: measurements[0].periodEnd, value: measurements[0].value }
        : null;
  const nodes = [...(start ? [start] : []), ...targets.map((t) => ({ date: t.targetDate, value: t.value }))];
  const pathAt = (date: string): number | null => {
    if (nodes.length === 0 || date < nodes[0]!.date || date > nodes.at(-1)!.date) return null;
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      if (node.date === date) return node.value;
      const next = nodes[i + 1];
      if (next && date > node.date && date < next.date) {
        const share = (dayMs(date) - dayMs(node.date)) / (dayMs(next.date) - dayMs(node.date));
        return node.value + (next.value - node.value) * share;
      }
    }
    return null;
  };
  const measuredOn = new Map(measurements.map((m) => [m.periodEnd, m.value]));
  const targetDates = new Set(targets.map((t) => t.targetDate));
  const dates = [...new Set([...(kpi.baselineDate && kpi.baselineValue !== null ? [kpi.baselineDate] : []), ...measuredOn.keys(), ...targetDates])].sort();
  return dates.map((date) => {
    const measured = measuredOn.get(date) ?? (date === kpi.baselineDate ? kpi.baselineValue : null);
    const isTarget = targetDates.has(date);
    const isMeasurement = measuredOn.has(date);
    const kind = date === kpi.baselineDate && !isMeasurement ? 'baseline' : isTarget && isMeasurement ? 'measurement_target' : isTarget ? 'target' : 'measurement';
    return { time: dayMs(date), date, measured, path: pathAt(date), kind };
  });
}
