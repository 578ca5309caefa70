import type { FastifyRequest } from 'fastify';
import type { Language } from '../../shared/common.js';
import { languageFromHeader } from './messages.js';

/** The signed-in person's stored choice, else the request's Accept-Language, else Swedish. */
export function requestLanguage(request: FastifyRequest): Language {
  return request.auth?.language ?? languageFromHeader(request.headers['accept-language']);
}
