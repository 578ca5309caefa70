import type { Db } from '../../platform/db.js';
import { councilRepository } from './repository.js';

/** The council module's reads for other modules (the demo seeder): the newest item of a meeting. */
export async function lastCouncilItem(db: Db, organisationId: string, meetingId: string) {
  const items = await councilRepository(db, organisationId).items(meetingId);
  return items.at(-1)?.item.id ?? null;
}
