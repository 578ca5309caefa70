import type { ImportReport, MappingEntry } from '../../../shared/imports.js';
import type { AuthContext } from '../../platform/auth.js';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db.js';
import { AppError, notFound, validationFailed } from '../../platform/errors.js';
import { contentMatchesExtension } from '../../platform/file-signature.js';
import { requirePermission } from '../../platform/permissions.js';
import { importRepository } from './repository.js';
import { analyseOffThread, RegisterFileError } from './runner.js';
import { changedSinceBatch, undoBatchRows, writePlanned } from './write.js';

/**
 * An import's life (issue 12, item 1): the upload starts a dry run in the background; the run and
 * the undo also work in the background, after the request has answered 202, in chunks of one
 * transaction each. Progress is kept in memory and noted in the batch at most every second, so a
 * reload (or another server) reads it; a batch whose progress stopped long ago was interrupted.
 */

export interface ImportContext {
  db: Db;
  clock: Clock;
  auth: AuthContext;
  /** The organisation module's commands take it (archiving a department the import made). */
  scryptCost: number;
}

interface Progress {
  phase: 'reading' | 'writing' | 'undoing';
  sheet: string;
  row: number;
  rows: number;
  at: string;
}

/** Live progress of the batches this server is working on. */
const live = new Map<string, Progress>();
/** Without a progress note for this long, a batch said to be working was interrupted (a restart). */
const STALE_MS = 120_000;

export const liveProgress = (id: string) => live.get(id) ?? null;
export const isStale = (progress: Progress | null, now: Date) => !progress || now.getTime() - Date.parse(progress.at) > STALE_MS;

function tracker(ctx: ImportContext, id: string) {
  let noted = 0;
  return async (progress: Omit<Progress, 'at'>, force = false) => {
    const now = ctx.clock.now();
    const p = { ...progress, at: now.toISOString() };
    live.set(id, p);
    if (force || now.getTime() - noted >= 1000) {
      noted = now.getTime();
      await importRepository(ctx.db, ctx.auth.organisationId).noteProgress(id, p);
    }
  };
}

/** Runs a batch's background work; whatever fails marks the batch failed instead of leaving it working. */
function inBackground(ctx: ImportContext, id: string, work: () => Promise<void>) {
  void work()
    .catch(async (error: unknown) => {
      const failure = error instanceof RegisterFileError ? `import_file_${error.reason}` : error instanceof AppError ? error.code : 'internal_error';
      if (!(error instanceof RegisterFileError) && !(error instanceof AppError)) console.error('import batch failed', id, error);
      await importRepository(ctx.db, ctx.auth.organisationId)
        .update(id, { status: 'failed', failure, content: null, finishedAt: ctx.clock.now(), updatedAt: ctx.clock.now() })
        .catch(() => undefined);
    })
    .finally(() => live.delete(id));
}

/** Takes the file, checks its type, and starts the dry run; the batch id is returned at once. */
export async function startImport(ctx: ImportContext, input: { filename: string; contentBase64: string }): Promise<string> {
  requirePermission(ctx.auth, 'register.import');
  const bytes = Buffer.from(input.contentBase64, 'base64');
  const extension = /\.(xlsx|csv)$/i.exec(input.filename)![1]!.toLowerCase();
  if (bytes.length === 0 || !contentMatchesExtension(input.filename, bytes)) {
    throw validationFailed([{ field: 'contentBase64', key: 'file_content_mismatch', params: { extension } }]);
  }
  const repo = importRepository(ctx.db, ctx.auth.organisationId);
  const id = await repo.insert({ createdBy: ctx.auth.personId, filename: input.filename, content: bytes, at: ctx.clock.now() });
  const note = tracker(ctx, id);
  live.set(id, { phase: 'reading', sheet: '', row: 0, rows: 0, at: ctx.clock.now().toISOString() });
  inBackground(ctx, id, async () => {
    const reference = await repo.reference();
    const { report } = await analyseOffThread({ filename: input.filename, bytes, reference, language: ctx.auth.language, mapping: null }, (sheet, row) => void note({ phase: 'reading', sheet, row, rows: 0 }));
    if (report.sheets.every((s) => s.rows === 0)) report.problems.unshift({ sheet: input.filename, row: 0, column: '', code: 'no_rows', severity: 'error', message: ctx.auth.language === 'en' ? 'The file has no rows to import.' : 'Filen innehåller inga rader att läsa in.' });
    await repo.update(id, { status: 'analysed', report, progress: null, updatedAt: ctx.clock.now() });
  });
  return id;
}

