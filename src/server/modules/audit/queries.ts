import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db.js';
import { people } from '../organisation/schema.js';
import { auditEvents, auditHeads } from './schema.js';

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
    .leftJoin(people, and(eq(people.organisationId, auditEvents.organisationId), eq(people.id, auditEvents.actorPersonId)))
    .where(and(eq(auditEvents.organisationId, organisationId), eq(auditEvents.entityType, entityType), eq(auditEvents.entityId, entityId)))
    .orderBy(desc(auditEvents.seq))
    .limit(500);
}

/**
 * How many changes the municipality has had: the head of its audit chain. Every write of every
 * register is audited in its own transaction, so data derived from a municipality's registers is
 * current as long as this number is unchanged (read it before the data the result is made from).
 */
export async function changeCount(db: Db, organisationId: string): Promise<number> {
  const [head] = await db.select({ seq: auditHeads.seq }).from(auditHeads).where(eq(auditHeads.organisationId, organisationId));
  return head?.seq ?? 0;
}
