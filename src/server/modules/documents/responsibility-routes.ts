import { assignmentEndpoints as endpoints } from '../../../shared/endpoints/assignments.js';
import type { AppDeps } from '../../platform/deps.js';
import type { Routes } from '../../platform/endpoints.js';
import { versionedRecord } from '../../platform/etag.js';
import { notFound } from '../../platform/errors.js';
import type { RequestScope } from '../../platform/scope.js';
import { responsibilitiesEditable, responsibilityTableOf, saveResponsibilities, versionResponsibilities } from './responsibilities.js';

/** A steering document's responsibility table, working and as decided (issue 13, item 7). */
export function responsibilityRoutes(routes: Routes, _deps: AppDeps) {
  async function present(scope: RequestScope, documentId: string) {
    const row = await scope.repos.documents.get(documentId);
    if (!row) throw notFound();
    const table = await responsibilityTableOf(scope.db, scope.organisationId, documentId);
    const mayUpdate = scope.can('document.update', { departmentIds: [], ownerIds: [row.doc.ownerId] }) && responsibilitiesEditable(row.doc.status);
    return { documentId, rows: table.rows, rowVersion: table.rowVersion, allowedUpdate: mayUpdate };
  }
  const table = versionedRecord(present);

  routes.on(endpoints.responsibilities, async ({ scope, params }, reply) => table.answer(scope, params.id, reply));

  routes.on(endpoints.saveResponsibilities, async (request, reply) =>
    table.change(request, reply, (version) => saveResponsibilities(request.scope, request.params.id, version, request.body)),
  );

  routes.on(endpoints.versionResponsibilities, async ({ scope, params }) => {
    if (!(await scope.repos.documents.get(params.id))) throw notFound();
    const version = (await scope.repos.documents.versions(params.id)).find((v) => v.version === params.version);
    if (!version) throw notFound();
    return { rows: await versionResponsibilities(scope.db, scope.organisationId, params.id, params.version) };
  });
}
