/**
 * The yardstick of `npm run bench:scale`: an HTTP server that answers each measured page with the
 * one SQL statement a person would write by hand for the same rows and columns (no session, no
 * validation, no presentation), on a pool of the same size as Roder's. Roder's throughput is
 * reported as a share of this one's.
 *
 * Run as a child process: BARE_DATABASE_URL, BARE_PORT, and BARE_CASES (JSON: path → {sql, params}).
 */
import { createServer } from 'node:http';
import pg from 'pg';

export interface BareCase {
  /** One statement, or several sent one after the other (a page that needs more than one). */
  statements: { sql: string; params: unknown[] }[];
}

const pool = new pg.Pool({ connectionString: process.env.BARE_DATABASE_URL, max: 10 });
const cases = JSON.parse(process.env.BARE_CASES ?? '{}') as Record<string, BareCase>;

const server = createServer(async (request, response) => {
  const found = cases[request.url ?? ''];
  if (!found) {
    response.writeHead(404).end();
    return;
  }
  try {
    const results: unknown[] = [];
    for (const statement of found.statements) results.push((await pool.query(statement.sql, statement.params)).rows);
    const body = JSON.stringify(results.length === 1 ? results[0] : results);
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(body);
  } catch (error) {
    response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
  }
});
server.listen(Number(process.env.BARE_PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  console.log(`bare listening ${typeof address === 'object' && address ? address.port : ''}`);
});
process.once('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
