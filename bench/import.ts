/**
 * Importing a 100 000-row register (npm run bench:import; issue 12, item 1). A real Roder over
 * HTTP in this process: a generated workbook of 100 000 systems (untidy on purpose: Swedish and
 * English lifecycle words, placeholders, departments with typos) is uploaded; the bench measures
 * the dry run's time, the process's peak RSS (sampled every 50 ms; the worker thread is in the
 * process), the longest gap between progress notes seen by polling GET every 100 ms, the longest
 * a /health request waited meanwhile, and the run's time. Targets: dry run < 60 s, RSS < 1 GB,
 * progress at least every second, the run < 3 minutes.
 *
 * The database is PostgreSQL when TEST_DATABASE_URL names a server (a fresh database, dropped
 * after), else the embedded PGlite. ROWS overrides the row count.
 *
 * Measured 2026-12-05 on the 2-core machine shared with five other jobs, PGlite, run from source
 * (7 MB workbook, 100 000 rows):
 *   dry run 26.6 s (107 s at load average 15); the import 140 s (647 s at load 15, before the
 *   chunk's contracts and suppliers were written in a few statements), 100 000 created;
 *   /health waited at most 1.5 s (588 s before the import yielded between chunks);
 *   peak RSS 1.9 GB: over the 1 GB target. It counts PGlite's in-process database (100 000 systems,
 *   their audit events and batch rows), the upload's base64 and the run's 100 000 planned rows
 *   cloned from the worker; not measured on PostgreSQL yet.
 *   Progress: noted every 0.2–1 s while rows are read or written, but the longest gap seen was
 *   5.8 s (dry run) and 9.4 s (run): the worker's start and zip check before the first row, and
 *   the hand-over of the rows after the last; over the ≤ 1 s target.
 *
 * Measured 2026-12-06 01:40 before the chunked hand-over (load average 0.7 → 3.4): PGlite dry run
 * 12.4 s, run 131.8 s, longest gaps 2.0 s / 4.3 s, peak RSS 2204 MB. PostgreSQL (load 15–17): dry
 * run 44.3 s, run 673 s, gaps 8.8 s / 10.7 s, peak RSS 944 MB (the server alone: the database is
 * another process).
 * Measured 2026-12-06 02:12–02:45 with the run's rows handed over in chunks into
 * import_planned_chunks (load average 21–22, six jobs on two cores; not comparable): PGlite dry run
 * 164 s, run 1637 s, peak RSS 1929 MB (dry run 937 MB) of which the main thread's heap at most
 * 169 MB: the rest is PGlite's in-process database and the worker's heap. Longest gaps 7.5 s
 * (the worker thread starting, before its start and load were noted) and 24.7 s (the worker's
 * duplicate check after the last row, before the first chunk): both are now noted every 0.5 s
 * while the worker is alive (runner.ts), not yet measured. PostgreSQL with the chunks: not
 * measured yet (the load did not allow it before the stop).
 *
 * Measured 2026-12-06 04:50–05:10 at low load (load average 1–2), chunked hand-over:
 *   before: PostgreSQL dry run 9.9 s, run 178.3 s, peak RSS 629 MB, longest gap 1.4 s; PGlite dry
 *   run 12.2 s, run 108.0 s, peak RSS 2035 MB. A third of the PostgreSQL run was one statement:
 *   the completeness score set by an UPDATE after each chunk's INSERT, rewriting every new row and
 *   its trigram index again. New systems are inserted with their score now (import-commands.ts).
 *   after: PostgreSQL dry run 8.8–13.2 s, run 75.0–84.3 s, peak RSS 647 MB (the server; the
 *   database is another process), longest gap between notes 0.8 s, /health at most 0.2 s;
 *   PGlite dry run 12.4 s, run 103.2 s, longest gap 0.8 s, peak RSS 1678 MB.
 *   So every target holds on PostgreSQL. On PGlite the process's memory is over 1 GB because the
 *   embedded database (100 000 systems, their audit events and batch rows) lives in it; the
 *   embedded database is for a demo or a small municipality, a server uses PostgreSQL.
 *   The row number itself stands still up to 2.0–2.6 s while the worker thread starts and loads
 *   its code, and before the first chunk; the page shows the work alive every 0.5 s meanwhile.
 * Measured 2026-12-06 08:25 (load average 3–5) after the reader reads the shared strings first
 * instead of copying each worksheet to a temporary file (exceljs's writer puts them last):
 *   PostgreSQL dry run 12.6 s, run 71.3 s, peak RSS 666 MB, longest gap 0.7 s / 1.0 s, /health at
 *   most 0.2 s; no file left in the temporary folder.
 */
import ExcelJS from 'exceljs';
import os from 'node:os';
import { PassThrough } from 'node:stream';
import { createTestMunicipality } from '../src/server/testing/fixtures.js';
import { startTestServer } from '../src/server/testing/server.js';

const ROWS = Number(process.env.ROWS ?? 100_000);

