import { kpiProblems } from '../../../../shared/goal-rules';
import { kpiInput } from '../../../../shared/goals';
import { schemaValidation } from '../../../kit/forms/schema-validation';
import { toKpiInput } from './kpi-form-values';

/**
 * A KPI form is checked by the schema the server checks its body with, then by the domain's rules
 * on it that the server's command applies (shared/goal-rules.ts). An unchosen goal is sent as
 * missing, so it reads "required" as the server's answer would.
 */
export const validateKpi = schemaValidation(kpiInput, toKpiInput, { rules: kpiProblems });
