import { and, asc, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db.js';
import { agreements, applications, integrations, suppliers } from '../applications/schema.js';
import { capabilities, departments, people } from '../organisation/schema.js';
import type { Reference } from './analyse.js';
import { importBatches, importBatchRows, importPlannedChunks } from './schema.js';

/** One municipality's import batches; every statement is scoped by it. */
export function importRepository(db: Db, organisationId: string) {
  const inOrg = eq(importBatches.organisationId, organisationId);
  const listed = {
    id: importBatches.id,
    filename: importBatches.filename,
    status: importBatches.status,
    progress: importBatches.progress,
    counts: importBatches.counts,
    failure: importBatches.failure,
    createdAt: importBatches.createdAt,
    updatedAt: importBatches.updatedAt,
    finishedAt: importBatches.finishedAt,
    rowVersion: importBatches.rowVersion,
    createdByName: sql<string | null>`(select p.name from people p where p.organisation_id = import_batches.organisation_id and p.id = import_batches.created_by)`,
  };
  return {
    async insert(values: { createdBy: string; filename: string; content: Buffer; runner: unknown; at: Date }) {
      const [row] = await db
        .insert(importBatches)
        .values({ organisationId, createdBy: values.createdBy, filename: values.filename, content: values.content, runner: values.runner, status: 'analysing', createdAt: values.at, updatedAt: values.at })
        .returning({ id: importBatches.id });
      return row!.id;
    },

    async get(id: string) {
      const [row] = await db
        .select({ ...listed, report: importBatches.report })
        .from(importBatches)
        .where(and(inOrg, eq(importBatches.id, id)));
      return row ?? null;
    },

    async content(id: string) {
      const [row] = await db.select({ content: importBatches.content, mapping: importBatches.mapping }).from(importBatches).where(and(inOrg, eq(importBatches.id, id)));
      return row ?? null;
    },

    /** What background work needs to go on: status, progress, who it acts as, whether the rows are handed over. */
    async working(id: string) {
      const [row] = await db
        .select({ id: importBatches.id, filename: importBatches.filename, status: importBatches.status, progress: importBatches.progress, runner: importBatches.runner, planned: importBatches.planned, counts: importBatches.counts, report: importBatches.report, updatedAt: importBatches.updatedAt })
        .from(importBatches)
        .where(and(inOrg, eq(importBatches.id, id)));
      return row ?? null;
    },

    /** The municipality's batches said to be working (analysing or running), for the resume check. */
    async unfinished() {
      return db
        .select({ id: importBatches.id, status: importBatches.status, progress: importBatches.progress, updatedAt: importBatches.updatedAt })
        .from(importBatches)
        .where(and(inOrg, or(eq(importBatches.status, 'analysing'), eq(importBatches.status, 'running'))));
    },

    /**
     * Takes over a batch whose work stopped: only when its progress is still the one seen (another
     * server that took it first has noted newer progress), so exactly one server resumes it.
     */
    async claim(id: string, seenAt: string | null, progress: unknown) {
      const [row] = await db
        .update(importBatches)
        .set({ progress })
        .where(
          and(
            inOrg,
            eq(importBatches.id, id),
            or(eq(importBatches.status, 'analysing'), eq(importBatches.status, 'running')),
            seenAt === null ? sql`${importBatches.progress} is null` : sql`${importBatches.progress}->>'at' = ${seenAt}`,
          ),
        )
        .returning({ id: importBatches.id });
      return row !== undefined;
    },

    async noteCounts(id: string, counts: unknown) {
      await db.update(importBatches).set({ counts }).where(and(inOrg, eq(importBatches.id, id)));
    },

    async storeChunk(batchId: string, seq: number, progress: unknown, rows: string) {
      await db.insert(importPlannedChunks).values({ organisationId, batchId, seq, progress, rows });
    },

    /** The first chunk not yet written. */
    async nextChunk(batchId: string) {
      const [row] = await db
        .select()
        .from(importPlannedChunks)
        .where(and(eq(importPlannedChunks.organisationId, organisationId), eq(importPlannedChunks.batchId, batchId)))
        .orderBy(asc(importPlannedChunks.seq))
        .limit(1);
      return row ?? null;
    },

    /** Deletes one chunk (written), or all of the batch's (a hand-over started again, a failed run). */
    async deleteChunks(batchId: string, seq?: number) {
      await db
        .delete(importPlannedChunks)
        .where(and(eq(importPlannedChunks.organisationId, organisationId), eq(importPlannedChunks.batchId, batchId), seq === undefined ? undefined : eq(importPlannedChunks.seq, seq)));
    },

    /** The departments, people and systems a batch has written (or matched unchanged) so far, with their names (a resumed run names them again). */
    async createdRecords(batchId: string) {
      return db
        .select({ entityType: importBatchRows.entityType, id: importBatchRows.entityId, action: importBatchRows.action, name: sql<string | null>`${importBatchRows.after}->>'name'` })
        .from(importBatchRows)
        .where(and(eq(importBatchRows.organisationId, organisationId), eq(importBatchRows.batchId, batchId), inArray(importBatchRows.entityType, ['department', 'person', 'application'])));
    },

    async list() {
      return db.select(listed).from(importBatches).where(inOrg).orderBy(desc(importBatches.createdAt)).limit(50);
    },

    /** Changes the batch; with `from`, only when it is in that status (and row version), else null. */
    async update(id: string, values: Partial<typeof importBatches.$inferInsert>, from?: { status: string; rowVersion?: number }) {
      const [row] = await db
        .update(importBatches)
        .set({ ...values, rowVersion: sql`${importBatches.rowVersion} + 1` })
        .where(
          and(
            inOrg,
            eq(importBatches.id, id),
            from ? eq(importBatches.status, from.status) : undefined,
            from?.rowVersion !== undefined ? eq(importBatches.rowVersion, from.rowVersion) : undefined,
          ),
        )
        .returning({ id: importBatches.id });
      return row ?? null;
    },

    /** Progress is noted often; it does not count as a change of the batch (no new row version). */
    async noteProgress(id: string, progress: unknown) {
      await db.update(importBatches).set({ progress }).where(and(inOrg, eq(importBatches.id, id)));
    },

    async insertRows(rows: Omit<typeof importBatchRows.$inferInsert, 'organisationId'>[]) {
      for (let i = 0; i < rows.length; i += 1000) await db.insert(importBatchRows).values(rows.slice(i, i + 1000).map((r) => ({ ...r, organisationId })));
    },

    async rows(batchId: string) {
      return db
        .select()
        .from(importBatchRows)
        .where(and(eq(importBatchRows.organisationId, organisationId), eq(importBatchRows.batchId, batchId)))
        .orderBy(asc(importBatchRows.sheet), asc(importBatchRows.rowNumber));
    },

    /** What the file is read against: the municipality's live departments, people, capabilities, suppliers and systems. */
    async reference(): Promise<Reference> {
      const [d, p, c, s, a] = [
        await db.select({ id: departments.id, name: departments.name, code: departments.code }).from(departments).where(and(eq(departments.organisationId, organisationId), isNull(departments.archivedAt))),
        await db.select({ id: people.id, name: people.name, email: people.email, hasLogin: sql<boolean>`exists (select 1 from memberships m where m.organisation_id = people.organisation_id and m.person_id = people.id)` }).from(people).where(and(eq(people.organisationId, organisationId), isNull(people.archivedAt))),
        await db
          .select({ id: capabilities.id, code: capabilities.code, nameSv: capabilities.nameSv, nameEn: capabilities.nameEn })
          .from(capabilities)
          .where(or(isNull(capabilities.organisationId), eq(capabilities.organisationId, organisationId))),
        await db.select({ name: suppliers.name }).from(suppliers).where(eq(suppliers.organisationId, organisationId)),
        await db
          .select({ id: applications.id, name: applications.name, lifecycle: applications.lifecycle })
          .from(applications)
          .where(and(eq(applications.organisationId, organisationId), isNull(applications.archivedAt))),
      ];
      // The agreements register (not a system's own contract) and the integrations between live systems.
      const g = await db
        .select({ id: agreements.id, name: agreements.name, reference: agreements.reference })
        .from(agreements)
        .where(and(eq(agreements.organisationId, organisationId), eq(agreements.registered, true), isNull(agreements.archivedAt)));
      const i = await db.select({ id: integrations.id, sourceId: integrations.sourceId, targetId: integrations.targetId }).from(integrations).where(eq(integrations.organisationId, organisationId));
      return { departments: d, people: p, capabilities: c, suppliers: s.map((x) => x.name), systems: a, agreements: g, integrations: i };
    },
  };
}