async function generate(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: true });
  const sheet = wb.addWorksheet('Systemregister');
  sheet.addRow(['Namn', 'Leverantör', 'Typ', 'Livscykel', 'Årlig kostnad (kr)', 'Förvaltningar', 'Personuppgifter', 'K', 'R', 'T', 'Avtalets slutdatum', 'Beskrivning']).commit();
  const lifecycles = ['I drift', 'in use', 'Planerad', 'planned', 'Avvecklas'];
  const departments = ['Socialförvaltningen', 'Barn- och utbildningsförvaltningen', 'Socialforvaltningen', 'Admininstration', '-'];
  for (let i = 0; i < ROWS; i++) {
    sheet
      .addRow([
        `System ${i.toString(36)}-${(i * 7919) % 100_003}`,
        `Leverantör ${i % 50}`,
        i % 3 ? 'System' : 'Applikation',
        lifecycles[i % lifecycles.length],
        i % 4 ? (i % 997) * 1000 : 'saknas',
        departments[i % departments.length],
        i % 2 ? 'Ja' : 'Nej',
        (i % 4) + 1,
        i % 5 ? 2 : '0',
        3,
        i % 6 ? null : `2028-0${(i % 9) + 1}-15`,
        `Ett system för verksamhet nummer ${i}.`,
      ])
      .commit();
  }
  sheet.commit();
  await wb.commit();
  return Buffer.concat(chunks);
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
const seconds = (ms: number) => (ms / 1000).toFixed(1);

console.log(`generating ${ROWS} rows…`);
const file = await generate();
console.log(`workbook: ${mb(file.length)} MB`);

const server = await startTestServer();
const m = await createTestMunicipality(server);
const chef = await m.as('it_chef');
const database = process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite (embedded)';

let rssPeak = process.memoryUsage.rss();
let heapPeak = 0;
let phase = 'setup';
const peaks: Record<string, number> = {};
const sampler = setInterval(() => {
  const rss = process.memoryUsage.rss();
  rssPeak = Math.max(rssPeak, rss);
  peaks[phase] = Math.max(peaks[phase] ?? 0, rss);
  heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
}, 50);
let longestHealth = 0;
let stop = false;
const health = (async () => {
  while (!stop) {
    const started = performance.now();
    // A reset connection is retried, not counted as an answer.
    if (!(await fetch(`${server.url}/health`).then((r) => r.ok, () => false))) continue;
    longestHealth = Math.max(longestHealth, performance.now() - started);
    await new Promise((r) => setTimeout(r, 100));
  }
})();

/** Polls the batch until it stops working; the longest time the progress note did not move. */
async function follow(id: string) {
  type Note = { at: string; phase: string; sheet: string; row: number };
  let last: Note | null = null;
  let lastChange = performance.now();
  let longestGap = 0;
  let where = '';
  let notes = 0;
  // Apart from liveness notes: the longest the row number (or sheet, or phase) stood still.
  let moved = performance.now();
  let place = '';
  let longestStill = 0;
  let stillWhere = '';
  for (;;) {
    const res = await chef.get(`/api/v1/imports/${id}`);
    const p = res.body.progress as Note | null;
    const here = p ? `${p.phase} ${p.sheet} row ${p.row}` : '';
    if (p && here !== place) {
      const still = performance.now() - moved;
      if (place && still > longestStill) {
        longestStill = still;
        stillWhere = `${place} → ${here}`;
      }
      place = here;
      moved = performance.now();
    }
    if (p && p.at !== last?.at) {
      const gap = performance.now() - lastChange;
      if (last !== null && gap > longestGap) {
        longestGap = gap;
        where = `${last.phase} row ${last.row} → ${p.phase} row ${p.row}`;
      }
      last = p;
      lastChange = performance.now();
      notes++;
    }
    if (res.body.status !== 'analysing' && res.body.status !== 'running') return { batch: res, longestGap, where, notes, longestStill, stillWhere };
    await new Promise((r) => setTimeout(r, 100));
  }
}

const t0 = performance.now();
phase = 'dry run';
const started = await chef.post('/api/v1/imports', { filename: 'register.xlsx', contentBase64: file.toString('base64') });
if (started.status !== 202) throw new Error(`upload: ${started.status} ${JSON.stringify(started.body)}`);
const dry = await follow(started.body.id);
const dryMs = performance.now() - t0;
const report = dry.batch.body.report;
console.log(`dry run: ${dry.batch.body.status} in ${seconds(dryMs)} s; ${report?.sheets[0]?.rows} rows, ${report?.problemCount} problems, ${report?.unknowns.length} unknown values; progress noted ${dry.notes} times, longest gap ${seconds(dry.longestGap)} s (${dry.where}); the row stood still at most ${seconds(dry.longestStill)} s (${dry.stillWhere})`);

const t1 = performance.now();
phase = 'run';
const ran = await chef.post(`/api/v1/imports/${started.body.id}/run`, { mapping: [] }, { 'if-match': dry.batch.headers.get('etag')! });
if (ran.status !== 202) throw new Error(`run: ${ran.status} ${JSON.stringify(ran.body)}`);
const run = await follow(started.body.id);
const runMs = performance.now() - t1;
console.log(`import: ${run.batch.body.status} in ${seconds(runMs)} s; ${JSON.stringify(run.batch.body.counts)}; progress noted ${run.notes} times, longest gap ${seconds(run.longestGap)} s (${run.where}); the row stood still at most ${seconds(run.longestStill)} s (${run.stillWhere})`);

stop = true;
await health;
clearInterval(sampler);
console.log(`database: ${database}; peak RSS ${mb(rssPeak)} MB (before the upload ${mb(peaks.setup ?? 0)} MB, dry run ${mb(peaks['dry run'] ?? 0)} MB, run ${mb(peaks.run ?? 0)} MB; main thread's heap at most ${mb(heapPeak)} MB); longest /health wait ${seconds(longestHealth)} s; load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
await server.close();
