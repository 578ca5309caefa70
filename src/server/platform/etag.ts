import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './errors.js';
import type { RequestScope } from './scope.js';

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

/**
 * The routes of one kind of versioned record over the module's own `load` (which decides who may
 * see it, and answers 404 otherwise). `answer` sends the record with its row version as the ETag;
 * `change` loads it first (404 before If-Match is looked at), runs the command at the If-Match
 * version and answers the record as it is after the change, with its new ETag.
 */
export function versionedRecord<T extends { rowVersion: number }>(load: (scope: RequestScope, id: string) => Promise<T>) {
  async function answer(scope: RequestScope, id: string, reply: FastifyReply): Promise<T> {
    const body = await load(scope, id);
    setEtag(reply, body.rowVersion);
    return body;
  }
  async function change(
    request: FastifyRequest & { scope: RequestScope; params: { id: string } },
    reply: FastifyReply,
    command: (version: number) => Promise<unknown>,
  ): Promise<T> {
    await load(request.scope, request.params.id);
    await command(expectedVersion(request));
    return answer(request.scope, request.params.id, reply);
  }
  return { answer, change };
}
