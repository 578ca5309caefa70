import { assignmentEndpoints as endpoints } from '../../../shared/endpoints/assignments.js';
import type { AppDeps } from '../../platform/deps.js';
import type { Routes } from '../../platform/endpoints.js';
import { versionedRecord } from '../../platform/etag.js';
import { notFound } from '../../platform/errors.js';
import type { RequestScope } from '../../platform/scope.js';
import { assignmentById, assignmentsOfDocument, assignmentsOfPerson, mayChangeAssignment, presentAssignment } from './assignment-queries.js';
import { createAssignment, setAssignmentStatus, updateAssignment } from './assignments.js';

/** The assignments (uppdrag) a document's items give: per document, per person, one by one (issue 13, item 7). */
export function assignmentRoutes(routes: Routes, { clock }: AppDeps) {
  /** Readable by who reads documents and by its owner; 404 otherwise, as for another municipality's. */
  async function load(scope: RequestScope, id: string) {
    const row = await assignmentById(scope.db, scope.organisationId, id);
    if (!row || (!scope.can('document.read') && row.a.ownerId !== scope.auth.personId)) throw notFound();
    return presentAssignment(row, scope.auth, clock.today());
  }
  const assignment = versionedRecord(load);

  routes.on(endpoints.ofDocument, async ({ scope, params }) => {
    const doc = await scope.repos.documents.get(params.id);
    if (!doc) throw notFound();
    const rows = await assignmentsOfDocument(scope.db, scope.organisationId, params.id);
    return { items: rows.map((r) => presentAssignment(r, scope.auth, clock.today())), allowedCreate: mayChangeAssignment(scope.auth, doc.doc.ownerId) };
  });

  routes.on(endpoints.create, async ({ scope, params, body }, reply) => assignment.answer(scope, await createAssignment(scope, params.id, body), reply));

  routes.on(endpoints.mine, async ({ scope }) => {
    const rows = await assignmentsOfPerson(scope.db, scope.organisationId, scope.auth.personId);
    return { items: rows.map((r) => presentAssignment(r, scope.auth, clock.today())), allowedCreate: false };
  });

  routes.on(endpoints.get, async ({ scope, params }, reply) => assignment.answer(scope, params.id, reply));

  routes.on(endpoints.update, async (request, reply) =>
    assignment.change(request, reply, (version) => updateAssignment(request.scope, request.params.id, version, request.body)),
  );

  routes.on(endpoints.setStatus, async (request, reply) =>
    assignment.change(request, reply, (version) => setAssignmentStatus(request.scope, request.params.id, version, request.body)),
  );
}
