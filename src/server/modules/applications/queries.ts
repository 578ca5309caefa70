import type { Db } from '../../platform/db.js';
import { applicationRepository } from './repository.js';

/** The register's read for other modules (the demo seeder): a live system's current row version. */
export async function applicationRowVersion(db: Db, organisationId: string, id: string) {
  return (await applicationRepository(db, organisationId).exists(id))?.rowVersion ?? null;
}
