import type { ImportReport, MappingEntry } from '../../../shared/imports.js';
import type { AuthContext } from '../../platform/auth.js';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db.js';
import { AppError, notFound, validationFailed } from '../../platform/errors.js';
import { contentMatchesExtension } from '../../platform/file-signature.js';
import { requirePermission } from '../../platform/permissions.js';
import { importRepository } from './repository.js';
import { analyseOffThread, RegisterFileError } from './runner.js';
import { organisations } from '../organisation/schema.js';
import type { PlannedRow } from './analyse.js';
import { changedSinceBatch, type Counts, extendLookups, lookupsFrom, undoBatchRows, writeChunk, writtenRows } from './write.js';

/**
 * An import's life (issue 12, item 1): the upload starts a dry run in the background; the run and
 * the undo also work in the background, after the request has answered 202, in chunks of one
 * transaction each. Progress is kept in memory and noted in the batch at most every second, so a
 * reload (or another server) reads it; a batch whose progress stopped long ago was interrupted, and
 * is resumed by the next server that looks (startImports).
 */

export interface ImportContext {
  db: Db;
  clock: Clock;
  auth: AuthContext;
}

interface Progress {
  phase: 'reading' | 'writing' | 'undoing';
  sheet: string;
  row: number;
  rows: number;
  at: string;
}

/** Who a batch's background work acts as: the person who started it, as they were then (stored, so another server can resume it). */
type Runner = Omit<AuthContext, 'caller'>;

/** Live progress of the batches this server is working on. */
const live = new Map<string, Progress>();
/**
 * Without a progress note for this long, a batch said to be working was interrupted (a restart):
 * a working batch notes its progress at least every few seconds (the heartbeat below).
 */
const STALE_MS = 60_000;
const HEARTBEAT_MS = 5_000;

export const liveProgress = (id: string) => live.get(id) ?? null;
const isStale = (progress: Progress | null, now: Date) => !progress || now.getTime() - Date.parse(progress.at) > STALE_MS;

/** Background work stopped because its server is stopping: left for the next server to resume. */
class Interrupted extends Error {}

/** The background work of each database handle (one per server), so stopping a server stops its own. */
const working = new Map<Db, Map<string, { stop: AbortController; done: Promise<void> }>>();

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

/**
 * Runs a batch's background work; whatever fails marks the batch failed instead of leaving it
 * working. While it works, its progress is noted in the batch every few seconds even when it does
 * not move (a slow chunk), so other servers see it alive. Stopped by the server (stopImports), it
 * leaves the batch working with its progress marked old, for the next server to resume at once.
 */
function inBackground(ctx: ImportContext, id: string, work: (signal: AbortSignal) => Promise<void>) {
  const repo = importRepository(ctx.db, ctx.auth.organisationId);
  const stop = new AbortController();
  const heartbeat = setInterval(() => {
    const p = live.get(id);
    if (p) void repo.noteProgress(id, { ...p, at: ctx.clock.now().toISOString() }).catch(() => undefined);
  }, HEARTBEAT_MS);
  heartbeat.unref();
  const done = work(stop.signal)
    .catch(async (error: unknown) => {
      if (error instanceof Interrupted || stop.signal.aborted) {
        await repo.noteProgress(id, { ...(live.get(id) ?? { phase: 'reading', sheet: '', row: 0, rows: 0 }), at: new Date(0).toISOString() }).catch(() => undefined);
        return;
      }
      const failure = error instanceof RegisterFileError ? `import_file_${error.reason}` : error instanceof AppError ? error.code : 'internal_error';
      if (!(error instanceof RegisterFileError) && !(error instanceof AppError)) console.error('import batch failed', id, error);
      await repo.update(id, { status: 'failed', failure, content: null, finishedAt: ctx.clock.now(), updatedAt: ctx.clock.now() }).catch(() => undefined);
      await repo.deleteChunks(id).catch(() => undefined);
    })
    .finally(() => {
      clearInterval(heartbeat);
      live.delete(id);
      working.get(ctx.db)?.delete(id);
    });
  if (!working.has(ctx.db)) working.set(ctx.db, new Map());
  working.get(ctx.db)!.set(id, { stop, done });
}

const runnerOf = (auth: AuthContext): Runner => {
  const { caller: _caller, ...runner } = auth;
  return runner;
};

/** Takes the file, checks its type, and starts the dry run; the batch id is returned at once. */
export async function startImport(ctx: ImportContext, input: { filename: string; content: Buffer }): Promise<string> {
  requirePermission(ctx.auth, 'register.import');
  const bytes = input.content;
  const extension = /\.(xlsx|csv)$/i.exec(input.filename)![1]!.toLowerCase();
  if (bytes.length === 0 || !contentMatchesExtension(input.filename, bytes)) {
    throw validationFailed([{ field: 'contentBase64', key: 'file_content_mismatch', params: { extension } }]);
  }
  const repo = importRepository(ctx.db, ctx.auth.organisationId);
  const id = await repo.insert({ createdBy: ctx.auth.personId, filename: input.filename, content: bytes, runner: runnerOf(ctx.auth), at: ctx.clock.now() });
  live.set(id, { phase: 'reading', sheet: '', row: 0, rows: 0, at: ctx.clock.now().toISOString() });
  inBackground(ctx, id, () => dryRun(ctx, id, input.filename, bytes));
  return id;
}

