import { ruleEndpoints as endpoints } from '../../../shared/endpoints/rules.js';
import type { ruleKeys } from '../../../shared/portfolio.js';
import type { AppDeps } from '../../platform/deps.js';
import type { Routes } from '../../platform/endpoints.js';
import { addRuleValue } from './commands.js';
import type { ruleRepository } from './repository.js';

type Row = Awaited<ReturnType<ReturnType<typeof ruleRepository>['list']>>[number];
const present = (r: Row) => ({ id: r.id, key: r.key as (typeof ruleKeys)[number], value: r.value, effectiveFrom: r.effectiveFrom, description: r.description, rowVersion: r.rowVersion });

export function ruleRoutes(routes: Routes, _deps: AppDeps) {
  routes.on(endpoints.list, async ({ scope }) => ({ items: (await scope.repos.rules.list()).map(present), allowedManage: scope.can('organisation.manage') }));
  routes.on(endpoints.add, async ({ scope, body }) => present(await addRuleValue(scope, body)));
}
