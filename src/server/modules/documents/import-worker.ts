/**
 * The document import's worker thread (issue 11, item 14): reads an uploaded file and proposes a
 * draft off the server's event loop, so a heavy or hostile file stalls no other request. Started
 * by import-runner.ts for one file, under a memory and a time limit; it answers one message and
 * ends. scripts/build.mjs builds it as its own entry (dist/server/import-worker.js).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ExtractTooLargeError, extractText } from './import-extract.js';
import { proposeDraft } from './import.js';
import type { ImportJob, ImportOutcome } from './import-runner.js';

async function run(job: ImportJob): Promise<ImportOutcome> {
  try {
    const text = await extractText(job.filename, job.bytes, job.text);
    return { ok: true, proposal: proposeDraft(text, job.filename) };
  } catch (error) {
    return { ok: false, reason: error instanceof ExtractTooLargeError ? 'too_large' : 'unreadable' };
  }
}

parentPort!.postMessage('started');
parentPort!.postMessage(await run(workerData as ImportJob));