/** The dry run: the file read against the register, its report stored. */
async function dryRun(ctx: ImportContext, id: string, filename: string, bytes: Buffer) {
  const repo = importRepository(ctx.db, ctx.auth.organisationId);
  const note = tracker(ctx, id);
  const reference = await repo.reference();
  const { report } = await analyseOffThread({ filename, bytes, reference, language: ctx.auth.language, mapping: null }, { onProgress: (sheet, row) => void note({ phase: 'reading', sheet, row, rows: 0 }) });
  if (report.sheets.every((s) => s.rows === 0)) report.problems.unshift({ sheet: filename, row: 0, column: '', code: 'no_rows', severity: 'error', message: ctx.auth.language === 'en' ? 'The file has no rows to import.' : 'Filen innehåller inga rader att läsa in.' });
  await repo.update(id, { status: 'analysed', report, progress: null, updatedAt: ctx.clock.now() });
}

/** Starts the run of an analysed batch with the person's mapping. */
export async function runImport(ctx: ImportContext, id: string, expectedVersion: number, mapping: MappingEntry[]) {
  requirePermission(ctx.auth, 'register.import');
  const repo = importRepository(ctx.db, ctx.auth.organisationId);
  const batch = await repo.get(id);
  if (!batch) throw notFound();
  if (batch.rowVersion !== expectedVersion) throw new AppError(412, 'precondition_failed');
  if (batch.status !== 'analysed') throw new AppError(409, 'import_not_analysed', { status: batch.status });
  const started = await repo.update(id, { status: 'running', mapping, runner: runnerOf(ctx.auth), planned: null, counts: null, progress: null, updatedAt: ctx.clock.now() }, { status: 'analysed', rowVersion: expectedVersion });
  if (!started) throw new AppError(412, 'precondition_failed');
  live.set(id, { phase: 'reading', sheet: '', row: 0, rows: 0, at: ctx.clock.now().toISOString() });
  inBackground(ctx, id, (signal) => runBatch(ctx, id, signal));
}

/**
 * The run, from wherever it stands: until every planned row is stored as chunks, the file is read
 * (again) with the mapping and its rows handed over; then the chunks left are written, each in its
 * own transaction, which also deletes the chunk and adds to the counts: a resumed run writes no
 * row twice.
 */
async function runBatch(ctx: ImportContext, id: string, signal: AbortSignal) {
  const repo = importRepository(ctx.db, ctx.auth.organisationId);
  const note = tracker(ctx, id);
  const batch = await repo.working(id);
  if (!batch || batch.status !== 'running') return;
  if (batch.planned === null) {
    // A hand-over interrupted halfway starts again from the file.
    await repo.deleteChunks(id);
    const stored = await repo.content(id);
    // The file is loaded (7 MB for 100 000 rows): a step the page sees before the worker starts.
    await note({ phase: 'reading', sheet: '', row: 0, rows: 0 });
    const reference = await repo.reference();
    const sheetRows = new Map<string, number>();
    const handed = new Map<string, number>();
    let seq = 0;
    let total = 0;
    await analyseOffThread(
      { filename: batch.filename, bytes: stored!.content!, reference, language: ctx.auth.language, mapping: stored!.mapping as MappingEntry[] },
      {
        onProgress: (sheet, row) => void note({ phase: 'reading', sheet, row, rows: 0 }),
        async onPlanned(sheets) {
          for (const s of sheets) sheetRows.set(s.sheet, s.rows);
        },
        async onChunk(rows) {
          if (signal.aborted) throw new Interrupted();
          for (const p of rows) if (!('viaMapping' in p)) handed.set(p.sheet, (handed.get(p.sheet) ?? 0) + 1);
          const last = rows[rows.length - 1]!.sheet;
          const progress = { sheet: last, row: handed.get(last) ?? 0, rows: sheetRows.get(last) ?? 0 };
          await repo.storeChunk(id, seq++, progress, JSON.stringify(rows));
          total += rows.length;
          await note({ phase: 'reading', ...progress });
        },
      },
    );
    await repo.update(id, { planned: total, content: null, counts: { created: 0, updated: 0, skipped: 0 } satisfies Counts });
  }
  const counts = await writePlanned(ctx, id, note, signal);
  const skipped = ((batch.report as ImportReport | null)?.sheets ?? []).reduce((n, s) => n + s.skipped, 0) + counts.skipped;
  await repo.update(id, { status: 'done', content: null, counts: { created: counts.created, updated: counts.updated, skipped }, progress: null, finishedAt: ctx.clock.now(), updatedAt: ctx.clock.now() });
}

