import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { Problem } from '../../shared/common.js';
import { isMessageKey, message, type MessageKey } from './messages.js';
import { requestLanguage } from './request-language.js';

export interface FieldError {
  field: string;
  /** A message key of messages.ts, translated when the problem is sent. */
  key: MessageKey;
  params?: Record<string, unknown>;
}

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

interface ZodIssueLike {
  code: string;
  path?: PropertyKey[];
  message?: string;
  maximum?: number | bigint;
  minimum?: number | bigint;
  origin?: string;
  format?: string;
  values?: unknown[];
  expected?: string;
  keys?: string[];
  input?: unknown;
}

/** Maps one zod issue to a field error with a translatable message. */
export function fieldErrorFromIssue(issue: ZodIssueLike, prefix: string[] = []): FieldError[] {
  const field = [...prefix, ...(issue.path ?? []).map(String)].join('.') || '(body)';
  switch (issue.code) {
    case 'too_big':
      if (issue.origin === 'string') return [{ field, key: 'too_long', params: { maximum: issue.maximum } }];
      if (issue.origin === 'array') return [{ field, key: 'too_many', params: { maximum: issue.maximum } }];
      return [{ field, key: 'too_big', params: { maximum: issue.maximum } }];
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return [{ field, key: 'required' }];
      if (issue.origin === 'string') return [{ field, key: 'too_short', params: { minimum: issue.minimum } }];
      return [{ field, key: 'too_small', params: { minimum: issue.minimum } }];
    case 'invalid_type':
      if (issue.input === undefined) return [{ field, key: 'required' }];
      if (issue.expected === 'int') return [{ field, key: 'not_integer' }];
      return [{ field, key: 'invalid_type' }];
    case 'invalid_value':
      return [{ field, key: 'invalid_value', params: { values: (issue.values ?? []).join(', ') } }];
    case 'invalid_format':
      if (issue.format === 'date') return [{ field, key: 'invalid_date' }];
      if (issue.format === 'uuid') return [{ field, key: 'invalid_uuid' }];
      if (issue.format === 'email') return [{ field, key: 'invalid_email' }];
      return [{ field, key: 'invalid_format' }];
    case 'unrecognized_keys':
      return (issue.keys ?? []).map((k) => ({ field: field === '(body)' ? k : `${field}.${k}`, key: 'unknown_field' as const }));
    case 'invalid_union':
      return [{ field, key: 'invalid_value_generic' }];
    case 'custom':
      if (issue.message && isMessageKey(issue.message)) return [{ field, key: issue.message }];
      return [{ field, key: 'invalid_value_generic' }];
    default:
      return [{ field, key: 'invalid_value_generic' }];
  }
}

const fastifyCodes: Record<string, { status: number; code: MessageKey }> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'unsupported_media_type' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'payload_too_large' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'bad_request' },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'bad_request' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'bad_request' },
};

/** Everything a client can cause answers problem+json; only our own bugs answer 500 (DECISIONS.md 15). */
export function installErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError & { cause?: unknown }, request, reply) => {
    if (error instanceof AppError) return sendProblem(request, reply, error);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fieldErrors = error.validation.flatMap((v) =>
        fieldErrorFromIssue({
          ...(v.params as Omit<ZodIssueLike, 'code' | 'path' | 'message'>),
          code: v.keyword,
          path: v.instancePath.split('/').filter(Boolean),
          message: v.message,
        }),
      );
      return sendProblem(request, reply, validationFailed(fieldErrors));
    }
    const known = error.code ? fastifyCodes[error.code] : undefined;
    if (known) return sendProblem(request, reply, new AppError(known.status, known.code));
    if (error.statusCode === 429) return sendProblem(request, reply, new AppError(429, 'rate_limited'));
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

function databaseErrorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
