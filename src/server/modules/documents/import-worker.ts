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
import { checkPdf, loadPdfReader, PdfTooLargeError } from './pdf-text.js';

async function run(job: ImportJob): Promise<ImportOutcome> {
  try {
    const text = await extractText(job.filename, job.bytes, job.text);
    return { ok: true, proposal: proposeDraft(text, job.filename) };
  } catch (error) {
    return { ok: false, reason: error instanceof ExtractTooLargeError ? 'too_large' : 'unreadable' };
  }
}

/** A PDF is checked (bombs, page counts, nesting: milliseconds) before PDF.js is loaded, and loaded before the clock starts. */
async function prepare(job: ImportJob): Promise<ImportOutcome | null> {
  if (!job.bytes || !/\.pdf$/i.test(job.filename)) return null;
  try {
    checkPdf(job.bytes);
    await loadPdfReader();
    return null;
  } catch (error) {
    return { ok: false, reason: error instanceof PdfTooLargeError ? 'too_large' : 'unreadable' };
  }
}

const job = workerData as ImportJob;
const refused = await prepare(job);
parentPort!.postMessage('started');
parentPort!.postMessage(refused ?? (await run(job)));
