import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Permission } from '../../../shared/organisation.js';
import type { RecordType } from '../../../shared/records.js';
import type { AuthContext } from '../../platform/auth.js';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db.js';
import { archiveAcquisition, restoreAcquisition } from '../acquisitions/history-commands.js';
import { acquisitions } from '../acquisitions/schema.js';
import { AGREEMENT_SETTABLE, archiveAgreement, restoreAgreement, setBackAgreementField } from '../agreements/history-commands.js';
import { archiveApplication, restoreApplication } from '../applications/commands.js';
import { APPLICATION_SETTABLE, applicationAccess, setBackApplicationField } from '../applications/history-commands.js';
import { agreements, applications } from '../applications/schema.js';
import { archiveItem, archiveMeeting, restoreItem, restoreMeeting } from '../council/history-commands.js';
import { councilItems, councilMeetings } from '../council/schema.js';
import { DOCUMENT_SETTABLE, archiveDocument, restoreDocument, setBackDocumentField } from '../documents/history-commands.js';
import { ASSIGNMENT_SETTABLE, archiveAssignment, assignmentAccess, restoreAssignment, setBackAssignmentField } from '../documents/assignments.js';
import { documentAssignments, documents } from '../documents/schema.js';
import { KPI_SETTABLE, archiveKpi, archiveMeasurement, restoreKpi, restoreMeasurement, setBackKpiField } from '../goals/history-commands.js';
import { kpiMeasurements, kpis } from '../goals/schema.js';
import { archiveDepartment } from '../organisation/department-commands.js';
import { DEPARTMENT_SETTABLE, PERSON_SETTABLE, restoreDepartment, restorePerson, setBackDepartmentField, setBackPersonField } from '../organisation/history-commands.js';
import { archivePerson } from '../organisation/people-commands.js';
import { departments, people } from '../organisation/schema.js';
import { PROJECT_SETTABLE, archiveProject, restoreProject, setBackProjectField } from '../portfolio/history-commands.js';
import { projects } from '../portfolio/schema.js';
import { ESERVICE_SETTABLE, archiveEservice, eserviceAccess, restoreEservice, setBackEserviceField } from '../eservices/history-commands.js';
import { eservices } from '../eservices/schema.js';

/** What the owning modules' commands take; people's commands also need the password cost. */
interface KindContext {
  db: Db;
  clock: Clock;
  auth: AuthContext;
  scryptCost: number;
}

type Change = (ctx: KindContext, id: string, expectedVersion: number) => Promise<unknown>;
type SetBack = (ctx: KindContext, id: string, expectedVersion: number, field: string, value: unknown) => Promise<number>;

/**
 * One kind of record: where it lives, who may read it, and the owning module's commands that
 * archive, restore and set a field back (so the module's own rules and audit always run).
 */
export interface Kind {
  table: PgTable & { id: AnyPgColumn; organisationId: AnyPgColumn; rowVersion: AnyPgColumn; archivedAt?: AnyPgColumn };
  /** The record's name in the archive view. */
  name?: AnyPgColumn | SQL;
  /** Reads the record and its history. */
  read: Permission;
  /** Archives and restores it (admin-only by default, DECISIONS.md 11). */
  archive: Permission;
  /** Changes it: whether the history offers setting a field back. */
  update: Permission;
  archiveRecord?: Change;
  restoreRecord?: Change;
  setBack?: SetBack;
  /** The fields `setBack` takes (the owning module's list): the history offers only these. */
  settable?: readonly string[];
  /** For a kind whose rights reach only some records (a department's systems): may the person read and change this one. */
  access?: (db: Db, auth: AuthContext, id: string) => Promise<{ read: boolean; update: boolean }>;
}

const ADMIN: Permission = 'organisation.manage';

