/**
 * What a hostile or heavy .docx costs the server (npm run bench:upload; issue 11, item 14).
 * A real Roder over HTTP in this process, so a stall of its event loop shows in the other requests:
 * each case uploads a file to the document import while /health is asked over and over, and
 * reports the time to the answer, the rise of the process's memory (RSS, sampled every 10 ms) and
 * the longest a /health request waited meanwhile.
 *
 * Cases: the zip bomb (≈200 kB declaring 1 000 bytes, inflating to 200 MB of spaces), a heavy but
 * allowed .docx (≈3 MB of XML, 60 000 paragraphs), and a small real one.
 *
 * Measured 2026-12-05 on the 2-core build machine at load average 15–24 (other jobs running), so
 * the times are long; compare before and after, not with the clock. Run from source, each worker
 * first loads tsx (seconds at this load); the built server (npm start) starts one faster.
 *
 *   before (main 1837bf8: declared sizes trusted, mammoth on the event loop)
 *     zip bomb   400 "unreadable" after 8.7–14.9 s, RSS +187–193 MB, /health held up to 1.7–3.3 s
 *     long .docx 200 after 22–30 s, RSS +309–350 MB, /health held up to 21.5–28.7 s (the whole parse)
 *   after (bytes counted as inflated, read in a worker)
 *     zip bomb   400 "too large" after 3.4–3.7 s, RSS +22–23 MB, /health waited at most 0.24–0.30 s
 *                (85–127 answered meanwhile); built server: 2.3 s, RSS +7 MB, /health ≤ 0.38 s
 *     long .docx refused at the 30 s limit at this load, RSS +305–313 MB (the worker's heap),
 *                /health ≤ 0.57–0.67 s with 814–867 answered meanwhile
 *   The unzip alone stops the bomb after 24 ms (3 MB inflated); inflating it whole takes 6.5 s.
 */
import { buildDocx, docxBomb } from '../src/server/testing/zip.js';
import { createTestMunicipality } from '../src/server/testing/fixtures.js';
import { startTestServer } from '../src/server/testing/server.js';

const server = await startTestServer();
const m = await createTestMunicipality(server);
const chef = await m.as('it_chef');

const heavy = buildDocx(Array.from({ length: 60_000 }, (_, i) => `<w:p><w:r><w:t>Stycke ${i}</w:t></w:r></w:p>`).join(''));
const cases: [string, Buffer][] = [
  ['zip bomb (200 MB declared as 1 000 bytes)', docxBomb(200)],
  ['heavy .docx (≈3 MB of XML)', heavy],
  ['small .docx', buildDocx('<w:p><w:r><w:t>IT-policy</w:t></w:r></w:p><w:p><w:r><w:t>Kommunens IT ska vara säker.</w:t></w:r></w:p>')],
];

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

for (const [name, file] of cases) {
  global.gc?.();
  const rssBefore = process.memoryUsage.rss();
  let rssPeak = rssBefore;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage.rss())), 10);
  let done = false;
  let longestHealth = 0;
  let healthAnswers = 0;
  const poll = (async () => {
    while (!done) {
      const started = performance.now();
      await fetch(`${server.url}/health`);
      longestHealth = Math.max(longestHealth, performance.now() - started);
      healthAnswers++;
    }
  })();
  const started = performance.now();
  const response = await chef.post('/api/v1/documents/import', { filename: 'fil.docx', contentBase64: file.toString('base64') });
  const ms = performance.now() - started;
  done = true;
  await poll;
  clearInterval(sampler);
  rssPeak = Math.max(rssPeak, process.memoryUsage.rss());
  const answer = response.status === 200 ? '200' : `${response.status} ${response.body.errors?.[0]?.message ?? response.body.code}`;
  console.log(
    `${name}: ${(file.length / 1024).toFixed(0)} kB → ${answer} in ${(ms / 1000).toFixed(2)} s; RSS ${mb(rssBefore)} → ${mb(rssPeak)} MB; ` +
      `longest /health wait ${(longestHealth / 1000).toFixed(2)} s (${healthAnswers} answered meanwhile)`,
  );
}

await server.close();
