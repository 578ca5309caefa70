import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Language } from '../../../shared/common.js';
import type { ImportReport, MappingEntry } from '../../../shared/imports.js';
import type { PlannedRow, Reference } from './analyse.js';

/**
 * Reads an import file in a worker thread (worker.ts), the way the document import does
 * (documents/import-runner.ts): each file its own worker with a heap and a time limit, past which
 * the file is refused as too large; progress comes back as messages while the file is read.
 */

export interface RegisterJob {
  filename: string;
  bytes: Uint8Array;
  reference: Reference;
  language: Language;
  /** Null for the dry run; the person's mapping for the run. */
  mapping: MappingEntry[] | null;
}

export type WorkerMessage =
  | { type: 'started' }
  | { type: 'progress'; sheet: string; row: number }
  | { type: 'done'; report: ImportReport; planned: PlannedRow[] }
  | { type: 'failed'; reason: 'too_large' | 'unreadable' };

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
  const options = { workerData: job, resourceLimits: { maxOldGenerationSizeMb: limits.maxHeapMb, maxYoungGenerationSizeMb: 32 } };
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./import-register-worker.js', import.meta.url), options);
  const tsx = new URL('./api/index.mjs', pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm'))).href;
  const worker = new URL('./worker.ts', import.meta.url).href;
  const code = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(worker)}); })`;
  return new Worker(code, { ...options, eval: true });
}

/** The file's report (and rows to write, with a mapping); rejects with RegisterFileError. */
export function analyseOffThread(
  job: RegisterJob,
  onProgress: (sheet: string, row: number) => void,
  limits: Limits = DEFAULT_LIMITS,
): Promise<{ report: ImportReport; planned: PlannedRow[] }> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = startWorker(job, limits);
    } catch {
      return reject(new RegisterFileError('unreadable'));
    }
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    const settle = (outcome: { report: ImportReport; planned: PlannedRow[] } | RegisterFileError) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      if (outcome instanceof RegisterFileError) reject(outcome);
      else resolve(outcome);
    };
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'started') timer = setTimeout(() => settle(new RegisterFileError('too_large')), limits.timeoutMs);
      else if (message.type === 'progress') onProgress(message.sheet, message.row);
      else if (message.type === 'done') settle({ report: message.report, planned: message.planned });
      else settle(new RegisterFileError(message.reason));
    });
    worker.on('error', (error: NodeJS.ErrnoException) => settle(new RegisterFileError(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'too_large' : 'unreadable')));
    worker.once('exit', () => settle(new RegisterFileError('unreadable')));
  });
}
