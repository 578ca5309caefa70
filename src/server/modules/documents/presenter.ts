import type { SteeringDocument } from '../../../shared/documents.js';
import type { AuthContext } from '../../platform/auth.js';
import { can } from '../../platform/permissions.js';
import type { DocumentRepository } from './repository.js';
import { documentFlagsFor, revisionDueOn } from './rules.js';

type Row = NonNullable<Awaited<ReturnType<DocumentRepository['get']>>>;

export function presentDocument(row: Row, items: SteeringDocument['items'], auth: AuthContext, today: string): SteeringDocument {
  const { doc, type } = row;
  const status = doc.status as SteeringDocument['status'];
  const dueOn = revisionDueOn(doc.decidedOn ?? null, type.revisionIntervalMonths, doc.nextRevisionOn);
  const record = { departmentIds: [], ownerIds: [doc.ownerId] };
  return {
    id: doc.id,
    title: doc.title,
    typeId: type.id,
    typeKey: type.key,
    typeName: auth.language === 'en' ? type.nameEn : type.nameSv,
    diarienummer: doc.diarienummer,
    status,
    ownerId: doc.ownerId,
    ownerName: row.ownerName,
    decidingBody: doc.decidingBody,
    decidedOn: doc.decidedOn,
    validFrom: doc.validFrom,
    validTo: doc.validTo,
    nextRevisionOn: doc.nextRevisionOn,
    revisionDueOn: dueOn,
    parentId: doc.parentId,
    parentTitle: row.parentTitle,
    replacedById: doc.replacedById,
    replacedByTitle: row.replacedByTitle,
    body: doc.body,
    items,
    version: doc.version,
    adoptedVersion: doc.adoptedVersion,
    flags: documentFlagsFor(status, doc.adoptedVersion, dueOn, today),
    rowVersion: doc.rowVersion,
    updatedAt: doc.updatedAt.toISOString(),
    allowed: { update: can(auth, 'document.update', record), transition: can(auth, 'document.transition', record) },
  };
}
