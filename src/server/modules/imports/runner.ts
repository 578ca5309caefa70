import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Language } from '../../../shared/common.js';
import type { ImportReport, MappingEntry } from '../../../shared/imports.js';
import type { PlannedRow, Reference } from './analyse.js';

/**
 * Reads an import file in a worker thread (worker.ts), the way the document import does
 * (documents/import-runner.ts): each file its own worker with a heap and a time limit, past which
 * the file is refused as too large; progress comes back as messages while the file is read. The
 * run's planned rows come back a chunk at a time, the next one only once the server has stored
 * the last (`next`), so neither side holds a second copy of them all.
 */

export interface RegisterJob {
  filename: string;
  bytes: Uint8Array;
  reference: Reference;
  language: Language;
  /** Null for the dry run; the person's mapping for the run. */
  mapping: MappingEntry[] | null;
}

/** Rows a chunk of the hand-over holds: one transaction of the run. */
export const PLANNED_CHUNK = 250;

export type WorkerMessage =
  | { type: 'started' }
  | { type: 'progress'; sheet: string; row: number }
  /** The run's rows to come, per sheet, before the first chunk. */
  | { type: 'planned'; sheets: { sheet: string; rows: number }[] }
  | { type: 'chunk'; rows: PlannedRow[] }
  | { type: 'done'; report: ImportReport }
  | { type: 'failed'; reason: 'too_large' | 'unreadable' };

/** From the server to the worker: the last chunk is stored, send the next. */
export type ServerMessage = { type: 'next' };

export interface AnalyseHandlers {
  onProgress(sheet: string, row: number): void;
  /** The run's rows per sheet, before the chunks. */
  onPlanned?(sheets: { sheet: string; rows: number }[]): Promise<void>;
  /** One chunk of the run's rows; the next comes once it resolves. */
  onChunk?(rows: PlannedRow[]): Promise<void>;
}

export class RegisterFileError extends Error {
  constructor(readonly reason: 'too_large' | 'unreadable') {
    super(reason);
  }
}

interface Limits {
  timeoutMs: number;
  maxHeapMb: number;
}

/** A 100 000-row workbook reads in well under a minute; the limits only stop what is not a register. */
const DEFAULT_LIMITS: Limits = { timeoutMs: 180_000, maxHeapMb: 768 };

function startWorker(job: RegisterJob, limits: Limits): Worker {
  // The file's bytes move to the worker rather than being copied, when they are a buffer of their own.
  const transferList = job.bytes.byteOffset === 0 && job.bytes.byteLength === job.bytes.buffer.byteLength && job.bytes.buffer instanceof ArrayBuffer ? [job.bytes.buffer] : [];
  const options = { workerData: job, transferList, resourceLimits: { maxOldGenerationSizeMb: limits.maxHeapMb, maxYoungGenerationSizeMb: 32 } };
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./import-register-worker.js', import.meta.url), options);
  const tsx = new URL('./api/index.mjs', pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm'))).href;
  const worker = new URL('./worker.ts', import.meta.url).href;
  const code = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(worker)}); })`;
  return new Worker(code, { ...options, eval: true });
}

/**
 * The file's report; with a mapping, its rows to write go to `onChunk` first. Rejects with
 * RegisterFileError, or with what a handler threw. `job.bytes` is handed to the worker (moved, not
 * copied): the caller does not use it after.
 */
export function analyseOffThread(job: RegisterJob, handlers: AnalyseHandlers, limits: Limits = DEFAULT_LIMITS): Promise<{ report: ImportReport }> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = startWorker(job, limits);
    } catch {
      return reject(new RegisterFileError('unreadable'));
    }
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    const settle = (outcome: { report: ImportReport } | Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(alive);
      void worker.terminate();
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    };
    const answer = (work: Promise<void> | undefined) =>
      void (work ?? Promise.resolve()).then(
        () => !settled && worker.postMessage({ type: 'next' } satisfies ServerMessage),
        (error: unknown) => settle(error instanceof Error ? error : new Error(String(error))),
      );
    // While the thread works without a word (starting and loading its code, or checking the whole
    // file for duplicates after the last row), the server notes that it is still at it, each half second.
    let last = { sheet: '', row: 0, at: performance.now() };
    const alive = setInterval(() => {
      if (performance.now() - last.at >= 500) handlers.onProgress(last.sheet, last.row);
    }, 500);
    worker.once('exit', () => clearInterval(alive));
    worker.on('message', (message: WorkerMessage) => {
      last = { ...last, at: performance.now() };
      if (message.type === 'progress') last = { sheet: message.sheet, row: message.row, at: last.at };
      if (message.type === 'planned') clearInterval(alive);
    });
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'started') timer = setTimeout(() => settle(new RegisterFileError('too_large')), limits.timeoutMs);
      else if (message.type === 'progress') handlers.onProgress(message.sheet, message.row);
      else if (message.type === 'planned') {
        // Storing the rows is the server's time, not the file's: the time limit stops here.
        clearTimeout(timer);
        answer(handlers.onPlanned?.(message.sheets));
      } else if (message.type === 'chunk') answer(handlers.onChunk?.(message.rows));
      else if (message.type === 'done') settle({ report: message.report });
      else settle(new RegisterFileError(message.reason));
    });
    worker.on('error', (error: NodeJS.ErrnoException) => settle(new RegisterFileError(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'too_large' : 'unreadable')));
    worker.once('exit', () => settle(new RegisterFileError('unreadable')));
  });
}
