import type { FastifyRequest } from 'fastify';
import { SAFE_METHODS } from './auth.js';
import { AppError } from './errors.js';

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/**
 * A write must come from Roder's own pages: a browser names the page's origin in `Origin` (or,
 * where it leaves that out, in `Referer`), and a write from another site's page, or from an
 * opaque origin (`Origin: null`: a sandboxed frame, a data: URL), is refused before anything else
 * (OWASP ASVS 4.2.2, next to the CSRF token). A client that sends neither, such as a script using
 * the API, is not a browser on another site and goes on to the token check.
 */
export function requireOwnOrigin(request: FastifyRequest): void {
  if (SAFE_METHODS.has(request.method)) return;
  const origin = request.headers.origin;
  const referer = request.headers.referer;
  const claimed = origin !== undefined ? (origin === 'null' ? null : originOf(origin)) : referer !== undefined ? originOf(referer) : undefined;
  if (claimed === undefined) return;
  if (claimed !== `${request.protocol}://${request.host}`) throw new AppError(403, 'foreign_origin');
}
