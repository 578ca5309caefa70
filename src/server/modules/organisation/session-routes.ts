import { and, eq, sql } from 'drizzle-orm';
import type { FastifyReply } from 'fastify';
import { sessionEndpoints as endpoints } from '../../../shared/endpoints/organisation.js';
import { session } from '../../../shared/organisation.js';
import { type AuthContext, SESSION_COOKIE } from '../../platform/auth.js';
import type { Routes } from '../../platform/endpoints.js';
import { createSession, deleteSession, loadSession } from './sessions.js';
import type { AppDeps } from '../../platform/deps.js';
import { AppError, validationFailed } from '../../platform/errors.js';
import { languageFromHeader } from '../../platform/request-language.js';
import { dummyHashFor, verifyPassword } from '../../platform/passwords.js';
import { recordAuditEvent } from '../audit/commands.js';
import { changePassword, normaliseEmail, setLanguage } from './commands.js';
import { organisationRepository } from './repository.js';
import { accounts, memberships, organisations } from './schema.js';

/** These endpoints are about a browser session; another kind of caller has none to show or end. */
function sessionOf(auth: AuthContext) {
  if (auth.caller.kind !== 'session') throw new AppError(403, 'forbidden');
  return auth.caller;
}
const sessionIdOf = (auth: AuthContext) => sessionOf(auth).sessionId;
const emailOf = (auth: AuthContext) => sessionOf(auth).email;
const csrfOf = (auth: AuthContext) => sessionOf(auth).csrfToken;

export async function sessionRoutes(routes: Routes, deps: AppDeps) {
  const { db, config, clock, loginLimiter } = deps;
  const dummyHash = await dummyHashFor(config.scryptCost);

  const present = async (auth: AuthContext) =>
    session.parse({
      account: { id: auth.accountId, email: emailOf(auth) },
      person: { id: auth.personId, name: auth.personName },
      organisation: { id: auth.organisationId, name: auth.organisationName },
      organisations: await organisationRepository(db, auth.organisationId).membershipsOf(auth.accountId),
      role: { key: auth.roleKey, name: auth.language === 'en' ? auth.roleNameEn : auth.roleNameSv },
      department: auth.departmentId ? { id: auth.departmentId, name: auth.departmentName ?? '' } : null,
      grants: auth.grants,
      language: auth.language,
      csrfToken: csrfOf(auth),
    });

  /**
   * Spårbarhet covers sessions too: sign-in, sign-out and switching municipality are audit events
   * of the municipality concerned (the address, never the password or token). The membership
   * remembers its last use, so the next sign-in returns to the same municipality.
   */
  const recordSessionEvent = (accountId: string, organisationId: string, action: string, address: string) =>
    db.transaction(async (tx) => {
      const [membership] = await tx
        .update(memberships)
        .set({ lastUsedAt: clock.now() })
        .where(and(eq(memberships.accountId, accountId), eq(memberships.organisationId, organisationId)))
        .returning({ personId: memberships.personId });
      await recordAuditEvent(tx, {
        organisationId,
        actor: { personId: membership?.personId ?? null, accountId },
        entityType: 'session',
        entityId: accountId,
        action,
        before: null,
        after: { address },
        at: clock.now(),
      });
    });

  const setCookie = (reply: FastifyReply, token: string) =>
    reply.setCookie(SESSION_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: config.trustProxy !== false,
      maxAge: config.sessionMaxHours * 3600,
    });

  routes.on(endpoints.signIn, async (request, reply) => {
      const email = normaliseEmail(request.body.email);
      const now = clock.now().getTime();
      const wait = loginLimiter.retryAfter(email, request.ip, now);
      if (wait > 0) {
        reply.header('Retry-After', Math.ceil(wait / 1000));
        throw new AppError(429, 'too_many_attempts', { minutes: Math.ceil(wait / 60_000) });
      }
      // The attempt counts before the slow check, so parallel guesses cannot all slip under the limit.
      loginLimiter.fail(email, request.ip, now);
      const [account] = await db.select().from(accounts).where(eq(accounts.email, email));
      const ok = await verifyPassword(request.body.password, account?.passwordHash ?? dummyHash);
      if (!account || !ok || account.disabledAt) throw new AppError(401, 'invalid_credentials');
      const [membership] = await db
        .select({ organisationId: memberships.organisationId })
        .from(memberships)
        .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
        .where(eq(memberships.accountId, account.id))
        .orderBy(sql`${memberships.lastUsedAt} desc nulls last`, organisations.name)
        .limit(1);
      if (!membership) throw new AppError(401, 'invalid_credentials');
      loginLimiter.succeed(email, request.ip);
      const token = await createSession(db, account.id, membership.organisationId, config, clock);
      await recordSessionEvent(account.id, membership.organisationId, 'sign_in', request.ip);
      const auth = await loadSession(db, token, config, clock, languageFromHeader(request.headers['accept-language']));
      setCookie(reply, token);
      return present(auth!);
    });

  routes.on(endpoints.get, async ({ scope }) => present(scope.auth));

  routes.on(endpoints.signOut, async (request, reply) => {
      const auth = request.scope.auth;
      await deleteSession(db, sessionIdOf(auth));
      await recordSessionEvent(auth.accountId, auth.organisationId, 'sign_out', request.ip);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
    });

  routes.on(endpoints.language, async (request) => {
      const auth = request.scope.auth;
      await setLanguage(db, auth.accountId, request.body.language);
      return present({ ...auth, language: request.body.language });
    });

  routes.on(endpoints.password, async (request) => {
      const auth = request.scope.auth;
      // A stolen session must not be a free password-guessing oracle: the same limit as sign-in.
      const now = clock.now().getTime();
      const wait = loginLimiter.retryAfter(emailOf(auth), request.ip, now);
      if (wait > 0) throw new AppError(429, 'too_many_attempts', { minutes: Math.ceil(wait / 60_000) });
      loginLimiter.fail(emailOf(auth), request.ip, now);
      const [account] = await db.select().from(accounts).where(eq(accounts.id, auth.accountId));
      if (!account || !(await verifyPassword(request.body.currentPassword, account.passwordHash))) {
        throw validationFailed([{ field: 'currentPassword', key: 'wrong_password' }]);
      }
      loginLimiter.succeed(emailOf(auth), request.ip);
      await db.transaction(async (tx) => {
        await changePassword(tx, auth.accountId, request.body.newPassword, config.scryptCost, sessionIdOf(auth));
        await recordAuditEvent(tx, {
          organisationId: auth.organisationId,
          actor: { personId: auth.personId, accountId: auth.accountId },
          entityType: 'account',
          entityId: auth.accountId,
          action: 'change_password',
          before: null,
          after: null,
          at: clock.now(),
        });
      });
    });

  routes.on(endpoints.switchOrganisation, async (request, reply) => {
      const auth = request.scope.auth;
      const [membership] = await db
        .select({ id: memberships.id })
        .from(memberships)
        .where(and(eq(memberships.accountId, auth.accountId), eq(memberships.organisationId, request.body.organisationId)));
      if (!membership) throw new AppError(404, 'not_found');
      await deleteSession(db, sessionIdOf(auth));
      const token = await createSession(db, auth.accountId, request.body.organisationId, config, clock);
      await recordSessionEvent(auth.accountId, request.body.organisationId, 'switch_in', request.ip);
      setCookie(reply, token);
      return present((await loadSession(db, token, config, clock, auth.language))!);
    });
}
