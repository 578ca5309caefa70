import type { Db } from '../../platform/db.js';
import { ruleRepository } from './repository.js';

/** The rules module's read for other modules: the value of a rule in force on a date, or null. */
export const ruleInForce = (db: Db, organisationId: string, key: string, onDate: string) => ruleRepository(db, organisationId).inForce(key, onDate);
