import { and, asc, count, desc, eq, inArray, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { acquisitionListQuery } from '../../../shared/acquisitions.js';
import type { Language } from '../../../shared/common.js';
import type { Db } from '../../platform/db.js';
import { containsPattern } from '../../platform/sql-text.js';
import { agreementCapabilities, agreements, applicationCapabilities, applications } from '../applications/schema.js';
import { capabilities, departments, organisations, people } from '../organisation/schema.js';
import { acquisitionAnswers, acquisitionAttachments, acquisitionCapabilities, acquisitions } from './schema.js';

type Row = typeof acquisitions.$inferSelect;
export type AcquisitionRow = Row;

/** Acquisitions of one municipality; every query is scoped to it. */
export function acquisitionRepository(db: Db, organisationId: string) {
  // An archived acquisition is out of the register; the archive view and its history still find it.
  const inOrg = and(eq(acquisitions.organisationId, organisationId), isNull(acquisitions.archivedAt));
  const reporter = sql<string | null>`(select p.name from people p where p.organisation_id = acquisitions.organisation_id and p.id = acquisitions.reported_by_id)`;
  const summaryColumns = {
    row: acquisitions,
    departmentName: departments.name,
    reportedByName: reporter,
  };

  return {
    async list(query: z.infer<typeof acquisitionListQuery>) {
      const conditions: (SQL | undefined)[] = [inOrg];
      if (query.q?.trim()) {
        const pattern = containsPattern(query.q.trim());
        conditions.push(sql`(${acquisitions.title} ilike ${pattern} or ${acquisitions.needText} ilike ${pattern})`);
      }
      if (query.step) conditions.push(eq(acquisitions.step, query.step));
      if (query.outcome) conditions.push(eq(acquisitions.outcome, query.outcome));
      if (query.state === 'open') conditions.push(isNull(acquisitions.outcome));
      if (query.state === 'ended') conditions.push(isNotNull(acquisitions.outcome));
      if (query.departmentId) conditions.push(eq(acquisitions.departmentId, query.departmentId));
      if (query.noted === 'true') conditions.push(isNotNull(acquisitions.councilNotedAt));
      if (query.noted === 'false') conditions.push(isNull(acquisitions.councilNotedAt));
      const where = and(...conditions);
      const [total] = await db.select({ n: count() }).from(acquisitions).where(where);
      const rows = await db
        .select(summaryColumns)
        .from(acquisitions)
        .innerJoin(departments, and(eq(departments.organisationId, acquisitions.organisationId), eq(departments.id, acquisitions.departmentId)))
        .where(where)
        .orderBy(desc(acquisitions.reportedOn), desc(acquisitions.createdAt), asc(acquisitions.id))
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize);
      return { rows, total: total!.n };
    },

    async get(id: string) {
      const [row] = await db
        .select({
          ...summaryColumns,
          notedByName: sql<string | null>`(select p.name from people p where p.id = acquisitions.council_noted_by_id)`,
          withdrawnByName: sql<string | null>`(select p.name from people p where p.id = acquisitions.withdrawn_by_id)`,
          projectName: sql<string | null>`(select p.name from projects p where p.id = acquisitions.project_id and p.organisation_id = acquisitions.organisation_id)`,
          projectStatus: sql<string | null>`(select p.status from projects p where p.id = acquisitions.project_id and p.organisation_id = acquisitions.organisation_id)`,
          applicationName: sql<string | null>`(select a.name from applications a where a.id = acquisitions.application_id and a.organisation_id = acquisitions.organisation_id)`,
        })
        .from(acquisitions)
        .innerJoin(departments, and(eq(departments.organisationId, acquisitions.organisationId), eq(departments.id, acquisitions.departmentId)))
        .where(and(inOrg, eq(acquisitions.id, id)));
      return row ?? null;
    },

    /** The row alone, locked for the rest of the transaction (writes that read then change it). */
    async lock(id: string) {
      const [row] = await db.select().from(acquisitions).where(and(inOrg, eq(acquisitions.id, id))).for('update');
      return row ?? null;
    },

    async capabilities(id: string, language: Language) {
      return db
        .select({ id: capabilities.id, code: capabilities.code, name: language === 'en' ? capabilities.nameEn : capabilities.nameSv })
        .from(acquisitionCapabilities)
        .innerJoin(capabilities, eq(capabilities.id, acquisitionCapabilities.capabilityId))
        .where(and(eq(acquisitionCapabilities.organisationId, organisationId), eq(acquisitionCapabilities.acquisitionId, id)))
        .orderBy(asc(capabilities.code));
    },

    async capabilityIds(id: string) {
      const rows = await db.select({ id: acquisitionCapabilities.capabilityId }).from(acquisitionCapabilities).where(and(eq(acquisitionCapabilities.organisationId, organisationId), eq(acquisitionCapabilities.acquisitionId, id)));
      return rows.map((r) => r.id);
    },

    async replaceCapabilities(id: string, capabilityIds: string[]) {
      await db.delete(acquisitionCapabilities).where(and(eq(acquisitionCapabilities.organisationId, organisationId), eq(acquisitionCapabilities.acquisitionId, id)));
      if (capabilityIds.length) await db.insert(acquisitionCapabilities).values(capabilityIds.map((capabilityId) => ({ organisationId, acquisitionId: id, capabilityId })));
    },

    /**
     * Every answer, oldest first, with what it points at. A partner's system is shown by name and
     * municipality only, and only because this municipality's own answer names it.
     */
    async answers(id: string) {
      return db
        .select({
          answer: acquisitionAnswers,
          ownSystemName: applications.name,
          agreementName: agreements.name,
          answeredByName: people.name,
        })
        .from(acquisitionAnswers)
        // Only the municipality's own systems are read live; a partner's comes from the answer's record.
        .leftJoin(applications, and(eq(applications.id, acquisitionAnswers.systemId), eq(applications.organisationId, organisationId)))
        .leftJoin(agreements, and(eq(agreements.id, acquisitionAnswers.agreementId), eq(agreements.organisationId, organisationId)))
        .leftJoin(people, and(eq(people.organisationId, acquisitionAnswers.organisationId), eq(people.id, acquisitionAnswers.answeredById)))
        .where(and(eq(acquisitionAnswers.organisationId, organisationId), eq(acquisitionAnswers.acquisitionId, id)))
        .orderBy(asc(acquisitionAnswers.answeredAt), asc(acquisitionAnswers.createdAt));
    },

    async currentAnswers(id: string) {
      return db
        .select()
        .from(acquisitionAnswers)
        .where(and(eq(acquisitionAnswers.organisationId, organisationId), eq(acquisitionAnswers.acquisitionId, id), isNull(acquisitionAnswers.supersededAt)));
    },

    async supersede(id: string, steps: string[], at: Date) {
      await db
        .update(acquisitionAnswers)
        .set({ supersededAt: at, updatedAt: at })
        .where(and(eq(acquisitionAnswers.organisationId, organisationId), eq(acquisitionAnswers.acquisitionId, id), inArray(acquisitionAnswers.step, steps), isNull(acquisitionAnswers.supersededAt)));
    },

    async insertAnswer(values: Omit<typeof acquisitionAnswers.$inferInsert, 'organisationId'>) {
      const [row] = await db.insert(acquisitionAnswers).values({ ...values, organisationId }).returning();
      return row!;
    },

    /** The attachments; those an admin removed only when asked for (they stay, restorable). */
    async attachments(id: string, withArchived = false) {
      return db
        .select({
          id: acquisitionAttachments.id,
          archivedAt: acquisitionAttachments.archivedAt,
          fileName: acquisitionAttachments.fileName,
          contentType: acquisitionAttachments.contentType,
          size: acquisitionAttachments.size,
          uploadedAt: acquisitionAttachments.createdAt,
          uploadedByName: people.name,
        })
        .from(acquisitionAttachments)
        .leftJoin(people, and(eq(people.organisationId, acquisitionAttachments.organisationId), eq(people.id, acquisitionAttachments.uploadedById)))
        .where(
          and(
            eq(acquisitionAttachments.organisationId, organisationId),
            eq(acquisitionAttachments.acquisitionId, id),
            withArchived ? undefined : isNull(acquisitionAttachments.archivedAt),
          ),
        )
        .orderBy(asc(acquisitionAttachments.createdAt));
    },

    async attachment(id: string, attachmentId: string, withArchived = false) {
      const [row] = await db
        .select()
        .from(acquisitionAttachments)
        .where(
          and(
            eq(acquisitionAttachments.organisationId, organisationId),
            eq(acquisitionAttachments.acquisitionId, id),
            eq(acquisitionAttachments.id, attachmentId),
            withArchived ? undefined : isNull(acquisitionAttachments.archivedAt),
          ),
        );
      return row ?? null;
    },

    async attachmentCount(id: string) {
      const [row] = await db
        .select({ n: count() })
        .from(acquisitionAttachments)
        .where(and(eq(acquisitionAttachments.organisationId, organisationId), eq(acquisitionAttachments.acquisitionId, id), isNull(acquisitionAttachments.archivedAt)));
      return row!.n;
    },

    async insertAttachment(values: Omit<typeof acquisitionAttachments.$inferInsert, 'organisationId'>) {
      const [row] = await db.insert(acquisitionAttachments).values({ ...values, organisationId }).returning({ id: acquisitionAttachments.id });
      return row!.id;
    },

    /** Archives (a date) or restores (null) an attachment in the other state; null when there is none. */
    async setAttachmentArchived(id: string, attachmentId: string, archivedAt: Date | null) {
      const rows = await db
        .update(acquisitionAttachments)
        .set({ archivedAt, updatedAt: new Date(), rowVersion: sql`${acquisitionAttachments.rowVersion} + 1` })
        .where(
          and(
            eq(acquisitionAttachments.organisationId, organisationId),
            eq(acquisitionAttachments.acquisitionId, id),
            eq(acquisitionAttachments.id, attachmentId),
            archivedAt ? isNull(acquisitionAttachments.archivedAt) : isNotNull(acquisitionAttachments.archivedAt),
          ),
        )
        .returning({ id: acquisitionAttachments.id, fileName: acquisitionAttachments.fileName, size: acquisitionAttachments.size });
      return rows[0] ?? null;
    },

    /** Neither installed nor withdrawn: every need a rule change may move. */
    async reroutable() {
      return db.select().from(acquisitions).where(and(inOrg, isNull(acquisitions.applicationId), isNull(acquisitions.withdrawnAt)));
    },

    async insert(values: Omit<typeof acquisitions.$inferInsert, 'organisationId'>) {
      const [row] = await db.insert(acquisitions).values({ ...values, organisationId }).returning();
      return row!;
    },

    /** Updates only at the version the client read; null when someone else changed it first. */
    async update(id: string, expectedVersion: number, values: Partial<typeof acquisitions.$inferInsert>) {
      const [row] = await db
        .update(acquisitions)
        .set({ ...values, rowVersion: sql`${acquisitions.rowVersion} + 1` })
        .where(and(inOrg, eq(acquisitions.id, id), eq(acquisitions.rowVersion, expectedVersion)))
        .returning();
      return row ?? null;
    },

    /** A live own system's name, for step 1's answer; null when there is none. */
    async ownSystem(systemId: string) {
      const [row] = await db
        .select({ name: applications.name })
        .from(applications)
        .where(and(eq(applications.organisationId, organisationId), eq(applications.id, systemId), isNull(applications.archivedAt)));
      return row ?? null;
    },

    /** A system a partner municipality in a shared collaboration has chosen to share, by name and municipality; for step 2. */
    async partnerSystem(systemId: string) {
      const [row] = await db
        .select({ name: applications.name, municipality: organisations.name })
        .from(applications)
        .innerJoin(organisations, eq(organisations.id, applications.organisationId))
        .where(and(eq(applications.id, systemId), isNull(applications.archivedAt), eq(applications.sharedWithCollaboration, true), partnerOf(organisationId)));
      return row ?? null;
    },

    /** Is a live agreement of the register; for step 4 and installation. */
    async registeredAgreement(agreementId: string) {
      const [row] = await db
        .select({ id: agreements.id, name: agreements.name, kind: agreements.kind, startDate: agreements.startDate, endDate: agreements.endDate })
        .from(agreements)
        .where(and(eq(agreements.organisationId, organisationId), eq(agreements.id, agreementId), eq(agreements.registered, true), isNull(agreements.archivedAt)));
      return row ?? null;
    },

    /** Step 1: own systems serving any of the capabilities, best match first. */
    async internalMatches(capabilityIds: string[], language: Language) {
      if (capabilityIds.length === 0) return [];
      return db
        .select({
          id: applications.id,
          name: applications.name,
          supplier: sql<string | null>`(select s.name from suppliers s where s.organisation_id = applications.organisation_id and s.id = applications.supplier_id)`,
          lifecycle: applications.lifecycle,
          matched: sql<number>`count(*)::int`,
          capabilityNames: sql<string[]>`array_agg(${language === 'en' ? capabilities.nameEn : capabilities.nameSv} order by ${capabilities.code})`,
        })
        .from(applications)
        .innerJoin(applicationCapabilities, and(eq(applicationCapabilities.organisationId, applications.organisationId), eq(applicationCapabilities.applicationId, applications.id)))
        .innerJoin(capabilities, eq(capabilities.id, applicationCapabilities.capabilityId))
        .where(and(eq(applications.organisationId, organisationId), isNull(applications.archivedAt), sql`${applications.lifecycle} <> 'phased_out'`, inArray(capabilities.id, capabilityIds)))
        .groupBy(applications.id)
        .orderBy(sql`count(*) desc`, sql`${applications.nameSort} collate "C"`)
        .limit(20);
    },

    /**
     * Step 2: partner municipalities' systems shared with a collaboration this municipality is in,
     * best match first. Only the name, the municipality, the supplier and the matched capabilities
     * leave the partner: nothing else of theirs is read.
     */
    async partnerMatches(capabilityIds: string[], language: Language) {
      if (capabilityIds.length === 0) return [];
      return db
        .select({
          id: applications.id,
          name: applications.name,
          municipality: organisations.name,
          supplier: sql<string | null>`(select s.name from suppliers s where s.organisation_id = applications.organisation_id and s.id = applications.supplier_id)`,
          matched: sql<number>`count(*)::int`,
          capabilityNames: sql<string[]>`array_agg(${language === 'en' ? capabilities.nameEn : capabilities.nameSv} order by ${capabilities.code})`,
        })
        .from(applications)
        .innerJoin(organisations, eq(organisations.id, applications.organisationId))
        .innerJoin(applicationCapabilities, and(eq(applicationCapabilities.organisationId, applications.organisationId), eq(applicationCapabilities.applicationId, applications.id)))
        .innerJoin(capabilities, eq(capabilities.id, applicationCapabilities.capabilityId))
        .where(
          and(
            eq(applications.sharedWithCollaboration, true),
            isNull(applications.archivedAt),
            sql`${applications.lifecycle} <> 'phased_out'`,
            partnerOf(organisationId),
            inArray(capabilities.id, capabilityIds),
          ),
        )
        .groupBy(applications.id, organisations.name)
        .orderBy(sql`count(*) desc`, sql`${applications.nameSort} collate "C"`)
        .limit(20);
    },

    /** Step 4: register agreements whose scope covers any of the capabilities, in force on the date. */
    async agreementMatches(capabilityIds: string[], onDate: string, language: Language) {
      if (capabilityIds.length === 0) return [];
      return db
        .select({
          id: agreements.id,
          name: agreements.name,
          kind: agreements.kind,
          supplier: sql<string | null>`(select s.name from suppliers s where s.id = agreements.supplier_id)`,
          endDate: agreements.endDate,
          matched: sql<number>`count(*)::int`,
          capabilityNames: sql<string[]>`array_agg(${language === 'en' ? capabilities.nameEn : capabilities.nameSv} order by ${capabilities.code})`,
        })
        .from(agreements)
        .innerJoin(agreementCapabilities, and(eq(agreementCapabilities.organisationId, agreements.organisationId), eq(agreementCapabilities.agreementId, agreements.id)))
        .innerJoin(capabilities, eq(capabilities.id, agreementCapabilities.capabilityId))
        .where(
          and(
            eq(agreements.organisationId, organisationId),
            eq(agreements.registered, true),
            isNull(agreements.archivedAt),
            sql`(${agreements.startDate} is null or ${agreements.startDate} <= ${onDate})`,
            sql`(${agreements.endDate} is null or ${agreements.endDate} >= ${onDate})`,
            inArray(capabilities.id, capabilityIds),
          ),
        )
        .groupBy(agreements.id)
        .orderBy(sql`count(*) desc`, sql`case when ${agreements.kind} = 'framework' then 0 else 1 end`, asc(agreements.name))
        .limit(20);
    },
  };
}

/**
 * The system belongs to another municipality that shares a collaboration with this one: both
 * active members (an invited one shares nothing yet; one that left stops sharing at once).
 */
const partnerOf = (organisationId: string) =>
  sql`${applications.organisationId} <> ${organisationId} and ${applications.organisationId} in (
    select other.organisation_id from collaboration_members mine
    join collaboration_members other on other.collaboration_id = mine.collaboration_id
    where mine.organisation_id = ${organisationId} and mine.status = 'active' and other.status = 'active')`;
