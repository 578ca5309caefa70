import type { RecordHistoryEvent, RecordType } from '../../../shared/records.js';
import type { AuthContext } from '../../platform/auth.js';
import type { Db } from '../../platform/db.js';
import { entityEvents } from '../audit/queries.js';
import { changedFields, idsIn, withNames } from './changes.js';
import { namesOf } from './queries.js';

/**
 * One record's history from the audit trail: each event reduced to the fields it changed, ids of
 * people, departments and capabilities shown by name. `settable` (the fields the person may set back, none
 * when they may not) marks the changes whose earlier value can be had back (the owning module still decides whether that value is allowed today).
 */
export async function recordHistory(db: Db, auth: AuthContext, type: RecordType, id: string, settable: readonly string[]): Promise<RecordHistoryEvent[]> {
  const events = await entityEvents(db, auth.organisationId, type, id);
  const ids = new Set<string>();
  for (const e of events) {
    idsIn(e.before, ids);
    idsIn(e.after, ids);
  }
  ids.delete(id.toLowerCase());
  const names = await namesOf(db, auth.organisationId, [...ids], auth.language);
  return events.map((e) => ({
    id: e.id,
    occurredAt: e.occurredAt.toISOString(),
    action: e.action,
    actorName: e.actorName,
    changes: changedFields(e.before, e.after).map((c) => ({
      field: c.field,
      before: withNames(c.before, names),
      after: withNames(c.after, names),
      settable: c.known && e.action === 'update' && settable.includes(c.field),
    })),
  }));
}
