import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest, FastifySchemaCompiler } from 'fastify';
import type { ZodType } from 'zod';
import type { Problem } from '../../shared/common.js';
import { fieldErrorFromIssue, type FieldError, type ZodIssueLike } from '../../shared/field-errors.js';
import { message, type MessageKey } from '../../shared/messages.js';
import { requestLanguage } from './request-language.js';

export type { FieldError };

/** An error a client caused or may see: it becomes an RFC 9457 problem document. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: MessageKey,
    readonly params: Record<string, unknown> = {},
    readonly fieldErrors: FieldError[] = [],
  ) {
    super(code);
  }
}

export const notFound = () => new AppError(404, 'not_found');
export const forbidden = () => new AppError(403, 'forbidden');
export const validationFailed = (fieldErrors: FieldError[]) =>
  new AppError(400, 'validation_failed', {}, fieldErrors);

const titles: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function sendProblem(request: FastifyRequest, reply: FastifyReply, error: AppError) {
  const language = requestLanguage(request);
  const body: Problem = {
    type: `https://roder.example/problems/${error.code}`,
    title: titles[error.status] ?? 'Error',
    status: error.status,
    code: error.code,
    detail: message(language, error.code, { ...error.params, requestId: request.id }),
  };
  if (error.fieldErrors.length > 0) {
    body.errors = error.fieldErrors.map((f) => ({
      field: f.field,
      message: message(language, f.key, f.params),
    }));
  }
  return reply.status(error.status).type('application/problem+json').send(body);
}

const fastifyCodes: Record<string, { status: number; code: MessageKey }> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'unsupported_media_type' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'payload_too_large' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'bad_request' },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'bad_request' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'bad_request' },
};

/** A request's params, query or body refused by its endpoint's schema. */
class RequestValidationError extends Error {
  constructor(readonly issues: ZodIssueLike[]) {
    super('request validation failed');
  }
}

/**
 * Validates a request part with its endpoint's zod schema. The input is reported in the issues so
 * that a value of the wrong type ("abc" for a number) is told from a missing one: the field error
 * then says which it is, as the web's forms do with the same schemas.
 */
export const requestValidatorCompiler: FastifySchemaCompiler<ZodType> =
  ({ schema }) =>
  (data) => {
    const result = schema.safeParse(data, { reportInput: true });
    return result.success ? { value: result.data } : { error: new RequestValidationError(result.error.issues) };
  };

/** Everything a client can cause answers problem+json; only our own bugs answer 500 (DECISIONS.md 15). */
export function installErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError & { cause?: unknown }, request, reply) => {
    if (error instanceof AppError) return sendProblem(request, reply, error);
    if (error instanceof RequestValidationError) {
      return sendProblem(request, reply, validationFailed(error.issues.flatMap((issue) => fieldErrorFromIssue(issue))));
    }
    const known = error.code ? fastifyCodes[error.code] : undefined;
    if (known) return sendProblem(request, reply, new AppError(known.status, known.code));
    if (error.statusCode === 429) return sendProblem(request, reply, new AppError(429, 'rate_limited'));
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ err: error }, 'database unavailable');
      reply.header('Retry-After', DATABASE_RETRY_SECONDS);
      return sendProblem(request, reply, new AppError(503, 'database_unavailable'));
    }
    // PostgreSQL's data-exception (22) and integrity (23) classes: a backstop, not the plan.
    const sqlState = databaseErrorCode(error);
    if (sqlState?.startsWith('22')) return sendProblem(request, reply, new AppError(400, 'bad_request'));
    if (sqlState?.startsWith('23')) return sendProblem(request, reply, new AppError(409, 'conflict'));
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return sendProblem(request, reply, new AppError(error.statusCode, 'bad_request'));
    }
    request.log.error({ err: error }, 'unhandled error');
    if (process.env.RODER_DEBUG_500) console.error(error);
    return sendProblem(request, reply, new AppError(500, 'internal_error'));
  });
}

/** How long a client should wait before trying again while the database cannot be reached. */
export const DATABASE_RETRY_SECONDS = 10;

const UNREACHABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EPIPE']);

/**
 * The database cannot be reached or is shutting down: the socket refused or dropped, the pool
 * timed out connecting, or PostgreSQL's connection-exception class (08), its shutdown states
 * (57P01–57P03) or too many connections (53300). Not the request's fault, and not a bug: 503.
 */
function isDatabaseUnavailable(error: unknown): boolean {
  return causeChain(error).some(({ code, message }) =>
    (typeof code === 'string' && (UNREACHABLE.has(code) || code.startsWith('08') || ['57P01', '57P02', '57P03', '53300'].includes(code))) ||
    (typeof message === 'string' && /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/.test(message)),
  );
}

/** An error and the causes under it, at most four deep (drizzle wraps the driver's error). */
function causeChain(error: unknown): { code?: unknown; message?: unknown }[] {
  const chain: { code?: unknown; message?: unknown }[] = [];
  for (let current = error as { code?: unknown; message?: unknown; cause?: unknown } | undefined; current && chain.length < 4; current = current.cause as typeof current) {
    chain.push(current);
  }
  return chain;
}

function databaseErrorCode(error: unknown): string | undefined {
  const code = causeChain(error).find(({ code }) => typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code))?.code;
  return code as string | undefined;
}
