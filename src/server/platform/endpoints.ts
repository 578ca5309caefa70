import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problem } from '../../shared/common.js';
import type { BodyOf, Endpoint, ParamsOf, QueryOf, ReplyOf } from '../../shared/endpoint.js';
import { authenticate } from './auth.js';
import { can } from './permissions.js';
import { forbidden } from './errors.js';
import type { RequestScope } from './scope.js';

/** A handler's request: validated params, query and body, and the request scope (null only on public endpoints). */
type EndpointRequest<E extends Endpoint> = FastifyRequest<{ Params: ParamsOf<E>; Querystring: QueryOf<E>; Body: BodyOf<E> }> & {
  scope: E['access'] extends 'public' ? null : RequestScope;
};

/** Answers the endpoint's body, or sends the reply itself (files, headers) and returns it. */
type EndpointHandler<E extends Endpoint> = (request: EndpointRequest<E>, reply: FastifyReply) => Promise<ReplyOf<E> | FastifyReply | void>;

/** What a module's routes are registered on: `routes.on(endpoints.get, handler)`. */
export interface Routes {
  on<E extends Endpoint>(endpoint: E, handler: EndpointHandler<E>): void;
}

const problemResponse = (description: string) => problem.describe(description);

/** The error answers an endpoint can give, for the OpenAPI document (all are RFC 9457 problem+json). */
function errorResponses(e: Endpoint): Record<number, z.ZodType> {
  const out: Record<number, z.ZodType> = {};
  if (e.params || e.query || e.body) out[400] = problemResponse('Bad input: `errors` names each field');
  if (e.access !== 'public') {
    out[401] = problemResponse('Not signed in, or the session has expired');
    out[403] = problemResponse(`Not allowed${typeof e.access === 'string' && e.access !== 'signed_in' ? ` (needs ${e.access})` : ''}, or the CSRF token is missing on a write`);
  }
  if (e.params) out[404] = problemResponse('No such record in the municipality');
  if (e.method !== 'GET') out[409] = problemResponse('The change conflicts with the record’s state or another record');
  if (e.ifMatch) {
    out[412] = problemResponse('Someone saved first: the If-Match row version is stale');
    out[428] = problemResponse('If-Match with the ETag read is required');
  }
  const extra: Record<number, string> = {
    401: 'Wrong credentials',
    403: 'Not allowed',
    404: 'Not found',
    409: 'Conflicts with the record’s state',
    413: 'The body is too large',
  };
  for (const status of e.errors ?? []) out[status] ??= problemResponse(extra[status]!);
  if (e.access === 'public' || e.method !== 'GET') out[429] = problemResponse('Too many attempts; Retry-After says when to try again');
  return out;
}

/**
 * Registers endpoints defined in src/shared. The platform, not the handler, checks that there
 * is a caller (401), the CSRF token on writes (403), and the endpoint's permission (403), all
 * before validation (400), and builds the request scope the handler works in.
 */
export function routesOn(app: FastifyInstance, makeScope: (request: FastifyRequest) => RequestScope): Routes {
  const api = app.withTypeProvider<ZodTypeProvider>();
  return {
    on(e, handler) {
      const access = e.access;
      const success = e.status ?? 200;
      const response: Record<number, z.ZodType> = { ...errorResponses(e) };
      if (e.response) response[success] = e.response;
      else if (e.response === null || success === 204) response[204] = z.null().describe('No content');
      const description = [e.description, e.ifMatch ? 'Needs `If-Match` with the ETag read.' : null, e.access !== 'public' && e.access !== 'signed_in' ? `Permission: \`${e.access}\`.` : null]
        .filter(Boolean)
        .join(' ');
      api.route({
        method: e.method,
        url: e.path,
        schema: {
          tags: [...e.tags],
          summary: e.summary,
          ...(description ? { description } : {}),
          ...(e.params ? { params: e.params } : {}),
          ...(e.query ? { querystring: e.query } : {}),
          ...(e.body ? { body: e.body } : {}),
          ...(e.produces ? { produces: [e.produces] } : {}),
          ...(e.access === 'public' ? {} : { security: [{ session: [] }] }),
          response,
        },
        config: { endpoint: e, public: e.access === 'public' },
        ...(e.bodyLimit ? { bodyLimit: e.bodyLimit } : {}),
        // Who asks comes before what they send: nobody learns anything about a request's shape
        // without signing in (401) or without the endpoint's permission (403), so both come before
        // the body is even read (400).
        onRequest:
          access === 'public'
            ? undefined
            : async (request) => {
                const auth = authenticate(request);
                if (access !== 'signed_in' && !can(auth, access)) throw forbidden();
              },
        preHandler: access === 'public' ? undefined : async (request) => void (request.scope = makeScope(request)),
        handler: async (request, reply) => {
          reply.status(success);
          const result = await handler(request as unknown as EndpointRequest<typeof e>, reply);
          if (reply.sent || result === reply) return reply;
          if (success === 204) return reply.send(null);
          return result;
        },
      });
    },
  };
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Registered from a definition in src/shared. */
    endpoint?: Endpoint;
    /** Needs no caller: the session is not even looked up. */
    public?: boolean;
  }
}
