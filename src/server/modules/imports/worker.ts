/**
 * The register import's worker thread (issue 12, item 1): reads the uploaded spreadsheet and
 * analyses every row off the server's event loop, so /health and everyone else's requests stay
 * answered while 100 000 rows are read. Started by runner.ts for one file, under a memory and a
 * time limit; it reports progress about every 200 ms and answers one result. scripts/build.mjs
 * builds it as its own entry (dist/server/import-register-worker.js).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { SystemsAnalysis } from './analyse.js';
import { ImportReadError, readSpreadsheet } from './reader.js';
import type { RegisterJob, WorkerMessage } from './runner.js';

const post = (message: WorkerMessage) => parentPort!.postMessage(message);

async function run(job: RegisterJob) {
  const analysis = new SystemsAnalysis(job.reference, job.language, job.mapping);
  let sheet = '';
  let lastPost = 0;
  try {
    await readSpreadsheet(
      job.filename,
      Buffer.from(job.bytes),
      {
        sheet(name, header) {
          sheet = name;
          post({ type: 'progress', sheet, row: 0 });
          return analysis.beginSheet(name, header);
        },
        row(number, cells) {
          analysis.addRow(number, cells);
        },
      },
      () => {
        const now = performance.now();
        if (now - lastPost >= 200) {
          lastPost = now;
          post({ type: 'progress', sheet, row: analysis.rowsInSheet });
        }
      },
    );
    const { report, planned } = analysis.finish();
    post({ type: 'done', report, planned: job.mapping ? planned : [] });
  } catch (error) {
    post({ type: 'failed', reason: error instanceof ImportReadError ? error.reason : 'unreadable' });
  }
}

post({ type: 'started' });
await run(workerData as RegisterJob);
