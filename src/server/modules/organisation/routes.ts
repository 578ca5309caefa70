import { organisationEndpoints as endpoints } from '../../../shared/endpoints/organisation.js';
import type { AppDeps } from '../../platform/deps.js';
import type { Routes } from '../../platform/endpoints.js';
import { expectedVersion, setEtag } from '../../platform/etag.js';
import { notFound } from '../../platform/errors.js';
import type { RequestScope } from '../../platform/scope.js';
import { createDepartment } from './commands.js';
import { archiveDepartment, updateDepartment } from './department-commands.js';
import { archivePerson, createPerson, liftSignInHold, updatePerson } from './people-commands.js';

type PersonRow = Awaited<ReturnType<RequestScope['repos']['organisation']['people']>>[number];

/** Login roles are shown only to those who manage the organisation. */
function presentPerson(row: PersonRow, scope: RequestScope) {
  const { auth } = scope;
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    departmentId: row.departmentId,
    title: row.title,
    rowVersion: row.rowVersion,
    ...(scope.can('organisation.manage')
      ? { login: row.roleKey ? { roleKey: row.roleKey, roleName: (auth.language === 'en' ? row.roleNameEn : row.roleNameSv) ?? row.roleKey } : null }
      : {}),
  };
}

export function organisationRoutes(routes: Routes, { config, loginLimiter }: AppDeps) {
  const withCost = (scope: RequestScope) => ({ ...scope, scryptCost: config.scryptCost });

  async function presentDepartment(scope: RequestScope, id: string) {
    const row = await scope.repos.organisation.department(id);
    if (!row) throw notFound();
    return { id: row.id, name: row.name, code: row.code, rowVersion: row.rowVersion };
  }

  async function presentOnePerson(scope: RequestScope, id: string) {
    const row = (await scope.repos.organisation.people()).find((p) => p.id === id);
    if (!row) throw notFound();
    return presentPerson(row, scope);
  }

  routes.on(endpoints.departments, async ({ scope }) => ({
    items: await scope.repos.organisation.departments(),
    allowedManage: scope.can('organisation.manage'),
  }));

  routes.on(endpoints.createDepartment, async ({ scope, body }, reply) => {
    const row = await createDepartment({ db: scope.db, clock: scope.clock, actor: { personId: scope.auth.personId, accountId: scope.auth.accountId } }, scope.organisationId, body);
    setEtag(reply, row.rowVersion);
    return presentDepartment(scope, row.id);
  });

  routes.on(endpoints.updateDepartment, async (request, reply) => {
    const { scope, params, body } = request;
    if (!(await scope.repos.organisation.department(params.id))) throw notFound();
    setEtag(reply, await updateDepartment(withCost(scope), params.id, expectedVersion(request), body));
    return presentDepartment(scope, params.id);
  });

  routes.on(endpoints.archiveDepartment, async (request) => {
    const { scope, params } = request;
    if (!(await scope.repos.organisation.department(params.id))) throw notFound();
    await archiveDepartment(withCost(scope), params.id, expectedVersion(request));
  });

  routes.on(endpoints.roles, async ({ scope }) => ({
    items: (await scope.repos.organisation.roles()).map((r) => ({
      id: r.id,
      key: r.key,
      name: scope.auth.language === 'en' ? r.nameEn : r.nameSv,
      grants: r.grants,
      needsDepartment: r.grants.some((g) => g.scope === 'department'),
    })),
  }));

  routes.on(endpoints.capabilities, async ({ scope }) => ({ items: await scope.repos.organisation.capabilities() }));

  routes.on(endpoints.people, async ({ scope }) => {
    const rows = await scope.repos.organisation.people();
    return { items: rows.map((r) => presentPerson(r, scope)), allowedManage: scope.can('organisation.manage') };
  });

  routes.on(endpoints.createPerson, async ({ scope, body }, reply) => {
    const id = await createPerson(withCost(scope), body);
    const person = await presentOnePerson(scope, id);
    setEtag(reply, person.rowVersion);
    return person;
  });

  routes.on(endpoints.updatePerson, async (request, reply) => {
    const { scope, params, body } = request;
    if (!(await scope.repos.organisation.person(params.id))) throw notFound();
    setEtag(reply, await updatePerson(withCost(scope), params.id, expectedVersion(request), body));
    return presentOnePerson(scope, params.id);
  });

  routes.on(endpoints.archivePerson, async (request) => {
    const { scope, params } = request;
    if (!(await scope.repos.organisation.person(params.id))) throw notFound();
    await archivePerson(withCost(scope), params.id, expectedVersion(request));
  });

  routes.on(endpoints.liftSignInHold, async ({ scope, params }) => {
    await liftSignInHold(withCost(scope), params.id, (email) => loginLimiter.lift(email));
  });
}