/** Every kind of record, keyed by the audit trail's entity type. */
export const kinds: Record<RecordType, Kind> = {
  application: {
    table: applications, name: applications.name, read: 'application.read', archive: 'application.archive', update: 'application.update',
    archiveRecord: archiveApplication, restoreRecord: restoreApplication, setBack: setBackApplicationField, settable: APPLICATION_SETTABLE, access: applicationAccess,
  },
  document: {
    table: documents, name: documents.title, read: 'document.read', archive: ADMIN, update: 'document.update',
    archiveRecord: archiveDocument, restoreRecord: restoreDocument, setBack: setBackDocumentField, settable: DOCUMENT_SETTABLE,
  },
  kpi: { table: kpis, name: kpis.name, read: 'document.read', archive: ADMIN, update: 'kpi.manage', archiveRecord: archiveKpi, restoreRecord: restoreKpi, setBack: setBackKpiField, settable: KPI_SETTABLE },
  kpi_measurement: {
    table: kpiMeasurements,
    name: sql`(select k.name from kpis k where k.organisation_id = ${kpiMeasurements.organisationId} and k.id = ${kpiMeasurements.kpiId}) || ' ' || ${kpiMeasurements.periodEnd}`,
    read: 'document.read', archive: ADMIN, update: 'kpi.measure', archiveRecord: archiveMeasurement, restoreRecord: restoreMeasurement,
  },
  project: {
    table: projects, name: projects.name, read: 'project.read', archive: ADMIN, update: 'project.update',
    archiveRecord: archiveProject, restoreRecord: restoreProject, setBack: setBackProjectField, settable: PROJECT_SETTABLE,
  },
  agreement: {
    table: agreements, name: agreements.name, read: 'application.read', archive: ADMIN, update: 'agreement.manage',
    archiveRecord: archiveAgreement, restoreRecord: restoreAgreement, setBack: setBackAgreementField, settable: AGREEMENT_SETTABLE,
  },
  acquisition: { table: acquisitions, name: acquisitions.title, read: 'acquisition.read', archive: ADMIN, update: 'acquisition.create', archiveRecord: archiveAcquisition, restoreRecord: restoreAcquisition },
  council_meeting: { table: councilMeetings, name: sql`${councilMeetings.body} || ' ' || ${councilMeetings.meetingDate}`, read: 'project.read', archive: ADMIN, update: 'council.manage', archiveRecord: archiveMeeting, restoreRecord: restoreMeeting },
  council_item: {
    table: councilItems,
    name: sql`'§' || ${councilItems.number} || ' ' || ${councilItems.title} || ' (' || (select m.meeting_date::text from council_meetings m where m.organisation_id = ${councilItems.organisationId} and m.id = ${councilItems.meetingId}) || ')'`,
    read: 'project.read', archive: ADMIN, update: 'council.manage', archiveRecord: archiveItem, restoreRecord: restoreItem,
  },
  person: {
    table: people, name: people.name, read: 'organisation.read', archive: ADMIN, update: ADMIN,
    archiveRecord: archivePerson, restoreRecord: restorePerson, setBack: setBackPersonField, settable: PERSON_SETTABLE,
  },
  assignment: {
    table: documentAssignments, name: documentAssignments.title, read: 'document.read', archive: ADMIN, update: 'document.update',
    archiveRecord: archiveAssignment, restoreRecord: restoreAssignment, setBack: setBackAssignmentField, settable: ASSIGNMENT_SETTABLE,
    access: assignmentAccess,
  },
  department: {
    table: departments, name: departments.name, read: 'organisation.read', archive: ADMIN, update: ADMIN,
    archiveRecord: archiveDepartment, restoreRecord: restoreDepartment, setBack: setBackDepartmentField, settable: DEPARTMENT_SETTABLE,
  },
  eservice: {
    table: eservices, name: eservices.name, read: 'application.read', archive: ADMIN, update: 'application.update',
    archiveRecord: archiveEservice, restoreRecord: restoreEservice, setBack: setBackEserviceField, settable: ESERVICE_SETTABLE, access: eserviceAccess,
  },
};