/** Starts the run of an analysed batch with the person's mapping. */
export async function runImport(ctx: ImportContext, id: string, expectedVersion: number, mapping: MappingEntry[]) {
  requirePermission(ctx.auth, 'register.import');
  const repo = importRepository(ctx.db, ctx.auth.organisationId);
  const batch = await repo.get(id);
  if (!batch) throw notFound();
  if (batch.rowVersion !== expectedVersion) throw new AppError(412, 'precondition_failed');
  if (batch.status !== 'analysed') throw new AppError(409, 'import_not_analysed', { status: batch.status });
  const started = await repo.update(id, { status: 'running', mapping, progress: null, updatedAt: ctx.clock.now() }, { status: 'analysed', rowVersion: expectedVersion });
  if (!started) throw new AppError(412, 'precondition_failed');
  const note = tracker(ctx, id);
  live.set(id, { phase: 'reading', sheet: '', row: 0, rows: 0, at: ctx.clock.now().toISOString() });
  inBackground(ctx, id, async () => {
    const stored = await repo.content(id);
    const reference = await repo.reference();
    const { planned } = await analyseOffThread(
      { filename: batch.filename, bytes: stored!.content!, reference, language: ctx.auth.language, mapping },
      (sheet, row) => void note({ phase: 'reading', sheet, row, rows: 0 }),
    );
    const counts = await writePlanned(ctx, id, planned, note);
    const skipped = ((batch.report as ImportReport | null)?.sheets ?? []).reduce((n, s) => n + s.skipped, 0) + counts.skipped;
    await repo.update(id, { status: 'done', content: null, counts: { created: counts.created, updated: counts.updated, skipped }, progress: null, finishedAt: ctx.clock.now(), updatedAt: ctx.clock.now() });
  });
}

/**
 * Undoes a finished batch as a whole. Refused (409) when someone has changed one of its records
 * since, naming each and its fields: undoing would silently throw their work away.
 */
export async function undoImport(ctx: ImportContext, id: string, expectedVersion: number) {
  requirePermission(ctx.auth, 'register.import');
  const repo = importRepository(ctx.db, ctx.auth.organisationId);
  const batch = await repo.get(id);
  if (!batch) throw notFound();
  if (batch.rowVersion !== expectedVersion) throw new AppError(412, 'precondition_failed');
  if (batch.status !== 'done') throw new AppError(409, 'import_not_done', { status: batch.status });
  const rows = await repo.rows(id);
  const changed = await changedSinceBatch(ctx, rows);
  if (changed.length > 0) {
    const list = changed.slice(0, 20).map((c) => `${c.name} (${c.fields.join(', ') || '–'})`).join('; ');
    throw new AppError(409, 'import_undo_conflict', { records: changed.length > 20 ? `${list} …` : list });
  }
  const started = await repo.update(id, { status: 'running', updatedAt: ctx.clock.now() }, { status: 'done', rowVersion: expectedVersion });
  if (!started) throw new AppError(412, 'precondition_failed');
  const note = tracker(ctx, id);
  live.set(id, { phase: 'undoing', sheet: '', row: 0, rows: rows.length, at: ctx.clock.now().toISOString() });
  inBackground(ctx, id, async () => {
    await undoBatchRows(ctx, id, rows, note);
    await repo.update(id, { status: 'undone', progress: null, undoneAt: ctx.clock.now(), undoneBy: ctx.auth.personId, updatedAt: ctx.clock.now() });
  });
}
