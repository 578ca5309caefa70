import type { z } from 'zod';
import type { Permission } from './organisation.js';

/**
 * One endpoint, defined once: the server registers its route from this (validation, the
 * permission check, OpenAPI), and the web calls it through the typed client built from the same
 * object. Nothing about an endpoint is written a second time anywhere.
 */
type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/**
 * Who may call it: a permission the caller's role grants in some scope (whether it reaches a
 * given record is the domain's question), any signed-in member of the municipality, or anyone.
 */
type Access = Permission | 'signed_in' | 'public';

type Schema = z.ZodType;

export interface Endpoint {
  method: Method;
  /** Fastify's path syntax: `/api/v1/applications/:id`. */
  path: string;
  summary: string;
  description?: string;
  tags: readonly string[];
  access: Access;
  params?: Schema;
  query?: Schema;
  body?: Schema;
  /** The success status and its body; `null` for 204 No Content. */
  status?: 200 | 201 | 202 | 204;
  response?: Schema | null;
  /** A file, not JSON: the media type it answers with. */
  produces?: string;
  /** Changes a record the client read: needs `If-Match` with its ETag (412 stale, 428 missing). */
  ifMatch?: boolean;
  /** The largest body in bytes, when it is not the server's default of 1 MB (a file upload). */
  bodyLimit?: number;
  /** Error answers beyond those that follow from the above (e.g. 401 for wrong credentials). */
  errors?: readonly (401 | 403 | 404 | 409 | 413)[];
}

/** Keeps the literal types of a definition, so the server and the client infer from it. */
export const endpoint = <const E extends Endpoint>(definition: E): E => definition;

type Infer<S, Fallback = undefined> = S extends z.ZodType ? z.output<S> : Fallback;
type InferInput<S, Fallback = undefined> = S extends z.ZodType ? z.input<S> : Fallback;

/** What the server's handler receives, already validated (zod's output: trimmed, defaulted). */
export type ParamsOf<E extends Endpoint> = Infer<E['params'], Record<string, never>>;
export type QueryOf<E extends Endpoint> = Infer<E['query'], Record<string, never>>;
export type BodyOf<E extends Endpoint> = Infer<E['body']>;
/** What the server answers, and so what the client reads. */
export type ResponseOf<E extends Endpoint> = E['response'] extends z.ZodType ? z.output<E['response']> : E['produces'] extends string ? Blob : void;
/** What a client sends: zod's input (before defaults and transforms). */
export type BodyInputOf<E extends Endpoint> = InferInput<E['body']>;
export type QueryInputOf<E extends Endpoint> = InferInput<E['query'], Record<string, never>>;
export type ParamsInputOf<E extends Endpoint> = InferInput<E['params'], Record<string, never>>;
/** The answer the server's handler returns (zod's input: the serializer checks it). */
export type ReplyOf<E extends Endpoint> = E['response'] extends z.ZodType ? z.input<E['response']> : unknown;

/** Fills `:name` segments from params; every value is encoded, so an id can never add a segment. */
export function pathOf(path: string, params: Record<string, string | number> = {}): string {
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Missing path parameter ${name} for ${path}`);
    return encodeURIComponent(String(value));
  });
}
