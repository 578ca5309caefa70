import { handoverEndpoints as endpoints } from '../../../shared/endpoints/handover.js';
import type { AppDeps } from '../../platform/deps.js';
import type { Routes } from '../../platform/endpoints.js';
import { expectedVersion, setEtag } from '../../platform/etag.js';
import { notFound } from '../../platform/errors.js';
import { people } from '../organisation/schema.js';
import { and, eq } from 'drizzle-orm';
import { handOver } from './commands.js';
import { inactiveWithResponsibilities, responsibilitiesOf } from './repository.js';

export function handoverRoutes(routes: Routes, { config }: AppDeps) {
  routes.on(endpoints.inactiveResponsible, async ({ scope }) => ({ items: await inactiveWithResponsibilities(scope.db, scope.organisationId) }));

  routes.on(endpoints.responsibilities, async ({ scope, params }, reply) => {
    // A deactivated person is read too: the register may still name them (a deviation).
    const [person] = await scope.db
      .select({ id: people.id, name: people.name, archivedAt: people.archivedAt, rowVersion: people.rowVersion })
      .from(people)
      .where(and(eq(people.organisationId, scope.organisationId), eq(people.id, params.id)));
    if (!person) throw notFound();
    const groups = await responsibilitiesOf(scope.db, scope.organisationId, person.id);
    setEtag(reply, person.rowVersion);
    return {
      person: { id: person.id, name: person.name, active: person.archivedAt === null, rowVersion: person.rowVersion },
      groups,
      total: groups.reduce((n, g) => n + g.count, 0),
    };
  });

  routes.on(endpoints.handOver, async (request, reply) => {
    const { scope, params, body } = request;
    const result = await handOver({ ...scope, scryptCost: config.scryptCost }, params.id, expectedVersion(request), body);
    setEtag(reply, result.rowVersion);
    return result;
  });
}
