import type { Db } from '../../platform/db.js';
import { organisationRepository } from './repository.js';

/**
 * The organisation module's reads for other modules: which referenced people, departments and
 * capabilities exist in a municipality (people and departments share-locked, see repository.ts),
 * and the capability catalogue. Writes to these tables go through this module's commands only.
 */
export const livePeople = (db: Db, organisationId: string, ids: string[]) => organisationRepository(db, organisationId).existingPersonIds(ids);
export const liveDepartments = (db: Db, organisationId: string, ids: string[]) => organisationRepository(db, organisationId).existingDepartmentIds(ids);
export const visibleCapabilities = (db: Db, organisationId: string, ids: string[]) => organisationRepository(db, organisationId).existingCapabilityIds(ids);
export const capabilityCatalogueOf = (db: Db, organisationId: string) => organisationRepository(db, organisationId).capabilities();
