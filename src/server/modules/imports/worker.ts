/**
 * The register import's worker thread (issue 12, item 1): reads the uploaded spreadsheet and
 * analyses every row off the server's event loop, so /health and everyone else's requests stay
 * answered while 100 000 rows are read. Started by runner.ts for one file, under a memory and a
 * time limit; it reports progress about every 200 ms (from its first moment: the reader and the
 * analysis load after the first note), hands the run's rows over a chunk at a time, each once the
 * server asks for it, and answers the report. scripts/build.mjs builds it as its own entry
 * (dist/server/import-register-worker.js).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { PLANNED_CHUNK, type RegisterJob, type ServerMessage, type WorkerMessage } from './runner.js';

const post = (message: WorkerMessage) => parentPort!.postMessage(message);

/** Resolves when the server has stored what it was last sent. */
const asked: (() => void)[] = [];
parentPort!.on('message', (message: ServerMessage) => {
  if (message.type === 'next') asked.shift()?.();
});
const sendAndWait = (message: WorkerMessage) =>
  new Promise<void>((resolve) => {
    asked.push(resolve);
    post(message);
  });

async function run(job: RegisterJob) {
  // Loading the reader and the analysis takes a moment of its own: noted while it lasts.
  const loading = setInterval(() => post({ type: 'progress', sheet: '', row: 0 }), 250);
  const [{ SystemsAnalysis }, { ImportReadError, readSpreadsheet }] = await Promise.all([import('./analyse.js'), import('./reader.js')]).finally(() => clearInterval(loading));
  const analysis = new SystemsAnalysis(job.reference, job.language, job.mapping);
  let sheet = '';
  let lastPost = performance.now();
  const tick = () => {
    const now = performance.now();
    if (now - lastPost >= 200) {
      lastPost = now;
      post({ type: 'progress', sheet, row: analysis.rowsInSheet });
    }
  };
  try {
    await readSpreadsheet(
      job.filename,
      Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength),
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
      tick,
    );
  } catch (error) {
    post({ type: 'failed', reason: error instanceof ImportReadError ? error.reason : 'unreadable' });
    return;
  }
  post({ type: 'progress', sheet, row: analysis.rowsInSheet });
  const { report, planned } = analysis.finish();
  if (job.mapping) {
    const sheets = new Map<string, number>();
    // The departments and people the mapping makes are no row of a sheet.
    for (const p of planned) if (!('viaMapping' in p)) sheets.set(p.sheet, (sheets.get(p.sheet) ?? 0) + 1);
    await sendAndWait({ type: 'planned', sheets: [...sheets].map(([name, rows]) => ({ sheet: name, rows })) });
    for (let i = 0; i < planned.length; i += PLANNED_CHUNK) {
      const rows = planned.slice(i, i + PLANNED_CHUNK);
      // What has been handed over is not kept here either.
      planned.fill(null as never, i, i + PLANNED_CHUNK);
      await sendAndWait({ type: 'chunk', rows });
    }
  }
  post({ type: 'done', report });
}

post({ type: 'started' });
await run(workerData as RegisterJob);
