import type { HistoryEvent } from '../../../shared/applications.js';
import type { AuthContext } from '../../platform/auth.js';
import type { Db } from '../../platform/db.js';
import { entityEvents } from '../audit/queries.js';
import { applicationRepository } from './repository.js';
import { changedFields } from './rules.js';

type Values = Record<string, unknown> | null;

/**
 * A system's history tab: each audit event reduced to the fields that changed, with ids turned
 * into the names a person recognises (as they are named today).
 */
export async function applicationHistory(db: Db, auth: AuthContext, id: string): Promise<HistoryEvent[]> {
  const events = await entityEvents(db, auth.organisationId, 'application', id);
  const ids = { people: new Set<string>(), departments: new Set<string>(), capabilities: new Set<string>(), applications: new Set<string>() };
  for (const e of events) {
    for (const v of [e.before as Values, e.after as Values]) {
      if (!v) continue;
      for (const key of ['ownerId', 'managerId']) if (typeof v[key] === 'string') ids.people.add(v[key] as string);
      for (const d of (v.departmentIds as string[] | undefined) ?? []) ids.departments.add(d);
      for (const c of (v.capabilityIds as string[] | undefined) ?? []) ids.capabilities.add(c);
      for (const i of (v.integrations as { targetId: string }[] | undefined) ?? []) ids.applications.add(i.targetId);
    }
  }
  const names = await applicationRepository(db, auth.organisationId).namesFor({
    people: [...ids.people],
    departments: [...ids.departments],
    capabilities: [...ids.capabilities],
    applications: [...ids.applications],
  });
  const lookup = (list: { id: string; name: string; nameEn?: string }[]) => {
    const map = new Map(list.map((x) => [x.id, auth.language === 'en' && x.nameEn ? x.nameEn : x.name]));
    return (id: string) => map.get(id) ?? id;
  };
  const person = lookup(names.people);
  const department = lookup(names.departments);
  const capability = lookup(names.capabilities);
  const system = lookup(names.applications);

  const readable = (field: string, value: unknown): unknown => {
    if (value === null || value === undefined) return null;
    switch (field) {
      case 'ownerId':
      case 'managerId':
        return person(value as string);
      case 'departmentIds':
        return (value as string[]).map(department);
      case 'capabilityIds':
        return (value as string[]).map(capability);
      case 'integrations':
        return (value as { targetId: string; description: string }[]).map((i) => ({ target: system(i.targetId), description: i.description }));
      default:
        return value;
    }
  };

  return events.map((e) => ({
    id: e.id,
    occurredAt: e.occurredAt.toISOString(),
    action: e.action,
    actorName: e.actorName,
    // An import names its batch in the event (issue 12, item 1); that is not a field of the system.
    changes: changedFields(e.before as Values, e.after as Values).filter((c) => c.field !== 'importBatchId').map((c) => ({
      field: c.field,
      before: readable(c.field, c.before),
      after: readable(c.field, c.after),
    })),
  }));
}
