import { type SQL, and, asc, eq, isNull, sql } from 'drizzle-orm';
import { type Assignment, type AssignmentStatus, CLOSING_STATUSES } from '../../../shared/assignments.js';
import type { AuthContext } from '../../platform/auth.js';
import type { Db } from '../../platform/db.js';
import { can } from '../../platform/permissions.js';
import { people } from '../organisation/schema.js';
import { documentAssignments, documentItems, documents } from './schema.js';

/** Assignments with their document, item and owner, in one municipality; archived ones left out. */
function select(db: Db, organisationId: string, where: SQL | undefined) {
  const a = documentAssignments;
  return db
    .select({
      a,
      documentTitle: documents.title,
      documentOwnerId: documents.ownerId,
      itemNumber: documentItems.number,
      itemTitle: documentItems.title,
      ownerName: people.name,
    })
    .from(a)
    .innerJoin(documents, and(eq(documents.organisationId, a.organisationId), eq(documents.id, a.documentId)))
    .innerJoin(documentItems, and(eq(documentItems.organisationId, a.organisationId), eq(documentItems.id, a.itemId)))
    .innerJoin(people, and(eq(people.organisationId, a.organisationId), eq(people.id, a.ownerId)))
    .where(and(eq(a.organisationId, organisationId), isNull(a.archivedAt), isNull(documents.archivedAt), where))
    .orderBy(asc(a.dueOn), sql`${a.title} collate "C"`, asc(a.id));
}

type Row = Awaited<ReturnType<typeof select>>[number];

export const assignmentsOfDocument = (db: Db, organisationId: string, documentId: string) => select(db, organisationId, eq(documentAssignments.documentId, documentId));
export const assignmentsOfPerson = (db: Db, organisationId: string, personId: string) => select(db, organisationId, eq(documentAssignments.ownerId, personId));
export async function assignmentById(db: Db, organisationId: string, id: string) {
  const [row] = await select(db, organisationId, eq(documentAssignments.id, id));
  return row ?? null;
}

/** Who may change an assignment: who may change its document; its owner may also set the status. */
export const mayChangeAssignment = (auth: AuthContext, documentOwnerId: string | null) => can(auth, 'document.update', { departmentIds: [], ownerIds: [documentOwnerId] });

const isOverdue = (status: string, dueOn: string, today: string) => !CLOSING_STATUSES.includes(status as AssignmentStatus) && dueOn < today;

export function presentAssignment(row: Row, auth: AuthContext, today: string): Assignment {
  const { a } = row;
  const update = mayChangeAssignment(auth, row.documentOwnerId);
  return {
    id: a.id,
    documentId: a.documentId,
    documentTitle: row.documentTitle,
    itemId: a.itemId,
    itemTitle: [row.itemNumber, row.itemTitle].filter(Boolean).join(' '),
    title: a.title,
    description: a.description,
    ownerId: a.ownerId,
    ownerName: row.ownerName,
    dueOn: a.dueOn,
    status: a.status as AssignmentStatus,
    statusComment: a.statusComment,
    overdue: isOverdue(a.status, a.dueOn, today),
    rowVersion: a.rowVersion,
    allowed: { update, setStatus: update || a.ownerId === auth.personId },
  };
}
