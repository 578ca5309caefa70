import { type Kpi, registerKpiSources } from '../../../shared/goals.js';
import type { AuthContext } from '../../platform/auth.js';
import { can } from '../../platform/permissions.js';
import type { KpiRepository } from './repository.js';
import { evaluateKpi } from './rules.js';

type Row = NonNullable<Awaited<ReturnType<KpiRepository['get']>>>;
type Facts = Awaited<ReturnType<KpiRepository['factsFor']>>;

export function presentKpi(row: Row, facts: Facts, auth: AuthContext, today: string): Kpi {
  const { kpi } = row;
  const targets = (facts.targets.get(kpi.id) ?? []).map((t) => ({ value: t.value, targetDate: t.targetDate }));
  const measurements = facts.measurements.get(kpi.id) ?? [];
  const direction = kpi.direction as Kpi['direction'];
  const record = { departmentIds: [], ownerIds: [kpi.ownerId, row.documentOwnerId] };
  return {
    id: kpi.id,
    goalId: kpi.goalId,
    goalTitle: row.goalTitle,
    documentId: row.documentId,
    documentTitle: row.documentTitle,
    name: kpi.name,
    definition: kpi.definition,
    unit: kpi.unit as Kpi['unit'],
    direction,
    source: kpi.source as Kpi['source'],
    ownerId: kpi.ownerId,
    ownerName: row.ownerName,
    baselineValue: kpi.baselineValue,
    baselineDate: kpi.baselineDate,
    targets,
    measurements: measurements.map((m) => ({ id: m.id, periodEnd: m.periodEnd, value: m.value, comment: m.comment, enteredByName: m.enteredByName, rowVersion: m.rowVersion })),
    evaluation: evaluateKpi(
      {
        direction,
        baseline: kpi.baselineValue !== null && kpi.baselineDate ? { value: kpi.baselineValue, date: kpi.baselineDate } : null,
        targets,
        measurements,
      },
      today,
    ),
    rowVersion: kpi.rowVersion,
    allowed: { update: can(auth, 'kpi.manage', { departmentIds: [], ownerIds: [row.documentOwnerId] }), measure: !registerKpiSources.includes(kpi.source as never) && can(auth, 'kpi.measure', record) },
  };
}
