import type { FastifyRequest } from 'fastify';
import type { Language } from '../../shared/common.js';

/** The signed-in person's stored choice, else the request's Accept-Language, else Swedish. */
export function requestLanguage(request: FastifyRequest): Language {
  return request.auth?.language ?? languageFromHeader(request.headers['accept-language']);
}

/** Reads the language a request asks for; the signed-in person's stored choice wins (DECISIONS.md 16). */
export function languageFromHeader(header: string | undefined): Language {
  if (!header) return 'sv';
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'sv';
}
