import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Language } from '../../../shared/common.js';
import type { AuthContext } from '../../platform/auth.js';
import type { Clock } from '../../platform/clock.js';
import type { Config } from '../../platform/config.js';
import type { Db } from '../../platform/db.js';
import { accounts, departments, memberships, organisations, people, roles, sessions } from './schema.js';

/** Sessions live in the database behind an opaque cookie token; only its hash is stored. */
const tokenId = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(db: Db, accountId: string, organisationId: string, config: Config, clock: Clock): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const now = clock.now();
  await db.insert(sessions).values({
    id: tokenId(token),
    accountId,
    organisationId,
    csrfToken: randomBytes(24).toString('base64url'),
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + config.sessionIdleMinutes * 60_000),
  });
  return token;
}

export async function deleteSession(db: Db, sessionId: string) {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/**
 * The session lookup runs on every request, so it is one named prepared statement per database
 * handle: PostgreSQL plans the seven-table join once per connection, not once per request.
 */
function sessionLookup(db: Db) {
  return db
    .select({
      session: sessions,
      email: accounts.email,
      language: accounts.language,
      personId: people.id,
      personName: people.name,
      organisationName: organisations.name,
      roleKey: roles.key,
      roleNameSv: roles.nameSv,
      roleNameEn: roles.nameEn,
      grants: roles.grants,
      departmentId: memberships.departmentId,
      departmentName: departments.name,
    })
    .from(sessions)
    .innerJoin(accounts, and(eq(accounts.id, sessions.accountId), isNull(accounts.disabledAt)))
    .innerJoin(memberships, and(eq(memberships.accountId, sessions.accountId), eq(memberships.organisationId, sessions.organisationId)))
    .innerJoin(people, and(eq(people.id, memberships.personId), eq(people.organisationId, sessions.organisationId), isNull(people.archivedAt)))
    .innerJoin(roles, and(eq(roles.id, memberships.roleId), eq(roles.organisationId, sessions.organisationId)))
    .innerJoin(organisations, eq(organisations.id, sessions.organisationId))
    .leftJoin(departments, and(eq(departments.id, memberships.departmentId), eq(departments.organisationId, sessions.organisationId)))
    .where(and(eq(sessions.id, sql.placeholder('id')), gt(sessions.expiresAt, sql.placeholder('now'))))
    .prepare('roder_session_lookup');
}

const lookups = new WeakMap<Db, ReturnType<typeof sessionLookup>>();

/** Loads a live session with the person's membership, role and grants; slides its expiry. */
export async function loadSession(db: Db, token: string, config: Config, clock: Clock, fallbackLanguage: Language = 'sv'): Promise<AuthContext | null> {
  if (token.length > 200) return null;
  const now = clock.now();
  const id = tokenId(token);
  let lookup = lookups.get(db);
  if (!lookup) lookups.set(db, (lookup = sessionLookup(db)));
  const [row] = await lookup.execute({ id, now });
  if (!row) return null;
  const { session } = row;
  // Slide the idle expiry at most once a minute, never past the absolute limit.
  if (now.getTime() - session.lastSeenAt.getTime() > 60_000) {
    const absolute = session.createdAt.getTime() + config.sessionMaxHours * 3_600_000;
    const expiresAt = new Date(Math.min(absolute, now.getTime() + config.sessionIdleMinutes * 60_000));
    await db.update(sessions).set({ lastSeenAt: now, expiresAt }).where(eq(sessions.id, id));
  }
  return {
    caller: { kind: 'session', sessionId: id, email: row.email, csrfToken: session.csrfToken },
    accountId: session.accountId,
    personId: row.personId,
    personName: row.personName,
    organisationId: session.organisationId,
    organisationName: row.organisationName,
    roleKey: row.roleKey,
    roleNameSv: row.roleNameSv,
    roleNameEn: row.roleNameEn,
    departmentId: row.departmentId,
    departmentName: row.departmentName,
    grants: row.grants,
    language: row.language === 'en' || row.language === 'sv' ? row.language : fallbackLanguage,
  };
}
