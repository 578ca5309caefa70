import { and, asc, desc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db.js';
import { containsPattern } from '../../platform/sql-text.js';
import { acquisitions } from '../acquisitions/schema.js';
import { documents } from '../documents/schema.js';
import { projects } from '../portfolio/schema.js';
import { people } from '../organisation/schema.js';
import { councilItems, councilMeetings, councilParticipants } from './schema.js';

/** IT council meetings and their items for one municipality. */
export function councilRepository(db: Db, organisationId: string) {
  // An archived meeting leaves the calendar; the archive view and its history still find it.
  const meetingsInOrg = and(eq(councilMeetings.organisationId, organisationId), isNull(councilMeetings.archivedAt));
  // An archived matter leaves the agenda, the minutes and the decisions; its § number stays taken.
  const itemsInOrg = and(eq(councilItems.organisationId, organisationId), isNull(councilItems.archivedAt));
  // Outer columns are named in full: in a single-table select Drizzle renders them unqualified,
  // which inside a subquery would bind to the subquery's own table.
  const subjectTitle = sql<string | null>`coalesce(
    (select p.name from projects p where p.id = council_items.subject_id and p.organisation_id = ${organisationId}),
    (select d.title from documents d where d.id = council_items.subject_id and d.organisation_id = ${organisationId}),
    (select a.title from acquisitions a where a.id = council_items.subject_id and a.organisation_id = ${organisationId}))`;
  // The amount the minutes print beside a matter: an acquisition's estimated value, or the sum of a
  // project's planned investments.
  const subjectAmount = sql<number | null>`coalesce(
    (select a.estimated_value from acquisitions a where a.id = council_items.subject_id and a.organisation_id = ${organisationId}),
    (select (select sum((i->>'amount')::bigint) from jsonb_array_elements(p.investments) i) from projects p where p.id = council_items.subject_id and p.organisation_id = ${organisationId}))::float8`;
  return {
    async meetings() {
      return db
        .select({
          meeting: councilMeetings,
          itemCount: sql<number>`(select count(*)::int from council_items i where i.organisation_id = council_meetings.organisation_id and i.meeting_id = council_meetings.id and i.archived_at is null)`,
          decidedCount: sql<number>`(select count(*)::int from council_items i where i.organisation_id = council_meetings.organisation_id and i.meeting_id = council_meetings.id and i.archived_at is null and i.decision is not null)`,
        })
        .from(councilMeetings)
        .where(meetingsInOrg)
        .orderBy(desc(councilMeetings.meetingDate));
    },
    async meeting(id: string) {
      const [row] = await db.select().from(councilMeetings).where(and(meetingsInOrg, eq(councilMeetings.id, id)));
      return row ?? null;
    },
    async items(meetingId: string) {
      return db
        .select({ item: councilItems, subjectTitle, subjectAmount })
        .from(councilItems)
        .where(and(itemsInOrg, eq(councilItems.meetingId, meetingId)))
        .orderBy(asc(councilItems.number));
    },
    /** Who attended, in order, with a person's current name and title. */
    async participants(meetingId: string) {
      return db
        .select({
          personId: councilParticipants.personId,
          name: sql<string>`coalesce(${people.name}, ${councilParticipants.name})`,
          note: councilParticipants.note,
          personTitle: people.title,
          role: councilParticipants.role,
        })
        .from(councilParticipants)
        .leftJoin(people, and(eq(people.organisationId, councilParticipants.organisationId), eq(people.id, councilParticipants.personId)))
        .where(and(eq(councilParticipants.organisationId, organisationId), eq(councilParticipants.meetingId, meetingId)))
        .orderBy(asc(councilParticipants.position));
    },
    /** Which of these ids are people of the municipality. */
    async knownPeople(ids: string[]) {
      if (!ids.length) return new Set<string>();
      const rows = await db.select({ id: people.id }).from(people).where(and(eq(people.organisationId, organisationId), inArray(people.id, ids)));
      return new Set(rows.map((r) => r.id));
    },
    async item(id: string) {
      const [row] = await db.select().from(councilItems).where(and(itemsInOrg, eq(councilItems.id, id)));
      return row ?? null;
    },
    async subjectExists(kind: string, id: string) {
      const table = kind === 'project' ? projects : kind === 'acquisition' ? acquisitions : documents;
      const [row] = await db.select({ id: table.id }).from(table).where(and(eq(table.organisationId, organisationId), eq(table.id, id)));
      return Boolean(row);
    },
    async nextNumber(meetingId: string) {
      const [row] = await db.select({ n: sql<number>`coalesce(max(${councilItems.number}), 0)::int + 1` }).from(councilItems).where(and(eq(councilItems.organisationId, organisationId), eq(councilItems.meetingId, meetingId)));
      return row!.n;
    },
    async decisions(q: string | undefined) {
      const pattern = q ? containsPattern(q) : null;
      return db
        .select({ item: councilItems, subjectTitle, meetingDate: councilMeetings.meetingDate, body: councilMeetings.body })
        .from(councilItems)
        .innerJoin(councilMeetings, and(eq(councilMeetings.organisationId, councilItems.organisationId), eq(councilMeetings.id, councilItems.meetingId)))
        .where(
          and(
            itemsInOrg,
            isNotNull(councilItems.decision),
            pattern ? sql`(${councilItems.title} ilike ${pattern} or ${councilItems.decisionText} ilike ${pattern} or ${councilItems.diarienummer} ilike ${pattern})` : undefined,
          ),
        )
        .orderBy(desc(councilItems.decidedOn), desc(councilItems.number));
    },
  };
}
