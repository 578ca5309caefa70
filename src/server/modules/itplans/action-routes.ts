import { and, asc, eq, isNull, ne, sql } from 'drizzle-orm';
import { planActionEndpoints as endpoints } from '../../../shared/endpoints/plan-actions.js';
import type { InitiativeAction, OpenPlanList } from '../../../shared/plan-actions.js';
import type { ProjectStatus } from '../../../shared/portfolio.js';
import type { Routes } from '../../platform/endpoints.js';
import { notFound } from '../../platform/errors.js';
import { can } from '../../platform/permissions.js';
import type { RequestScope } from '../../platform/scope.js';
import { acquisitions } from '../acquisitions/schema.js';
import { departments } from '../organisation/schema.js';
import { projects } from '../portfolio/schema.js';
import { initiativeToAcquisition, initiativeToProject } from './action-commands.js';
import { departmentPlans, planInitiatives, planNeeds, planRounds } from './schema.js';

/** What an initiative became: the project or acquisition (read-only joins on their modules' tables) and the needs it meets. */
async function presentAction(scope: RequestScope, id: string): Promise<InitiativeAction> {
  const org = scope.organisationId;
  const [initiative] = await scope.db
    .select()
    .from(planInitiatives)
    .where(and(eq(planInitiatives.organisationId, org), eq(planInitiatives.id, id), isNull(planInitiatives.archivedAt)));
  if (!initiative) throw notFound();
  const [project] = initiative.projectId
    ? await scope.db.select({ id: projects.id, name: projects.name, status: projects.status }).from(projects).where(and(eq(projects.organisationId, org), eq(projects.id, initiative.projectId)))
    : [];
  const [acquisition] = initiative.acquisitionId
    ? await scope.db.select({ id: acquisitions.id, name: acquisitions.title, step: acquisitions.step }).from(acquisitions).where(and(eq(acquisitions.organisationId, org), eq(acquisitions.id, initiative.acquisitionId)))
    : [];
  const needs = await scope.db
    .select({ id: planNeeds.id, title: planNeeds.title, departmentId: departments.id, departmentName: departments.name })
    .from(planNeeds)
    .innerJoin(departments, and(eq(departments.organisationId, planNeeds.organisationId), eq(departments.id, planNeeds.departmentId)))
    .where(and(eq(planNeeds.organisationId, org), eq(planNeeds.initiativeId, id), isNull(planNeeds.archivedAt)))
    .orderBy(sql`${departments.nameSort} collate "C"`, asc(planNeeds.id));
  const free = !initiative.projectId && !initiative.acquisitionId;
  const departmentIds = [...new Set(needs.map((n) => n.departmentId))];
  const manage = can(scope.auth, 'itplan.manage');
  return {
    initiativeId: initiative.id,
    title: initiative.title,
    project: project ? { ...project, status: project.status as ProjectStatus } : null,
    acquisition: acquisition ?? null,
    needs: needs.map((n) => ({ id: n.id, title: n.title, department: { id: n.departmentId, name: n.departmentName } })),
    allowedProject: free && manage && can(scope.auth, 'project.create', { departmentIds, ownerIds: [] }),
    allowedAcquisition: free && manage && can(scope.auth, 'acquisition.create', { departmentIds: departmentIds.slice(0, 1), ownerIds: [] }),
  };
}

/** The department plans of open rounds that are not yet submitted: where a candidate can become a need. */
async function openPlans(scope: RequestScope): Promise<OpenPlanList> {
  const org = scope.organisationId;
  const rows = await scope.db
    .select({ plan: departmentPlans, round: planRounds, departmentName: departments.name })
    .from(departmentPlans)
    .innerJoin(planRounds, and(eq(planRounds.organisationId, departmentPlans.organisationId), eq(planRounds.id, departmentPlans.roundId)))
    .innerJoin(departments, and(eq(departments.organisationId, departmentPlans.organisationId), eq(departments.id, departmentPlans.departmentId)))
    .where(and(eq(departmentPlans.organisationId, org), eq(planRounds.status, 'open'), isNull(planRounds.archivedAt), ne(departmentPlans.status, 'submitted'), isNull(departments.archivedAt)))
    .orderBy(asc(planRounds.firstYear), asc(planRounds.id), sql`${departments.nameSort} collate "C"`);
  return {
    items: rows.map((r) => ({
      planId: r.plan.id,
      round: { id: r.round.id, title: r.round.title, firstYear: r.round.firstYear, lastYear: r.round.lastYear },
      department: { id: r.plan.departmentId, name: r.departmentName },
      allowedWrite: can(scope.auth, 'itplan.write', { departmentIds: [r.plan.departmentId], ownerIds: [] }),
    })),
  };
}

/** Initiatives into action (issue 14, item 5) and the open plans an e-service candidate can join (item 8). */
export function planActionRoutes(routes: Routes) {
  routes.on(endpoints.initiativeAction, async ({ scope, params }) => presentAction(scope, params.id));

  routes.on(endpoints.initiativeProject, async ({ scope, params }) => {
    await initiativeToProject(scope, params.id);
    return presentAction(scope, params.id);
  });

  routes.on(endpoints.initiativeAcquisition, async ({ scope, params, body }) => {
    await initiativeToAcquisition(scope, params.id, body);
    return presentAction(scope, params.id);
  });

  routes.on(endpoints.openPlans, async ({ scope }) => openPlans(scope));
}

