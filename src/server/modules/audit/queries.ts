import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db.js';
import { people } from '../organisation/schema.js';
import { auditEvents } from './schema.js';

/** The audit module's read for other modules: the audit events of one record, newest first, with the acting person's name. */
export async function entityEvents(db: Db, organisationId: string, entityType: string, entityId: string) {
  return db
    .select({
      id: auditEvents.id,
      occurredAt: auditEvents.occurredAt,
      action: auditEvents.action,
      actorName: people.name,
      before: auditEvents.before,
      after: auditEvents.after,
    })
    .from(auditEvents)
    .leftJoin(people, eq(people.id, auditEvents.actorPersonId))
    .where(and(eq(auditEvents.organisationId, organisationId), eq(auditEvents.entityType, entityType), eq(auditEvents.entityId, entityId)))
    .orderBy(desc(auditEvents.seq))
    .limit(500);
}
