import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './errors.js';

/** A strong ETag from the row version (DECISIONS.md 12). */
const etagOf = (rowVersion: number) => `"${rowVersion}"`;

export function setEtag(reply: FastifyReply, rowVersion: number) {
  reply.header('ETag', etagOf(rowVersion));
}

/**
 * The row version a write is based on, from `If-Match`. Missing answers 428; a value that cannot
 * be the current version (malformed, weak, `*`) answers 412, as a stale one does.
 */
export function expectedVersion(request: FastifyRequest): number {
  const header = request.headers['if-match'];
  if (header === undefined || header === '') throw new AppError(428, 'precondition_required');
  const match = /^\s*"(\d{1,9})"\s*$/.exec(String(header));
  if (!match) throw new AppError(412, 'precondition_failed');
  return Number(match[1]);
}
