import { createHash } from 'node:crypto';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { registerKpiSources } from '../../../shared/goals.js';
import type { Db } from '../../platform/db.js';
import { auditEvents } from '../audit/schema.js';
import { registerSharesByYear } from '../eservices/rules.js';
import { buildItemTree } from '../documents/rules.js';
import { documentItems, documents } from '../documents/schema.js';
import { people } from '../organisation/schema.js';
import { kpiMeasurements, kpis, kpiTargets } from './schema.js';

export interface KpiFilter {
  document?: string;
  goal?: string;
}

/** KPIs, targets and measurements of one municipality; goals and documents are read in joins. */
export function kpiRepository(db: Db, organisationId: string) {
  const liveKpi = and(eq(kpis.organisationId, organisationId), isNull(kpis.archivedAt));
  const base = () =>
    db
      .select({
        kpi: kpis,
        goalTitle: documentItems.title,
        documentId: documents.id,
        documentTitle: documents.title,
        documentOwnerId: documents.ownerId,
        ownerName: people.name,
      })
      .from(kpis)
      .innerJoin(documentItems, and(eq(documentItems.organisationId, kpis.organisationId), eq(documentItems.id, kpis.goalId)))
      .innerJoin(documents, and(eq(documents.organisationId, documentItems.organisationId), eq(documents.id, documentItems.documentId)))
      .leftJoin(people, and(eq(people.organisationId, kpis.organisationId), eq(people.id, kpis.ownerId)));

  /**
   * A KPI fed by the e-services register has no stored measurements: its values are computed on
   * read from the register's history (the audit trail, read-only), one per year end and today.
   */
  async function withRegisterValues<T extends { kpiId: string }>(ids: string[], stored: Map<string, T[]>, today: string | null) {
    if (ids.length === 0 || today === null) return stored;
    const fed = await db
      .select({ id: kpis.id, source: kpis.source, createdAt: kpis.createdAt })
      .from(kpis)
      .where(and(eq(kpis.organisationId, organisationId), inArray(kpis.id, ids), inArray(kpis.source, [...registerKpiSources])));
    if (fed.length === 0) return stored;
    const events = await db
      .select({ entityId: auditEvents.entityId, occurredAt: auditEvents.occurredAt, after: auditEvents.after })
      .from(auditEvents)
      .where(and(eq(auditEvents.organisationId, organisationId), eq(auditEvents.entityType, 'eservice')))
      .orderBy(asc(auditEvents.occurredAt), asc(auditEvents.seq));
    const shares = registerSharesByYear(events, today);
    const out = new Map(stored);
    for (const k of fed) {
      const values = shares.flatMap((s) => {
        const value = k.source === 'eservices_introduced' ? s.introducedShare : s.digitalShare;
        if (value === null) return [];
        const hex = createHash('sha256').update(`${k.id}:${s.periodEnd}`).digest('hex');
        const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
        return [{ id, organisationId, kpiId: k.id, periodEnd: s.periodEnd, value, comment: 'E-tjänsteregistret', enteredById: null, enteredByName: null, archivedAt: null, createdAt: k.createdAt, updatedAt: k.createdAt, rowVersion: 0 }];
      });
      out.set(k.id, values as unknown as T[]);
    }
    return out;
  }

  return {
    async list(filter: KpiFilter) {
      return base()
        .where(and(liveKpi, filter.document ? eq(documents.id, filter.document) : undefined, filter.goal ? eq(kpis.goalId, filter.goal) : undefined))
        .orderBy(asc(documentItems.position), asc(kpis.name));
    },

    async get(id: string) {
      const [row] = await base().where(and(liveKpi, eq(kpis.id, id)));
      return row ?? null;
    },

    /** A live goal of a live document of this municipality, with the document's owner. */
    async goal(itemId: string) {
      const [row] = await db
        .select({ id: documentItems.id, kind: documentItems.kind, documentOwnerId: documents.ownerId })
        .from(documentItems)
        .innerJoin(documents, and(eq(documents.organisationId, documentItems.organisationId), eq(documents.id, documentItems.documentId)))
        .where(and(eq(documentItems.organisationId, organisationId), eq(documentItems.id, itemId), isNull(documentItems.archivedAt), isNull(documents.archivedAt)));
      return row ?? null;
    },

    /** A live document's title and its live items as a tree, for the goal follow-up. */
    async documentGoals(documentId: string) {
      const [doc] = await db
        .select({ id: documents.id, title: documents.title })
        .from(documents)
        .where(and(eq(documents.organisationId, organisationId), eq(documents.id, documentId), isNull(documents.archivedAt)));
      if (!doc) return null;
      const rows = await db
        .select()
        .from(documentItems)
        .where(and(eq(documentItems.organisationId, organisationId), eq(documentItems.documentId, documentId), isNull(documentItems.archivedAt)))
        .orderBy(asc(documentItems.position));
      return { ...doc, items: buildItemTree(rows) };
    },

    /** Every live goal item of the municipality's live documents, with its document's title. */
    async goals() {
      return db
        .select({ id: documentItems.id, number: documentItems.number, title: documentItems.title, documentId: documents.id, documentTitle: documents.title })
        .from(documentItems)
        .innerJoin(documents, and(eq(documents.organisationId, documentItems.organisationId), eq(documents.id, documentItems.documentId)))
        .where(and(eq(documentItems.organisationId, organisationId), eq(documentItems.kind, 'goal'), isNull(documentItems.archivedAt), isNull(documents.archivedAt)))
        .orderBy(asc(documents.title), asc(documentItems.position));
    },

    /** Targets and measurements of the given KPIs, for evaluating them; with `today`, a register-fed KPI's values computed up to it. */
    async factsFor(ids: string[], today: string | null = null) {
      const none = ['00000000-0000-0000-0000-000000000000'];
      const targets = await db.select().from(kpiTargets).where(and(eq(kpiTargets.organisationId, organisationId), inArray(kpiTargets.kpiId, [...ids, ...none]))).orderBy(asc(kpiTargets.targetDate));
      const measurements = await db
        .select({ m: kpiMeasurements, enteredByName: people.name })
        .from(kpiMeasurements)
        .leftJoin(people, and(eq(people.organisationId, kpiMeasurements.organisationId), eq(people.id, kpiMeasurements.enteredById)))
        .where(and(eq(kpiMeasurements.organisationId, organisationId), inArray(kpiMeasurements.kpiId, [...ids, ...none]), isNull(kpiMeasurements.archivedAt)))
        .orderBy(asc(kpiMeasurements.periodEnd));
      const group = <T extends { kpiId: string }>(rows: T[]) => {
        const map = new Map<string, T[]>();
        for (const r of rows) map.set(r.kpiId, [...(map.get(r.kpiId) ?? []), r]);
        return map;
      };
      const stored = group(measurements.map((r) => ({ ...r.m, enteredByName: r.enteredByName })));
      return { targets: group(targets), measurements: await withRegisterValues(ids, stored, today) };
    },

    async insert(values: Omit<typeof kpis.$inferInsert, 'organisationId'>) {
      const [row] = await db.insert(kpis).values({ ...values, organisationId }).returning();
      return row!;
    },

    async update(id: string, expectedVersion: number, values: Partial<typeof kpis.$inferInsert>) {
      const [row] = await db
        .update(kpis)
        .set({ ...values, rowVersion: sql`${kpis.rowVersion} + 1` })
        .where(and(liveKpi, eq(kpis.id, id), eq(kpis.rowVersion, expectedVersion)))
        .returning();
      return row ?? null;
    },

    async replaceTargets(kpiId: string, targets: { value: number; targetDate: string }[]) {
      await db.delete(kpiTargets).where(and(eq(kpiTargets.organisationId, organisationId), eq(kpiTargets.kpiId, kpiId)));
      if (targets.length) await db.insert(kpiTargets).values(targets.map((t) => ({ ...t, kpiId, organisationId })));
    },

    /** Archived ones count too: a period stays taken until its measurement is restored (one per period). */
    async measurementFor(kpiId: string, periodEnd: string) {
      const [row] = await db.select().from(kpiMeasurements).where(and(eq(kpiMeasurements.organisationId, organisationId), eq(kpiMeasurements.kpiId, kpiId), eq(kpiMeasurements.periodEnd, periodEnd)));
      return row ?? null;
    },

    async measurement(kpiId: string, id: string) {
      const [row] = await db
        .select()
        .from(kpiMeasurements)
        .where(and(eq(kpiMeasurements.organisationId, organisationId), eq(kpiMeasurements.kpiId, kpiId), eq(kpiMeasurements.id, id), isNull(kpiMeasurements.archivedAt)));
      return row ?? null;
    },

    async insertMeasurement(values: Omit<typeof kpiMeasurements.$inferInsert, 'organisationId'>) {
      const [row] = await db.insert(kpiMeasurements).values({ ...values, organisationId }).returning();
      return row!;
    },

    async updateMeasurement(id: string, expectedVersion: number, values: Partial<typeof kpiMeasurements.$inferInsert>) {
      const [row] = await db
        .update(kpiMeasurements)
        .set({ ...values, rowVersion: sql`${kpiMeasurements.rowVersion} + 1` })
        .where(and(eq(kpiMeasurements.organisationId, organisationId), eq(kpiMeasurements.id, id), eq(kpiMeasurements.rowVersion, expectedVersion)))
        .returning();
      return row ?? null;
    },
  };
}

export type KpiRepository = ReturnType<typeof kpiRepository>;
