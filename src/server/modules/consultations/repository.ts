import { and, asc, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db.js';
import { documents } from '../documents/schema.js';
import { departments, people } from '../organisation/schema.js';
import { consultationComments, consultationRecipients, consultations } from './schema.js';

type RecipientValues = Partial<Pick<typeof consultationRecipients.$inferInsert, 'status' | 'noObjection' | 'submittedAt' | 'answeredBy' | 'updatedAt'>>;
type CommentValues = Partial<Pick<typeof consultationComments.$inferInsert, 'response' | 'responseText' | 'respondedBy' | 'updatedAt'>>;

/** Remiss rounds of one municipality; the scope is fixed when the repository is made. */
export function consultationRepository(db: Db, organisationId: string) {
  const roundColumns = { round: consultations, documentTitle: documents.title, sentByName: people.name };
  const rounds = () =>
    db
      .select(roundColumns)
      .from(consultations)
      .innerJoin(documents, and(eq(documents.organisationId, consultations.organisationId), eq(documents.id, consultations.documentId), isNull(documents.archivedAt)))
      .innerJoin(people, and(eq(people.organisationId, consultations.organisationId), eq(people.id, consultations.sentBy)));

  return {
    async insertRound(values: Omit<typeof consultations.$inferInsert, 'organisationId'>) {
      const [row] = await db.insert(consultations).values({ ...values, organisationId }).returning();
      return row!;
    },
    async insertRecipients(values: Omit<typeof consultationRecipients.$inferInsert, 'organisationId'>[]) {
      if (values.length === 0) return [];
      return db.insert(consultationRecipients).values(values.map((v) => ({ ...v, organisationId }))).returning();
    },
    async round(id: string) {
      const [row] = await rounds().where(and(eq(consultations.organisationId, organisationId), eq(consultations.id, id)));
      return row ?? null;
    },
    ofDocument(documentId: string) {
      return rounds().where(and(eq(consultations.organisationId, organisationId), eq(consultations.documentId, documentId))).orderBy(desc(consultations.createdAt));
    },
    ofVersion(documentId: string, version: number) {
      return rounds()
        .where(and(eq(consultations.organisationId, organisationId), eq(consultations.documentId, documentId), eq(consultations.documentVersion, version)))
        .orderBy(asc(consultations.createdAt));
    },
    /** Rounds whose recipients include the person or the department, with the matching recipient's status. */
    async forRecipient(personId: string, departmentId: string | null) {
      const mine = departmentId ? or(eq(consultationRecipients.personId, personId), eq(consultationRecipients.departmentId, departmentId)) : eq(consultationRecipients.personId, personId);
      const hits = await db
        .select({ consultationId: consultationRecipients.consultationId, status: consultationRecipients.status })
        .from(consultationRecipients)
        .where(and(eq(consultationRecipients.organisationId, organisationId), mine));
      if (hits.length === 0) return [];
      const rows = await rounds()
        .where(and(eq(consultations.organisationId, organisationId), inArray(consultations.id, [...new Set(hits.map((h) => h.consultationId))]), eq(documents.status, 'consultation')))
        .orderBy(asc(consultations.lastAnswerOn));
      return rows.map((r) => ({ ...r, myStatus: hits.find((h) => h.consultationId === r.round.id)!.status }));
    },
    recipients(consultationIds: string[]) {
      if (consultationIds.length === 0) return Promise.resolve([]);
      const answerer = sql<string | null>`(select p.name from people p where p.organisation_id = ${consultationRecipients.organisationId} and p.id = ${consultationRecipients.answeredBy})`;
      return db
        .select({ recipient: consultationRecipients, personName: people.name, departmentName: departments.name, answeredByName: answerer })
        .from(consultationRecipients)
        .leftJoin(people, and(eq(people.organisationId, consultationRecipients.organisationId), eq(people.id, consultationRecipients.personId)))
        .leftJoin(departments, and(eq(departments.organisationId, consultationRecipients.organisationId), eq(departments.id, consultationRecipients.departmentId)))
        .where(and(eq(consultationRecipients.organisationId, organisationId), inArray(consultationRecipients.consultationId, consultationIds)))
        .orderBy(asc(sql`coalesce(${people.nameSort}, ${departments.nameSort})`));
    },
    comments(consultationId: string) {
      return db
        .select()
        .from(consultationComments)
        .where(and(eq(consultationComments.organisationId, organisationId), eq(consultationComments.consultationId, consultationId)))
        .orderBy(asc(consultationComments.position));
    },
    async comment(consultationId: string, id: string) {
      const [row] = await db
        .select()
        .from(consultationComments)
        .where(and(eq(consultationComments.organisationId, organisationId), eq(consultationComments.consultationId, consultationId), eq(consultationComments.id, id)));
      return row ?? null;
    },
    /** Version-checked in SQL: a stale row version updates nothing and answers null. */
    async updateRecipient(id: string, expected: number, values: RecipientValues) {
      const [row] = await db
        .update(consultationRecipients)
        .set({ ...values, rowVersion: sql`${consultationRecipients.rowVersion} + 1` })
        .where(and(eq(consultationRecipients.organisationId, organisationId), eq(consultationRecipients.id, id), eq(consultationRecipients.rowVersion, expected)))
        .returning();
      return row ?? null;
    },
    async replaceComments(consultationId: string, recipientId: string, comments: { itemId: string | null; paragraph: number | null; text: string }[], at: Date) {
      await db.delete(consultationComments).where(and(eq(consultationComments.organisationId, organisationId), eq(consultationComments.recipientId, recipientId)));
      if (comments.length === 0) return;
      await db
        .insert(consultationComments)
        .values(comments.map((c, i) => ({ ...c, organisationId, consultationId, recipientId, position: i + 1, createdAt: at, updatedAt: at })));
    },
    async updateComment(id: string, expected: number, values: CommentValues) {
      const [row] = await db
        .update(consultationComments)
        .set({ ...values, rowVersion: sql`${consultationComments.rowVersion} + 1` })
        .where(and(eq(consultationComments.organisationId, organisationId), eq(consultationComments.id, id), eq(consultationComments.rowVersion, expected)))
        .returning();
      return row ?? null;
    },
    /** Live people of the given departments, to notify. */
    async peopleOfDepartments(departmentIds: string[]) {
      if (departmentIds.length === 0) return [];
      return db
        .select({ id: people.id })
        .from(people)
        .where(and(eq(people.organisationId, organisationId), inArray(people.departmentId, departmentIds), isNull(people.archivedAt)));
    },
    async personDepartment(personId: string) {
      const [row] = await db.select({ departmentId: people.departmentId }).from(people).where(and(eq(people.organisationId, organisationId), eq(people.id, personId)));
      return row?.departmentId ?? null;
    },
  };
}
export type ConsultationRepository = ReturnType<typeof consultationRepository>;
