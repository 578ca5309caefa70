import { applicationEndpoints as endpoints } from '../../../shared/endpoints/applications.js';
import type { AppDeps } from '../../platform/deps.js';
import type { Routes } from '../../platform/endpoints.js';
import { expectedVersion, setEtag } from '../../platform/etag.js';
import { forbidden, notFound } from '../../platform/errors.js';
import { scopeOf } from '../../platform/permissions.js';
import type { RequestScope } from '../../platform/scope.js';
import { archiveApplication, createApplication, restoreApplication, updateApplication } from './commands.js';
import { dismissDuplicate, undoDuplicateDismissal } from './duplicates.js';
import { exportExtras, exportWorkbook } from './export.js';
import { applicationHistory } from './history.js';
import { markOverlap, type StoredOverlapMark, unmarkOverlap, updateOverlapMark } from './overlap-marks.js';
import { overlapsFor } from './overlaps.js';
import { presentApplication, presentListItem, readScopeOf } from './presenter.js';
import { qualityWeightsOf } from './quality.js';

export function applicationRoutes(routes: Routes, { clock }: AppDeps) {
  const readScope = (scope: RequestScope) => {
    const read = readScopeOf(scope.auth);
    if (!read) throw forbidden();
    return read;
  };

  /** Loads one system the person may read, or answers 404 (another municipality's id looks unknown). */
  async function loadReadable(scope: RequestScope, id: string) {
    // Archived systems stay visible to those who may restore them.
    const loaded = await scope.repos.applications.get(id, { includeArchived: scope.can('application.archive') });
    if (!loaded) throw notFound();
    if (readScope(scope).kind !== 'all' && !scope.can('application.read', { departmentIds: loaded.departmentIds, ownerIds: [loaded.row.ownerId, loaded.row.managerId] })) {
      throw notFound();
    }
    return loaded;
  }

  async function present(scope: RequestScope, id: string, reply: Parameters<typeof setEtag>[0]) {
    const loaded = (await scope.repos.applications.get(id))!;
    setEtag(reply, loaded.row.rowVersion);
    return presentApplication(loaded, scope.auth, clock.today(), (await qualityWeightsOf(scope.db, scope.organisationId)).weights);
  }

  routes.on(endpoints.list, async ({ scope, query }) => {
    const today = clock.today();
    if (query.archived) scope.require('application.archive');
    const { rows, total } = await scope.repos.applications.list(query, readScope(scope), today);
    return {
      items: rows.map((r) => presentListItem(r, today)),
      total,
      page: query.page,
      pageSize: query.pageSize,
      allowedCreate: scope.can('application.create'),
    };
  });

  routes.on(endpoints.export, async ({ scope, query }, reply) => {
    const today = clock.today();
    if (query.archived) scope.require('application.archive');
    const repo = scope.repos.applications;
    const rows = await repo.listAll(query, readScope(scope), today);
    // The workbook is the import's format (issue 12, item 1): its other sheets follow the systems sheet.
    const extras = await exportExtras(scope.db, scope.organisationId, rows.map((r) => r.id), scope.can('organisation.read'));
    const buffer = await exportWorkbook(rows, scope.auth.language, today, extras);
    return reply
      .type(endpoints.export.produces)
      .header('Content-Disposition', `attachment; filename="systemregister-${today}.xlsx"`)
      .send(buffer);
  });

  routes.on(endpoints.names, async ({ scope }) => ({ items: await scope.repos.applications.names(readScope(scope), clock.today()) }));

  routes.on(endpoints.summary, async ({ scope }) => scope.repos.applications.flagCounts(readScope(scope), clock.today()));

  routes.on(endpoints.overlaps, async ({ scope }) => {
    if (readScope(scope).kind !== 'all') throw forbidden();
    // The report is cached per municipality; what this person may do is added per request.
    return { ...(await overlapsFor(scope.db, scope.auth, clock.today())), allowedMark: scopeOf(scope.auth, 'application.update') === 'all' };
  });

  const presentMark = (mark: StoredOverlapMark, reply: Parameters<typeof setEtag>[0]) => {
    setEtag(reply, mark.rowVersion);
    return { ...mark, status: mark.status as 'intended' | 'migrating', reviewOverdue: mark.reviewOn < clock.today() };
  };

  routes.on(endpoints.markOverlap, async ({ scope, params, body }, reply) =>
    presentMark(await markOverlap(scope, params.capabilityId, body), reply),
  );

  routes.on(endpoints.updateOverlapMark, async (request, reply) =>
    presentMark(await updateOverlapMark(request.scope, request.params.capabilityId, expectedVersion(request), request.body), reply),
  );

  routes.on(endpoints.unmarkOverlap, async (request) => {
    await unmarkOverlap(request.scope, request.params.capabilityId, expectedVersion(request));
  });

  routes.on(endpoints.create, async ({ scope, body }, reply) => {
    const id = await createApplication(scope, body);
    reply.header('Location', `/api/v1/applications/${id}`);
    return present(scope, id, reply);
  });

  routes.on(endpoints.get, async ({ scope, params }, reply) => {
    const loaded = await loadReadable(scope, params.id);
    setEtag(reply, loaded.row.rowVersion);
    return presentApplication(loaded, scope.auth, clock.today(), (await qualityWeightsOf(scope.db, scope.organisationId)).weights);
  });

  routes.on(endpoints.update, async (request, reply) => {
    const { scope, params, body } = request;
    await loadReadable(scope, params.id);
    await updateApplication(scope, params.id, expectedVersion(request), body);
    return present(scope, params.id, reply);
  });

  routes.on(endpoints.archive, async (request) => {
    await loadReadable(request.scope, request.params.id);
    request.scope.require('application.archive');
    await archiveApplication(request.scope, request.params.id, expectedVersion(request));
  });

  routes.on(endpoints.restore, async (request, reply) => {
    await loadReadable(request.scope, request.params.id);
    request.scope.require('application.archive');
    await restoreApplication(request.scope, request.params.id, expectedVersion(request));
    return present(request.scope, request.params.id, reply);
  });

  /** Whether the person may change the system (a department-scoped grant covers its department's and their own). */
  const mayUpdate = (scope: RequestScope, loaded: Awaited<ReturnType<typeof loadReadable>>) =>
    scope.can('application.update', { departmentIds: loaded.departmentIds, ownerIds: [loaded.row.ownerId, loaded.row.managerId] });

  routes.on(endpoints.duplicates, async ({ scope, params }) => {
    const loaded = await loadReadable(scope, params.id);
    const read = readScope(scope);
    return {
      items: await scope.repos.applications.duplicatesOf(params.id, read, clock.today()),
      dismissed: await scope.repos.applications.dismissedOf(params.id, read, clock.today()),
      allowedDismiss: mayUpdate(scope, loaded),
    };
  });

  routes.on(endpoints.dismissDuplicate, async ({ scope, params }) => {
    const loaded = await loadReadable(scope, params.id);
    const other = await loadReadable(scope, params.otherId);
    // Judging the pair is a change to either system's standing: one of the two must be the person's to change.
    if (!mayUpdate(scope, loaded) && !mayUpdate(scope, other)) throw forbidden();
    await dismissDuplicate(scope, { id: loaded.row.id, name: loaded.row.name }, params.otherId, readScope(scope));
  });

  routes.on(endpoints.undoDuplicateDismissal, async ({ scope, params }) => {
    const loaded = await loadReadable(scope, params.id);
    const other = await loadReadable(scope, params.otherId);
    if (!mayUpdate(scope, loaded) && !mayUpdate(scope, other)) throw forbidden();
    await undoDuplicateDismissal(scope, { id: loaded.row.id, name: loaded.row.name }, { id: other.row.id, name: other.row.name });
  });

  routes.on(endpoints.history, async ({ scope, params }) => {
    await loadReadable(scope, params.id);
    return { items: await applicationHistory(scope.db, scope.auth, params.id) };
  });
}
