import { and, asc, count, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { agreementListQuery } from '../../../shared/agreements.js';
import type { Language } from '../../../shared/common.js';
import type { Db } from '../../platform/db.js';
import { containsPattern } from '../../platform/sql-text.js';
import { acquisitionAnswers, acquisitions } from '../acquisitions/schema.js';
import { agreementCapabilities, agreements, applicationAgreements, applications, suppliers } from '../applications/schema.js';

/** The status of an agreement on a date, as SQL (the list filters on it) and as a function (the page). */
export function statusOn(row: { startDate: string | null; endDate: string | null }, today: string) {
  if (row.endDate !== null && row.endDate < today) return 'expired' as const;
  if (row.startDate !== null && row.startDate > today) return 'not_started' as const;
  return 'in_force' as const;
}

/** The agreements register of one municipality: agreements kept in the register, not a system's own contract. */
export function agreementRepository(db: Db, organisationId: string) {
  const inRegister = and(eq(agreements.organisationId, organisationId), eq(agreements.registered, true));
  const columns = {
    row: agreements,
    supplier: suppliers.name,
    systemCount: sql<number>`(select count(*)::int from application_agreements aa join applications a on a.organisation_id = aa.organisation_id and a.id = aa.application_id
      where aa.organisation_id = agreements.organisation_id and aa.agreement_id = agreements.id and a.archived_at is null)`,
  };
  const capabilityNames = (language: Language) =>
    sql<string[]>`coalesce((select array_agg(${sql.raw(language === 'en' ? 'c.name_en' : 'c.name_sv')} order by c.code) from agreement_capabilities ac
      join capabilities c on c.id = ac.capability_id where ac.organisation_id = agreements.organisation_id and ac.agreement_id = agreements.id), '{}')`;

  return {
    async list(query: z.infer<typeof agreementListQuery>, today: string, language: Language) {
      const conditions: (SQL | undefined)[] = [inRegister, isNull(agreements.archivedAt)];
      if (query.q?.trim()) {
        const pattern = containsPattern(query.q.trim());
        conditions.push(sql`(${agreements.name} ilike ${pattern} or ${agreements.reference} ilike ${pattern} or ${suppliers.name} ilike ${pattern})`);
      }
      if (query.kind) conditions.push(eq(agreements.kind, query.kind));
      if (query.capabilityId) conditions.push(sql`exists (select 1 from agreement_capabilities ac where ac.agreement_id = ${agreements.id} and ac.capability_id = ${query.capabilityId})`);
      if (query.status === 'expired') conditions.push(sql`${agreements.endDate} < ${today}`);
      if (query.status === 'not_started') conditions.push(sql`${agreements.startDate} > ${today}`);
      if (query.status === 'in_force') conditions.push(sql`(${agreements.endDate} is null or ${agreements.endDate} >= ${today}) and (${agreements.startDate} is null or ${agreements.startDate} <= ${today})`);
      const where = and(...conditions);
      const [total] = await db.select({ n: count() }).from(agreements).leftJoin(suppliers, and(eq(suppliers.organisationId, agreements.organisationId), eq(suppliers.id, agreements.supplierId))).where(where);
      const rows = await db
        .select({ ...columns, capabilityNames: capabilityNames(language) })
        .from(agreements)
        .leftJoin(suppliers, and(eq(suppliers.organisationId, agreements.organisationId), eq(suppliers.id, agreements.supplierId)))
        .where(where)
        .orderBy(asc(agreements.name), asc(agreements.id))
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize);
      return { rows, total: total!.n };
    },

    async get(id: string, language: Language) {
      const [row] = await db
        .select({ ...columns, capabilityNames: capabilityNames(language) })
        .from(agreements)
        .leftJoin(suppliers, and(eq(suppliers.organisationId, agreements.organisationId), eq(suppliers.id, agreements.supplierId)))
        .where(and(inRegister, eq(agreements.id, id)));
      return row ?? null;
    },

    async lock(id: string) {
      const [row] = await db.select().from(agreements).where(and(inRegister, eq(agreements.id, id))).for('update');
      return row ?? null;
    },

    async capabilityIds(id: string) {
      const rows = await db.select({ id: agreementCapabilities.capabilityId }).from(agreementCapabilities).where(and(eq(agreementCapabilities.organisationId, organisationId), eq(agreementCapabilities.agreementId, id)));
      return rows.map((r) => r.id);
    },

    async systems(id: string) {
      return db
        .select({ id: applications.id, name: applications.name })
        .from(applicationAgreements)
        .innerJoin(applications, and(eq(applications.organisationId, applicationAgreements.organisationId), eq(applications.id, applicationAgreements.applicationId)))
        .where(and(eq(applicationAgreements.agreementId, id), eq(applications.organisationId, organisationId), isNull(applications.archivedAt)))
        .orderBy(sql`${applications.nameSort} collate "C"`);
    },

    /** Acquisitions that called the agreement off (step 4) — current answers only. */
    async acquisitions(id: string) {
      return db
        .selectDistinct({ id: acquisitions.id, title: acquisitions.title })
        .from(acquisitionAnswers)
        .innerJoin(acquisitions, and(eq(acquisitions.organisationId, acquisitionAnswers.organisationId), eq(acquisitions.id, acquisitionAnswers.acquisitionId), isNull(acquisitions.archivedAt)))
        .where(and(eq(acquisitionAnswers.organisationId, organisationId), eq(acquisitionAnswers.agreementId, id), isNull(acquisitionAnswers.supersededAt)))
        .orderBy(asc(acquisitions.title));
    },

    async replaceCapabilities(id: string, capabilityIds: string[]) {
      await db.delete(agreementCapabilities).where(and(eq(agreementCapabilities.organisationId, organisationId), eq(agreementCapabilities.agreementId, id)));
      if (capabilityIds.length) await db.insert(agreementCapabilities).values(capabilityIds.map((capabilityId) => ({ organisationId, agreementId: id, capabilityId })));
    },

    async insert(values: Omit<typeof agreements.$inferInsert, 'organisationId'>) {
      const [row] = await db.insert(agreements).values({ ...values, organisationId, registered: true }).returning();
      return row!;
    },

    async update(id: string, expectedVersion: number, values: Partial<typeof agreements.$inferInsert>) {
      const [row] = await db
        .update(agreements)
        .set({ ...values, rowVersion: sql`${agreements.rowVersion} + 1` })
        .where(and(inRegister, eq(agreements.id, id), eq(agreements.rowVersion, expectedVersion)))
        .returning();
      return row ?? null;
    },
  };
}
