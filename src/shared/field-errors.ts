import { isMessageKey, type MessageKey } from './messages.js';

/**
 * One field's error as the server sends it and the web's forms show it: the field's path in the
 * body (dots between levels, as the form names its fields) and a message key of messages.ts.
 */
export interface FieldError {
  field: string;
  /** A message key of messages.ts, translated in the reader's language when shown. */
  key: MessageKey;
  params?: Record<string, unknown>;
}

export interface ZodIssueLike {
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
      if (issue.origin === 'array' && Number(issue.minimum) === 1) return [{ field, key: 'at_least_one' }];
      if (issue.origin === 'array') return [{ field, key: 'too_few', params: { minimum: issue.minimum } }];
      return [{ field, key: 'too_small', params: { minimum: issue.minimum } }];
    case 'invalid_type':
      // Needs the input reported (parse with reportInput) to tell "abc" for a number from nothing.
      if (issue.input === undefined) return [{ field, key: 'required' }];
      if (issue.expected === 'int') return [{ field, key: 'not_integer' }];
      if (issue.expected === 'number') return [{ field, key: 'not_a_number' }];
      return [{ field, key: 'invalid_type' }];
    case 'invalid_value':
      // Nothing chosen is a missing field, not a wrong value (needs the input reported).
      if ('input' in issue && issue.input === undefined) return [{ field, key: 'required' }];
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
