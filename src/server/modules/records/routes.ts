import type { RecordType } from '../../../shared/records.js';
import { recordEndpoints as endpoints } from '../../../shared/endpoints/records.js';
import type { AppDeps } from '../../platform/deps.js';
import type { Routes } from '../../platform/endpoints.js';
import { expectedVersion, setEtag } from '../../platform/etag.js';
import { AppError, forbidden, notFound, validationFailed } from '../../platform/errors.js';
import type { RequestScope } from '../../platform/scope.js';
import { entityEvents } from '../audit/queries.js';
import { valueBefore } from './changes.js';
import { recordHistory } from './history.js';
import { kinds } from './kinds.js';
import { archivedRecords, recordState } from './queries.js';

export function recordRoutes(routes: Routes, { config }: AppDeps) {
  const withCost = (scope: RequestScope) => ({ ...scope, scryptCost: config.scryptCost });

  /**
   * The record as its register shows it: 403 for a person who may not read the kind, 404 for an id
   * of another municipality, and 404 for an archived record to a person who may not restore it.
   */
  async function loadReadable(scope: RequestScope, type: RecordType, id: string) {
    const kind = kinds[type];
    if (!scope.can(kind.read)) throw forbidden();
    const state = await recordState(scope.db, scope.organisationId, type, id);
    if (!state || (state.archivedAt !== null && !scope.can(kind.archive))) throw notFound();
    // A role that reads only some systems reads the history of those, and sets back only what it may change.
    const access = kind.access ? await kind.access(scope.db, scope.auth, id) : { read: true, update: scope.can(kind.update) };
    if (!access.read) throw notFound();
    return { ...state, mayUpdate: scope.can(kind.update) && access.update };
  }

  routes.on(endpoints.history, async ({ scope, params }, reply) => {
    const state = await loadReadable(scope, params.type, params.id);
    const kind = kinds[params.type];
    const allowedSetBack = !!kind.setBack && state.archivedAt === null && state.mayUpdate;
    setEtag(reply, state.rowVersion);
    return {
      items: await recordHistory(scope.db, scope.auth, params.type, params.id, allowedSetBack ? (kind.settable ?? []) : []),
      rowVersion: state.rowVersion,
      archived: state.archivedAt !== null,
      allowedSetBack,
    };
  });

  routes.on(endpoints.setBack, async (request, reply) => {
    const { scope, params, body } = request;
    const version = expectedVersion(request);
    const state = await loadReadable(scope, params.type, params.id);
    const kind = kinds[params.type];
    if (!kind.setBack) throw validationFailed([{ field: 'field', key: 'not_settable' }]);
    if (state.archivedAt !== null) throw notFound();
    if (!state.mayUpdate) throw forbidden();
    const event = (await entityEvents(scope.db, scope.organisationId, params.type, params.id)).find((e) => e.id === body.eventId);
    if (!event) throw validationFailed([{ field: 'eventId', key: 'history_event_unknown' }]);
    const earlier = event.action === 'update' ? valueBefore(event.before, event.after, body.field) : undefined;
    if (!earlier) throw validationFailed([{ field: 'field', key: 'not_settable' }]);
    const rowVersion = await kind.setBack(withCost(scope), params.id, version, body.field, earlier.value);
    setEtag(reply, rowVersion);
    return { rowVersion };
  });

  routes.on(endpoints.archive, async (request) => {
    const { scope, params } = request;
    const version = expectedVersion(request);
    const kind = kinds[params.type];
    const state = await loadReadable(scope, params.type, params.id);
    if (!kind.archiveRecord) throw new AppError(409, 'not_archivable');
    if (state.archivedAt !== null) throw notFound();
    if (!scope.can(kind.archive)) throw forbidden();
    await kind.archiveRecord(withCost(scope), params.id, version);
  });

  routes.on(endpoints.restore, async (request, reply) => {
    const { scope, params } = request;
    const version = expectedVersion(request);
    const kind = kinds[params.type];
    const state = await loadReadable(scope, params.type, params.id);
    if (state.archivedAt === null || !kind.restoreRecord) throw notFound();
    await kind.restoreRecord(withCost(scope), params.id, version);
    const after = (await recordState(scope.db, scope.organisationId, params.type, params.id))!;
    setEtag(reply, after.rowVersion);
    return { type: params.type, id: params.id, rowVersion: after.rowVersion };
  });

  routes.on(endpoints.archived, async ({ scope, query }) => {
    const { rows, total } = await archivedRecords(scope.db, scope.organisationId, query);
    return {
      items: rows.map((r) => ({ type: r.type, id: r.id, name: r.name, archivedAt: new Date(r.archived_at).toISOString(), rowVersion: r.row_version })),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  });
}
