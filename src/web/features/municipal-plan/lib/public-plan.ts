import type { MunicipalPlan } from '../../../../shared/municipal-plan';
import type { PublicPlan } from '../../../../shared/public-it-plans';

/** The public plan in the shape the plan's tables read: nothing may be changed, so no row versions matter. */
export function asReadOnlyPlan(plan: PublicPlan): MunicipalPlan {
  return { ...plan, allowedManage: false, rowVersion: 0, initiatives: plan.initiatives.map((i) => ({ ...i, rowVersion: 0 })) };
}
