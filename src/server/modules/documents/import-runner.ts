import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ImportProposal } from './import.js';

/**
 * Runs the document import's reading of a file in a worker thread (import-worker.ts), so unzipping
 * and parsing a .docx, and proposing a draft from a long text, never block the event loop that
 * answers everyone else (issue 11, item 14). Each file gets its own worker, with a heap limit and
 * a time limit; past either the worker is ended and the file refused as too large. At most
 * MAX_PARALLEL files are read at once; more wait their turn (the machine's cores are few).
 */

export interface ImportJob {
  filename: string;
  /** The uploaded file's bytes (a .docx, or text sent as base64). */
  bytes?: Uint8Array;
  /** Text sent as text. */
  text?: string;
}

export type ImportOutcome = { ok: true; proposal: ImportProposal } | { ok: false; reason: 'too_large' | 'unreadable' };

export interface ImportLimits {
  /** Wall-clock time the worker may take over the file, from when it has loaded. */
  timeoutMs: number;
  /** The worker's heap (V8 old generation), in MB. */
  maxHeapMb: number;
}

/** Ample for a real document (a 3 MB .docx body reads in a few seconds); a bomb never gets near. */
const DEFAULT_LIMITS: ImportLimits = { timeoutMs: 30_000, maxHeapMb: 512 };
const MAX_PARALLEL = 2;

export class ImportFileError extends Error {
  constructor(readonly reason: 'too_large' | 'unreadable') {
    super(reason);
  }
}

/**
 * The worker's code. Built (dist/server), this module is bundled beside import-worker.js; run from
 * source (tsx, vitest), the worker is the .ts file and first registers tsx's loader in its thread.
 */
function startWorker(job: ImportJob, limits: ImportLimits): Worker {
  const options = { workerData: job, resourceLimits: { maxOldGenerationSizeMb: limits.maxHeapMb, maxYoungGenerationSizeMb: 32 } };
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./import-worker.js', import.meta.url), options);
  const tsx = new URL('./api/index.mjs', pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm'))).href;
  const worker = new URL('./import-worker.ts', import.meta.url).href;
  const code = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(worker)}); })`;
  return new Worker(code, { ...options, eval: true });
}

function runOnce(job: ImportJob, limits: ImportLimits): Promise<ImportProposal> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = startWorker(job, limits);
    } catch {
      // A worker that cannot start (no such file in a broken build) reads no file: refused, not a 500.
      return reject(new ImportFileError('unreadable'));
    }
    let settled = false;
    const settle = (outcome: ImportOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      if (outcome.ok) resolve(outcome.proposal);
      else reject(new ImportFileError(outcome.reason));
    };
    // The time limit runs from when the worker has loaded and begins the file (it says 'started'):
    // loading the worker is not the file's doing, and takes seconds from source on a busy machine.
    let timer: NodeJS.Timeout | undefined;
    worker.on('message', (message: ImportOutcome | 'started') => {
      if (message === 'started') timer = setTimeout(() => settle({ ok: false, reason: 'too_large' }), limits.timeoutMs);
      else settle(message);
    });
    // Out of memory (ERR_WORKER_OUT_OF_MEMORY) is a file too large to read; anything else, unreadable.
    worker.on('error', (error: NodeJS.ErrnoException) => settle({ ok: false, reason: error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'too_large' : 'unreadable' }));
    worker.once('exit', () => settle({ ok: false, reason: 'unreadable' }));
  });
}

let running = 0;
const waiting: (() => void)[] = [];

/** A proposed draft from a file, read in a worker; rejects with ImportFileError. */
export async function proposeOffThread(job: ImportJob, limits: ImportLimits = DEFAULT_LIMITS): Promise<ImportProposal> {
  // A finished file hands its place straight to the next in line.
  if (running >= MAX_PARALLEL) await new Promise<void>((resume) => waiting.push(resume));
  else running++;
  try {
    return await runOnce(job, limits);
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}
