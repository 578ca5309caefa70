import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import * as schema from '../schema.js';

/**
 * Every statement on a table that has `organisation_id` filters by it, child tables included
 * (DECISIONS.md 4): so a query costs what one municipality costs, and a forgotten scope is
 * caught in the tests rather than by a neighbour. This reads the SQL text the way the two
 * writers of SQL here write it: Drizzle (quoted, qualified identifiers) and hand-written
 * `sql` templates (plain identifiers with short aliases).
 */

/** Platform tables read across municipalities on purpose, each for one reason. */
export const CROSS_MUNICIPALITY_TABLES: Record<string, string> = {
  // Looked up by the hash of the secret token, which is what tells the municipality.
  sessions: 'a session is found by its token; the token names the municipality',
  // An account's memberships span municipalities: sign-in picks the last used, switching lists them.
  memberships: 'an account belongs to several municipalities; sign-in and switching read all of its memberships',
  // The preset catalogue has no municipality (organisation_id is null) and is shared by all; a
  // capability is reached from a municipality's own, scoped links (systems, agreements, needs).
  capabilities: 'the shared preset catalogue (organisation_id null), reached through scoped links',
  // A collaboration (samverkan) spans municipalities by definition: the partners are found from
  // this municipality's own membership row, and their systems only where they chose to share.
  collaboration_members: "a collaboration spans municipalities; partners are found from the municipality's own membership",
};

export const tenantTables: ReadonlySet<string> = new Set(
  (Object.values(schema) as unknown[])
    .filter((t): t is PgTable => t instanceof PgTable)
    .map((t) => getTableConfig(t))
    .filter((c) => c.columns.some((col) => col.name === 'organisation_id'))
    .map((c) => c.name)
    .filter((name) => !(name in CROSS_MUNICIPALITY_TABLES)),
);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const KEYWORDS = new Set(['where', 'on', 'set', 'left', 'inner', 'join', 'order', 'group', 'limit', 'for', 'using', 'cross', 'right', 'full', 'values', 'returning', 'select', 'union', 'as', 'natural', 'lateral', 'and', 'or', 'offset', 'window', 'having', 'default']);

/** The tables a statement names after from/join/update/into, with the alias each goes by. */
function references(statement: string): { table: string; alias: string }[] {
  const out: { table: string; alias: string }[] = [];
  const re = /\b(?:from|join|update|into)\s+(?:only\s+)?"?([a-z_][a-z0-9_]*)"?(?:\s+(?:as\s+)?"?([a-z_][a-z0-9_]*)"?)?/gi;
  for (const m of statement.matchAll(re)) {
    const table = m[1]!.toLowerCase();
    const next = m[2]?.toLowerCase();
    out.push({ table, alias: next && !KEYWORDS.has(next) ? next : table });
  }
  return out;
}

/** The tenant tables a statement touches without saying which municipality (empty when it is scoped). */
export function unscopedTables(statement: string): string[] {
  const sql = statement.replace(/\s+/g, ' ');
  const refs = references(sql).filter((r) => tenantTables.has(r.table));
  const missing = new Set<string>();
  for (const { table, alias } of refs) {
    const names = [...new Set([alias, table])].map((n) => `"?${escape(n)}"?`).join('|');
    const column = `(?:${names})\\s*\\.\\s*"?organisation_id"?`;
    const filtered = new RegExp(`${column}\\s*(?:=|in\\b|is\\b)|(?:=)\\s*${column}`, 'i').test(sql);
    // Drizzle writes a single table's update, delete and insert with bare column names.
    const single = refs.length === 1 && new RegExp(`(?:^|[\\s(,])"?organisation_id"?\\s*(?:=|in\\b|is\\b)`, 'i').test(sql);
    const inserted = new RegExp(`insert into "?${escape(table)}"?\\s*\\([^)]*"?organisation_id"?`, 'i').test(sql);
    if (!filtered && !single && !inserted) missing.add(table);
  }
  return [...missing];
}
