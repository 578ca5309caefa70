import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db.js';
import { departments } from './schema.js';

/**
 * Whether another live department of the municipality has the name (case aside): two units
 * named alike would be told apart by nobody. Archived ones do not count until restored.
 */
export async function departmentNameTaken(tx: Db, organisationId: string, name: string, selfId: string | null) {
  const [row] = await tx
    .select({ id: departments.id })
    .from(departments)
    .where(and(eq(departments.organisationId, organisationId), isNull(departments.archivedAt), sql`lower(${departments.name}) = lower(${name.trim()})`, selfId ? ne(departments.id, selfId) : undefined))
    .limit(1);
  return Boolean(row);
}
