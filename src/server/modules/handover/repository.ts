import { and, asc, eq, isNotNull, isNull, notInArray, sql } from 'drizzle-orm';
import type { ResponsibilityKind } from '../../../shared/handover.js';
import type { Db } from '../../platform/db.js';
import { applications } from '../applications/schema.js';
import { documentAssignments, documents } from '../documents/schema.js';
import { kpis } from '../goals/schema.js';
import { people } from '../organisation/schema.js';
import { projects } from '../portfolio/schema.js';

export interface ResponsibilityGroup {
  kind: ResponsibilityKind;
  count: number;
  items: { id: string; name: string; link: string }[];
}

/**
 * What a person answers for across the modules, read in joins of their tables (DECISIONS.md 14):
 * the same conditions the modules' reassign commands move, so the list is what a hand-over moves.
 */
export async function responsibilitiesOf(db: Db, organisationId: string, personId: string): Promise<ResponsibilityGroup[]> {
  const liveApps = and(eq(applications.organisationId, organisationId), isNull(applications.archivedAt));
  const appsBy = (column: typeof applications.ownerId | typeof applications.managerId) =>
    db.select({ id: applications.id, name: applications.name }).from(applications).where(and(liveApps, eq(column, personId))).orderBy(sql`${applications.nameSort} collate "C"`, asc(applications.id));
  const liveProjects = and(eq(projects.organisationId, organisationId), isNull(projects.archivedAt));
  const running = notInArray(projects.status, ['closed', 'cancelled']);
  const projectsBy = (column: typeof projects.ownerId | typeof projects.sponsorId) =>
    db.select({ id: projects.id, name: projects.name }).from(projects).where(and(liveProjects, running, eq(column, personId))).orderBy(sql`${projects.nameSort} collate "C"`, asc(projects.id));

  const systemOwner = await appsBy(applications.ownerId);
  const systemManager = await appsBy(applications.managerId);
  const documentOwner = await db
    .select({ id: documents.id, name: documents.title })
    .from(documents)
    .where(and(eq(documents.organisationId, organisationId), isNull(documents.archivedAt), eq(documents.ownerId, personId), notInArray(documents.status, ['repealed', 'replaced'])))
    .orderBy(sql`${documents.titleSort} collate "C"`, asc(documents.id));
  const kpiOwner = await db
    .select({ id: kpis.id, name: kpis.name })
    .from(kpis)
    .where(and(eq(kpis.organisationId, organisationId), isNull(kpis.archivedAt), eq(kpis.ownerId, personId)))
    .orderBy(asc(kpis.name), asc(kpis.id));
  const projectOwner = await projectsBy(projects.ownerId);
  const projectSponsor = await projectsBy(projects.sponsorId);
  const followUpProjects = await db
    .select({ id: projects.id, name: projects.name, realisation: projects.realisation })
    .from(projects)
    .where(and(liveProjects, sql`${projects.realisation} @> ${JSON.stringify([{ responsibleId: personId, doneOn: null }])}::jsonb`))
    .orderBy(sql`${projects.nameSort} collate "C"`, asc(projects.id));
  const followUps = followUpProjects.flatMap((p) =>
    p.realisation.filter((f) => f.responsibleId === personId && f.doneOn === null).map((f) => ({ id: p.id, name: `${p.name}: ${f.title}` })),
  );

  // Open assignments (neither klar nor inställd), shown with their document and linked to it.
  const assignments = await db
    .select({ id: documentAssignments.id, title: documentAssignments.title, documentId: documents.id, documentTitle: documents.title })
    .from(documentAssignments)
    .innerJoin(documents, and(eq(documents.organisationId, documentAssignments.organisationId), eq(documents.id, documentAssignments.documentId)))
    .where(
      and(
        eq(documentAssignments.organisationId, organisationId),
        isNull(documentAssignments.archivedAt),
        eq(documentAssignments.ownerId, personId),
        notInArray(documentAssignments.status, ['done', 'cancelled']),
      ),
    )
    .orderBy(asc(documentAssignments.dueOn), asc(documentAssignments.id));

  const link = (base: string) => (r: { id: string; name: string }) => ({ ...r, link: `${base}/${r.id}` });
  const groups: [ResponsibilityKind, { id: string; name: string; link: string }[]][] = [
    ['system_owner', systemOwner.map(link('/system'))],
    ['system_manager', systemManager.map(link('/system'))],
    ['document_owner', documentOwner.map(link('/styrdokument'))],
    ['kpi_owner', kpiOwner.map(link('/nyckeltal'))],
    ['project_owner', projectOwner.map(link('/portfolj'))],
    ['project_sponsor', projectSponsor.map(link('/portfolj'))],
    ['benefit_follow_up', followUps.map(link('/portfolj'))],
    ['document_assignment', assignments.map((a) => ({ id: a.id, name: `${a.title} (${a.documentTitle})`, link: `/styrdokument/${a.documentId}` }))],
  ];
  return groups.filter(([, items]) => items.length > 0).map(([kind, items]) => ({ kind, count: items.length, items }));
}

/**
 * Deactivated people who still answer for something (the register's `owner_inactive` deviation
 * and its kin), with how much, so an admin can hand it over. One statement; each count is the
 * same condition `responsibilitiesOf` lists.
 */
export async function inactiveWithResponsibilities(db: Db, organisationId: string): Promise<{ id: string; name: string; total: number }[]> {
  // The person's column is named in full: Drizzle renders a single-table select's columns
  // unqualified, which inside these subqueries would bind to their own tables.
  const total = sql<number>`(
    (select count(*) from applications a where a.organisation_id = ${organisationId} and a.archived_at is null and a.owner_id = people.id)
    + (select count(*) from applications a where a.organisation_id = ${organisationId} and a.archived_at is null and a.manager_id = people.id)
    + (select count(*) from documents d where d.organisation_id = ${organisationId} and d.archived_at is null and d.owner_id = people.id and d.status not in ('repealed', 'replaced'))
    + (select count(*) from kpis k where k.organisation_id = ${organisationId} and k.archived_at is null and k.owner_id = people.id)
    + (select count(*) from projects pr where pr.organisation_id = ${organisationId} and pr.archived_at is null and pr.owner_id = people.id and pr.status not in ('closed', 'cancelled'))
    + (select count(*) from projects pr where pr.organisation_id = ${organisationId} and pr.archived_at is null and pr.sponsor_id = people.id and pr.status not in ('closed', 'cancelled'))
    + (select count(*) from projects pr cross join lateral jsonb_array_elements(pr.realisation) f
        where pr.organisation_id = ${organisationId} and pr.archived_at is null and f->>'responsibleId' = people.id::text and f->'doneOn' = 'null'::jsonb)
    + (select count(*) from document_assignments da where da.organisation_id = ${organisationId} and da.archived_at is null and da.owner_id = people.id and da.status not in ('done', 'cancelled'))
  )::int`;
  const inactive = db
    .select({ id: people.id, name: people.name, nameSort: people.nameSort, total: total.as('total') })
    .from(people)
    .where(and(eq(people.organisationId, organisationId), isNotNull(people.archivedAt)))
    .as('inactive');
  const rows = await db
    .select({ id: inactive.id, name: inactive.name, total: inactive.total })
    .from(inactive)
    .where(sql`${inactive.total} > 0`)
    .orderBy(sql`${inactive.nameSort} collate "C"`, asc(inactive.id));
  return rows;
}
