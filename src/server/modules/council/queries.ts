import { and, asc, eq, gte, isNull } from 'drizzle-orm';
import { councilItems, councilMeetings } from './schema.js';
import type { Db } from '../../platform/db.js';
import { councilRepository } from './repository.js';

/** The council module's reads for other modules (the demo seeder): the newest item of a meeting. */
export async function lastCouncilItem(db: Db, organisationId: string, meetingId: string) {
  const items = await councilRepository(db, organisationId).items(meetingId);
  return items.at(-1)?.item.id ?? null;
}

/** The next meeting on or after a date (not archived), where a matter reaching the council goes. */
export async function nextMeeting(db: Db, organisationId: string, onOrAfter: string) {
  const [row] = await db
    .select({ id: councilMeetings.id, meetingDate: councilMeetings.meetingDate })
    .from(councilMeetings)
    .where(and(eq(councilMeetings.organisationId, organisationId), gte(councilMeetings.meetingDate, onOrAfter), isNull(councilMeetings.archivedAt)))
    .orderBy(asc(councilMeetings.meetingDate))
    .limit(1);
  return row ?? null;
}

/** The agenda items about a subject (an acquisition, a project), with their meeting and decision. */
export async function itemsAbout(db: Db, organisationId: string, subjectId: string) {
  return db
    .select({ id: councilItems.id, meetingId: councilItems.meetingId, meetingDate: councilMeetings.meetingDate, number: councilItems.number, decision: councilItems.decision })
    .from(councilItems)
    .innerJoin(councilMeetings, and(eq(councilMeetings.organisationId, councilItems.organisationId), eq(councilMeetings.id, councilItems.meetingId)))
    .where(and(eq(councilItems.organisationId, organisationId), eq(councilItems.subjectId, subjectId), isNull(councilItems.archivedAt)))
    .orderBy(asc(councilMeetings.meetingDate), asc(councilItems.number));
}