/**
 * Writes the stored chunks left, each one transaction with its audit events, its batch rows, the
 * chunk's deletion and the counts so far (write.ts writes a chunk kind by kind). The chunks come
 * in reference order (departments, people, systems, agreements, integrations, with the departments
 * and people the mapping makes): what a row names by name was written by an earlier chunk or
 * earlier in its own, and is found in the lookups, rebuilt from the batch's rows (a resumed run).
 */
async function writePlanned(ctx: ImportContext, batchId: string, note: ReturnType<typeof tracker>, signal: AbortSignal): Promise<Counts> {
  const org = ctx.auth.organisationId;
  const repo = importRepository(ctx.db, org);
  const lookups = lookupsFrom(await repo.createdRecords(batchId));
  let counts: Counts = ((await repo.working(batchId))?.counts as Counts | null) ?? { created: 0, updated: 0, skipped: 0 };
  for (;;) {
    if (signal.aborted) throw new Interrupted();
    const next = await repo.nextChunk(batchId);
    if (!next) return counts;
    const chunk = JSON.parse(next.rows) as PlannedRow[];
    const { after, made } = await ctx.db.transaction(async (tx) => {
      const written = await writeChunk(ctx, tx, batchId, chunk, lookups);
      const after = { created: counts.created + written.counts.created, updated: counts.updated + written.counts.updated, skipped: counts.skipped + written.counts.skipped };
      const batchRows = importRepository(tx, org);
      await batchRows.deleteChunks(batchId, next.seq);
      await batchRows.noteCounts(batchId, after);
      return { after, made: written.made };
    });
    counts = after;
    extendLookups(lookups, made);
    // The embedded database runs one statement at a time: between chunks, requests waiting for it go first.
    await new Promise((resolve) => setTimeout(resolve, 10));
    await note({ phase: 'writing', ...(next.progress as Omit<Progress, 'phase' | 'at'>) });
  }
}

/**
 * Takes up the municipality's batches whose work stopped (a server stopped or died; no progress
 * noted for STALE_MS, or marked left by a stopping server): a dry run starts again from the file,
 * a run goes on from its first chunk not written; an undo cut off halfway is marked failed (it
 * says so; its records are as far as it came). Exactly one server takes each (repository.claim).
 */
async function resumeInterrupted(db: Db, clock: Clock, organisationId: string) {
  const repo = importRepository(db, organisationId);
  for (const batch of await repo.unfinished()) {
    if (working.get(db)?.has(batch.id) || live.has(batch.id)) continue;
    const progress = batch.progress as Progress | null;
    if (!isStale(progress, clock.now()) || (!progress && clock.now().getTime() - batch.updatedAt.getTime() <= STALE_MS)) continue;
    const now = clock.now().toISOString();
    const resumed: Progress = { ...(progress ?? { phase: 'reading', sheet: '', row: 0, rows: 0 }), at: now };
    if (!(await repo.claim(batch.id, progress?.at ?? null, resumed))) continue;
    const stored = await repo.working(batch.id);
    const runner = stored?.runner as Runner | null;
    if (!stored || !runner || progress?.phase === 'undoing') {
      await repo.update(batch.id, { status: 'failed', failure: 'import_interrupted', content: null, progress: null, updatedAt: clock.now() });
      await repo.deleteChunks(batch.id);
      continue;
    }
    const ctx: ImportContext = { db, clock, auth: { ...runner, caller: { kind: 'system', name: 'import-resume' } } };
    live.set(batch.id, resumed);
    if (stored.status === 'analysing') {
      const content = (await repo.content(batch.id))?.content;
      if (!content) {
        await repo.update(batch.id, { status: 'failed', failure: 'import_interrupted', progress: null, updatedAt: clock.now() });
        live.delete(batch.id);
        continue;
      }
      inBackground(ctx, batch.id, () => dryRun(ctx, batch.id, stored.filename, content));
    } else inBackground(ctx, batch.id, (signal) => runBatch(ctx, batch.id, signal));
  }
}

/**
 * The imports' part of a server's life: at start and every RESUME_EVERY_MS it resumes interrupted
 * batches (of every municipality); stopping stops its background work between two chunks and
 * leaves the batches for the next server.
 */
const RESUME_EVERY_MS = 15_000;
export function startImports(deps: { db: Db; clock: Clock; log(message: string): void }): () => Promise<void> {
  let stopped = false;
  const check = async () => {
    try {
      for (const { id } of await deps.db.select({ id: organisations.id }).from(organisations)) {
        if (stopped) return;
        await resumeInterrupted(deps.db, deps.clock, id);
      }
    } catch (error) {
      if (!stopped) deps.log(`Resuming interrupted imports failed and will be tried again: ${(error as Error).message}`);
    }
  };
  let running = check();
  const timer = setInterval(() => void (running = running.then(check)), RESUME_EVERY_MS);
  timer.unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
    const mine = [...(working.get(deps.db)?.values() ?? [])];
    for (const w of mine) w.stop.abort();
    await Promise.all(mine.map((w) => w.done));
  };
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
  const rows = writtenRows(await repo.rows(id));
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
