import { and, asc, desc, eq, gt, isNotNull, isNull, lte, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db.js';
import { ruleValues } from './schema.js';

export function ruleRepository(db: Db, organisationId: string) {
  const inOrg = eq(ruleValues.organisationId, organisationId);
  return {
    async list() {
      return db.select().from(ruleValues).where(inOrg).orderBy(asc(ruleValues.key), desc(ruleValues.effectiveFrom));
    },
    /** The value in force on a date: the latest effective on or before it; null when none was. */
    async inForce(key: string, onDate: string) {
      const [row] = await db
        .select()
        .from(ruleValues)
        .where(and(inOrg, eq(ruleValues.key, key), lte(ruleValues.effectiveFrom, onDate)))
        .orderBy(desc(ruleValues.effectiveFrom))
        .limit(1);
      return row ?? null;
    },
    /** The first value of a rule that takes effect after a date (known or not); null when none is entered. */
    async nextAfter(key: string, afterDate: string) {
      const [row] = await db
        .select()
        .from(ruleValues)
        .where(and(inOrg, eq(ruleValues.key, key), gt(ruleValues.effectiveFrom, afterDate)))
        .orderBy(asc(ruleValues.effectiveFrom))
        .limit(1);
      return row ?? null;
    },
    /** The latest value on or before a date that is known (not null). */
    async latestKnown(key: string, onDate: string) {
      const [row] = await db
        .select()
        .from(ruleValues)
        .where(and(inOrg, eq(ruleValues.key, key), lte(ruleValues.effectiveFrom, onDate), isNotNull(ruleValues.value)))
        .orderBy(desc(ruleValues.effectiveFrom))
        .limit(1);
      return row ?? null;
    },
    async fillIn(id: string, value: number, description: string) {
      const [row] = await db
        .update(ruleValues)
        .set({ value, description, updatedAt: new Date(), rowVersion: sql`${ruleValues.rowVersion} + 1` })
        .where(and(inOrg, eq(ruleValues.id, id), isNull(ruleValues.value)))
        .returning();
      return row!;
    },
    async insert(values: { key: string; value: number | null; effectiveFrom: string; description: string }) {
      const [row] = await db.insert(ruleValues).values({ ...values, organisationId }).returning();
      return row!;
    },
  };
}
