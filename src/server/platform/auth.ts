import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Language } from '../../shared/common.js';
import type { Grant } from '../../shared/organisation.js';
import {
  accounts,
  departments,
  memberships,
  organisations,
  people,
  roles,
  sessions,
} from '../modules/organisation/schema.js';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { Db } from './db.js';
import { AppError } from './errors.js';
import { languageFromHeader } from './messages.js';

/** Who is asking, in which municipality, with which grants. Scopes every repository. */
export interface AuthContext {
  sessionId: string;
  accountId: string;
  email: string;
  personId: string;
  personName: string;
  organisationId: string;
  organisationName: string;
  roleKey: string;
  roleNameSv: string;
  roleNameEn: string;
  departmentId: string | null;
  departmentName: string | null;
  grants: Grant[];
  language: Language;
  csrfToken: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    auth: AuthContext | null;
  }
}

export const SESSION_COOKIE = 'roder_session';

const tokenId = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(
  db: Db,
  accountId: string,
  organisationId: string,
  config: Config,
  clock: Clock,
): Promise<string> {
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

/** Loads a live session with the person's membership, role and grants; slides its expiry. */
export async function loadSession(db: Db, token: string, config: Config, clock: Clock, fallbackLanguage: Language = 'sv'): Promise<AuthContext | null> {
  if (token.length > 200) return null;
  const now = clock.now();
  const id = tokenId(token);
  const [row] = await db
    .select({
      session: sessions,
      email: accounts.email,
      language: accounts.language,
      personId: people.id,
      personName: people.name,
      organisationName: organisations.name,
      role: roles,
      departmentId: memberships.departmentId,
      departmentName: departments.name,
    })
    .from(sessions)
    .innerJoin(accounts, and(eq(accounts.id, sessions.accountId), isNull(accounts.disabledAt)))
    .innerJoin(
      memberships,
      and(eq(memberships.accountId, sessions.accountId), eq(memberships.organisationId, sessions.organisationId)),
    )
    .innerJoin(people, and(eq(people.id, memberships.personId), isNull(people.archivedAt)))
    .innerJoin(roles, eq(roles.id, memberships.roleId))
    .innerJoin(organisations, eq(organisations.id, sessions.organisationId))
    .leftJoin(departments, eq(departments.id, memberships.departmentId))
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, now)));
  if (!row) return null;
  const { session } = row;
  // Slide the idle expiry at most once a minute, never past the absolute limit.
  if (now.getTime() - session.lastSeenAt.getTime() > 60_000) {
    const absolute = session.createdAt.getTime() + config.sessionMaxHours * 3_600_000;
    const expiresAt = new Date(Math.min(absolute, now.getTime() + config.sessionIdleMinutes * 60_000));
    await db.update(sessions).set({ lastSeenAt: now, expiresAt }).where(eq(sessions.id, id));
  }
  return {
    sessionId: id,
    accountId: session.accountId,
    email: row.email,
    personId: row.personId,
    personName: row.personName,
    organisationId: session.organisationId,
    organisationName: row.organisationName,
    roleKey: row.role.key,
    roleNameSv: row.role.nameSv,
    roleNameEn: row.role.nameEn,
    departmentId: row.departmentId,
    departmentName: row.departmentName,
    grants: row.role.grants,
    language: row.language === 'en' || row.language === 'sv' ? row.language : fallbackLanguage,
    csrfToken: session.csrfToken,
  };
}

export function installAuth(app: FastifyInstance, db: Db, config: Config, clock: Clock) {
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    request.auth = token ? await loadSession(db, token, config, clock, languageFromHeader(request.headers['accept-language'])) : null;
  });
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * preHandler for every API route that needs a person: 401 without a live session; on writes the
 * `X-CSRF-Token` header must match the session's token (the cookie alone proves nothing).
 */
export async function requireAuth(request: FastifyRequest, _reply: FastifyReply) {
  if (!request.auth) throw new AppError(401, 'unauthenticated');
  if (!SAFE_METHODS.has(request.method)) {
    const sent = request.headers['x-csrf-token'];
    const expected = Buffer.from(request.auth.csrfToken);
    const actual = Buffer.from(typeof sent === 'string' ? sent : '');
    if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) {
      throw new AppError(403, 'csrf_failed');
    }
  }
}

/** The auth context of a route behind requireAuth. */
export function authOf(request: FastifyRequest): AuthContext {
  if (!request.auth) throw new AppError(401, 'unauthenticated');
  return request.auth;
}
