import { importEndpoints as endpoints } from '../../../shared/endpoints/imports.js';
import type { ImportBatch, ImportReport, ImportStatus } from '../../../shared/imports.js';
import { isMessageKey, message } from '../../../shared/messages.js';
import type { Routes } from '../../platform/endpoints.js';
import { expectedVersion, setEtag } from '../../platform/etag.js';
import { notFound } from '../../platform/errors.js';
import type { RequestScope } from '../../platform/scope.js';
import { liveProgress, runImport, startImport, undoImport } from './commands.js';
import { importRepository } from './repository.js';

type Stored = NonNullable<Awaited<ReturnType<ReturnType<typeof importRepository>['get']>>>;

export function importRoutes(routes: Routes) {
  /**
   * The batch as the client reads it: progress from this server's memory when it works on the
   * batch, else as noted (a batch whose work stopped is resumed by a server, startImports).
   */
  function present(scope: RequestScope, batch: Omit<Stored, 'report'> & { report?: unknown }): Omit<ImportBatch, 'report'> & { report: ImportReport | null } {
    const status = batch.status as ImportStatus;
    const failure = batch.failure;
    const progress = liveProgress(batch.id) ?? (batch.progress as ImportBatch['progress']);
    const language = scope.auth.language;
    return {
      id: batch.id,
      filename: batch.filename,
      status,
      createdAt: batch.createdAt.toISOString(),
      createdByName: batch.createdByName,
      finishedAt: batch.finishedAt?.toISOString() ?? null,
      progress: status === 'analysing' || status === 'running' ? progress : null,
      report: (batch.report as ImportReport | null | undefined) ?? null,
      counts: batch.counts as ImportBatch['counts'],
      failure: failure ? (isMessageKey(failure) ? message(language, failure) : language === 'en' ? 'The import stopped before it was finished.' : 'Importen avbröts innan den var klar.') : null,
      allowedUndo: status === 'done',
      rowVersion: batch.rowVersion,
    };
  }

  async function load(scope: RequestScope, id: string) {
    const batch = await importRepository(scope.db, scope.organisationId).get(id);
    if (!batch) throw notFound();
    return batch;
  }

  const answer = async (scope: RequestScope, id: string, reply: Parameters<typeof setEtag>[0]) => {
    const batch = await load(scope, id);
    setEtag(reply, batch.rowVersion);
    return present(scope, batch);
  };

  routes.on(endpoints.list, async ({ scope }) => {
    const rows = await importRepository(scope.db, scope.organisationId).list();
    const items = [];
    for (const row of rows) {
      const { report: _report, ...rest } = present(scope, row);
      items.push(rest);
    }
    return { items };
  });

  routes.on(endpoints.start, async ({ scope, body }, reply) => {
    // The file is decoded once and its text let go: a 30 MB upload is not held twice while it is read.
    const content = Buffer.from(body.contentBase64, 'base64');
    body.contentBase64 = '';
    const id = await startImport(scope, { filename: body.filename, content });
    reply.header('Location', `/api/v1/imports/${id}`);
    return answer(scope, id, reply);
  });

  routes.on(endpoints.get, async ({ scope, params }, reply) => answer(scope, params.id, reply));

  routes.on(endpoints.run, async (request, reply) => {
    await runImport(request.scope, request.params.id, expectedVersion(request), request.body.mapping);
    return answer(request.scope, request.params.id, reply);
  });

  routes.on(endpoints.undo, async (request, reply) => {
    await undoImport(request.scope, request.params.id, expectedVersion(request));
    return answer(request.scope, request.params.id, reply);
  });
}
