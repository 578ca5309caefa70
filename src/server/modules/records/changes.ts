import { canonicalJson } from '../../platform/canonical-json.js';

type Values = Record<string, unknown> | null;

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
  /** Whether the value before the change is on record, so the field can be set back to it. */
  known: boolean;
}

/**
 * The fields an audit event changed, each with its value before and after. Events carry
 * snapshots, not diffs; a field missing from a side counts as null there, but only a field the
 * event's before snapshot names has a known earlier value (a create has none).
 */
export function changedFields(before: unknown, after: unknown): FieldChange[] {
  const b = asValues(before);
  const a = asValues(after);
  const keys = new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})]);
  const changes: FieldChange[] = [];
  for (const field of keys) {
    const was = b?.[field] ?? null;
    const is = a?.[field] ?? null;
    if (canonicalJson(emptied(was)) !== canonicalJson(emptied(is))) changes.push({ field, before: was, after: is, known: b !== null && Object.hasOwn(b, field) });
  }
  return changes;
}

/** An empty text or list says no more than null: a record created with an empty body did not change it. */
const emptied = (v: unknown) => (v === '' || (Array.isArray(v) && v.length === 0) ? null : v);

const asValues = (v: unknown): Values => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null);

/**
 * The value a field had before an event, when the event changed it and recorded it; undefined
 * when it cannot be set back from this event.
 */
export function valueBefore(before: unknown, after: unknown, field: string): { value: unknown } | undefined {
  const change = changedFields(before, after).find((c) => c.field === field);
  return change?.known ? { value: change.before } : undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every uuid in a value (ids of people, departments, …), for looking their names up once. */
export function idsIn(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === 'string' && UUID.test(value)) into.add(value.toLowerCase());
  else if (Array.isArray(value)) for (const v of value) idsIn(v, into);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) idsIn(v, into);
  return into;
}

/** The value with every id of a known name replaced by that name; other ids stay as they are. */
export function withNames(value: unknown, names: Map<string, string>): unknown {
  if (typeof value === 'string' && UUID.test(value)) return names.get(value.toLowerCase()) ?? value;
  if (Array.isArray(value)) return value.map((v) => withNames(v, names));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withNames(v, names)]));
  return value;
}
