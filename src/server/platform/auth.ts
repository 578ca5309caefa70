import { timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Language } from '../../shared/common.js';
import type { Grant } from '../../shared/organisation.js';
import { AppError } from './errors.js';

/**
 * How the caller came in. A signed-in person's browser session today; an API token or a single
 * sign-on session is another kind here, and nothing in the modules changes for it.
 */
interface SessionCaller {
  kind: 'session';
  sessionId: string;
  email: string;
  /** Writes must echo it in `X-CSRF-Token`: the cookie alone proves nothing. */
  csrfToken: string;
}
/** Roder itself acting through the commands: the demo seed, the command line. Never from HTTP. */
interface SystemCaller {
  kind: 'system';
  name: string;
}
type Caller = SessionCaller | SystemCaller;

/** Who acts, in which municipality, with which grants: what every permission check and audit event needs. */
export interface AuthContext {
  caller: Caller;
  accountId: string;
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
}

/** Turns a request's credentials into the person acting, or null; the organisation module provides it. */
export type CallerResolver = (request: FastifyRequest) => Promise<AuthContext | null>;

export const SESSION_COOKIE = 'roder_session';

declare module 'fastify' {
  interface FastifyRequest {
    auth: AuthContext | null;
  }
}

/** Methods that change nothing: no CSRF token and no origin check is asked of them. */
export const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);

/** 401 without a caller; on writes a session caller must send the session's CSRF token. */
export function authenticate(request: FastifyRequest): AuthContext {
  const auth = request.auth;
  if (!auth) throw new AppError(401, 'unauthenticated');
  if (!SAFE_METHODS.has(request.method) && auth.caller.kind === 'session') {
    const sent = request.headers['x-csrf-token'];
    const expected = Buffer.from(auth.caller.csrfToken);
    const actual = Buffer.from(typeof sent === 'string' ? sent : '');
    if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) throw new AppError(403, 'csrf_failed');
  }
  return auth;
}

