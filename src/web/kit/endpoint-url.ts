import type { z } from 'zod';
import { type BodyInputOf, type Endpoint, type ParamsInputOf, pathOf, type QueryInputOf } from '../../shared/endpoint';

type QueryValue = string | number | boolean | undefined | null;

/** What calling an endpoint takes: its params and body when it has them, If-Match when it needs one. */
export type CallInput<E extends Endpoint> = (E['params'] extends z.ZodType ? { params: ParamsInputOf<E> } : { params?: never }) &
  (E['body'] extends z.ZodType ? { body: BodyInputOf<E> } : { body?: never }) &
  (E['ifMatch'] extends true ? { ifMatch: number } : { ifMatch?: never }) & {
    query?: QueryInputOf<E> extends Record<string, never> ? never : { [K in keyof QueryInputOf<E>]?: QueryValue };
    signal?: AbortSignal;
  };

/** The URL of an endpoint with its params filled in and the defined, non-empty query values. */
export function endpointUrl<E extends Endpoint>(endpoint: E, input: { params?: unknown; query?: unknown } = {}): string {
  const path = pathOf(endpoint.path, (input.params ?? {}) as Record<string, string>);
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries((input.query ?? {}) as Record<string, QueryValue>)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `${path}${search ? `?${search}` : ''}`;
}

