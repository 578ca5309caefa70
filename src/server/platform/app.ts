import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, LogController } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler } from 'fastify-type-provider-zod';
import { sql } from 'drizzle-orm';
import { type CallerResolver } from './auth.js';
import { routesOn, type Routes } from './endpoints.js';
import { webRoot } from './paths.js';
import { type RepositoryFactories, scopeFactory } from './scope.js';
import { type Clock, systemClock } from './clock.js';
import type { Config } from './config.js';
import type { Db } from './db.js';
import type { AppDeps } from './deps.js';
import { AppError, DATABASE_RETRY_SECONDS, installErrorHandling, requestValidatorCompiler, sendProblem } from './errors.js';
import { requireOwnOrigin } from './origin.js';
import { exceedsDepth } from './json-depth.js';
import { LoginLimiter } from './login-limiter.js';

/** Deeper than any real document tree (vision → focus area → goal → …) and far from stack limits. */
const MAX_BODY_DEPTH = 32;


/** A part of the domain as the platform sees it: routes to register. The composition file lists them. */
export interface RoderModule {
  name: string;
  routes(routes: Routes, deps: AppDeps): void | Promise<void>;
  /**
   * Work of the module's own while the server runs (the imports resume interrupted batches):
   * started once the server is ready, stopped (awaited) when it closes, before the database.
   */
  start?(deps: AppDeps & { log(message: string): void }): () => Promise<void>;
}

export interface BuildOptions {
  db: Db;
  config: Config;
  clock?: Clock;
  logger?: boolean;
  modules: RoderModule[];
  /** Every module's repository factory, handed to each request's scope. */
  repositories: RepositoryFactories;
  /** How a request's credentials become the person acting (the organisation module's sessions). */
  resolveCaller: (deps: AppDeps) => CallerResolver;
}

/** Every route the server has, method and URL, for the exhaustive permission tests. */
type RouteEntry = { method: string; url: string };

export type RoderApp = FastifyInstance & { routeList: RouteEntry[] };

/** One line per request, at debug level only; warnings and errors are always logged. */
class RequestLogAtDebug extends LogController {
  override incomingRequest() {}
  override requestCompleted(_error: Error | null | undefined, request: Parameters<LogController['requestCompleted']>[1], reply: Parameters<LogController['requestCompleted']>[2]) {
    request.log.debug({ method: request.method, url: request.url, statusCode: reply.statusCode, ms: Math.round(reply.elapsedTime) }, 'request');
  }
}

const trustHops = (hops: number) => (_address: string, hop: number) => hop < hops;

export async function buildApp(options: BuildOptions): Promise<RoderApp> {
  const app = Fastify({
    logger: options.logger ? { level: options.config.logLevel } : false,
    logController: new RequestLogAtDebug(),
    // A number of hops: the client is that many hops from the socket (the proxies' own hops trusted).
    trustProxy: typeof options.config.trustProxy === 'number' ? trustHops(options.config.trustProxy) : options.config.trustProxy,
    bodyLimit: 1024 * 1024,
    routerOptions: { maxParamLength: 200 },
    genReqId: () => crypto.randomUUID(),
    // Errors the router raises before any route (a malformed URL, a too-long id) answer problem+json too.
    frameworkErrors: (error, request, reply) => {
      const status = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 414 : 400;
      return sendProblem(request, reply, new AppError(status, status === 414 ? 'uri_too_long' : 'bad_request'));
    },
  });
  // Shutting down drains: requests in flight finish, and their keep-alive connections close with
  // them, so the server stops (and only then the database closes) without cutting anyone off.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('Connection', 'close');
  });
  const routeList: RouteEntry[] = [];
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) if (method !== 'HEAD') routeList.push({ method, url: route.url });
  });
  // JSON only: a text/plain body would otherwise reach validation as a string (415 is the honest answer).
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(requestValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app);

  const deps: AppDeps = { db: options.db, config: options.config, clock: options.clock ?? systemClock, loginLimiter: new LoginLimiter() };
  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Roder API', version: '1', description: 'IT-styrning för svenska kommuner. Errors are RFC 9457 problem+json.' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'roder_session' } } },
    },
    transform: jsonSchemaTransform,
    // Schemas registered with an id (the recursive trees) become components the operations refer to.
    transformObject: jsonSchemaTransformObject,
  });
  const resolveCaller = options.resolveCaller(deps);
  app.decorateRequest('auth', null);
  app.decorateRequest('scope', null);
  // Only API routes that need a caller look the session up: assets and public pages never do.
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    requireOwnOrigin(request);
    if (request.routeOptions.config?.public || !request.routeOptions.url) return;
    request.auth = await resolveCaller(request);
  });
  const makeScope = scopeFactory(options.repositories, deps.db, deps.clock);
  app.addHook('preValidation', async (request) => {
    if (request.body !== undefined && exceedsDepth(request.body, MAX_BODY_DEPTH)) throw new AppError(400, 'bad_request');
  });
  // Responses of the API are never cached by browsers or proxies: they carry municipal data.
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/')) reply.header('Cache-Control', 'no-store');
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'same-origin');
  });

  await app.register(async (instance) => {
    const routes = routesOn(instance, (request) => makeScope(request.auth!));
    for (const module of options.modules) await module.routes(routes, deps);
  });
  const stops: (() => Promise<void>)[] = [];
  app.addHook('onReady', async () => {
    for (const module of options.modules) if (module.start) stops.push(module.start({ ...deps, log: (message) => app.log.error(message) }));
  });
  app.addHook('onClose', async () => {
    await Promise.all(stops.splice(0).map((stop) => stop()));
  });

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  app.get('/health', { schema: { hide: true } }, async (_request, reply) => {
    try {
      await deps.db.execute(sql`select 1`);
      return { status: 'ok', database: 'reachable' };
    } catch {
      return reply.status(503).header('Retry-After', DATABASE_RETRY_SECONDS).send({ status: 'unavailable', database: 'unreachable' });
    }
  });

  const hasWeb = existsSync(resolve(webRoot, 'index.html'));
  if (hasWeb) {
    // index.html is sent by the not-found handler below; hashed assets are immutable, and a
    // missing one is a plain 404 rather than the app's shell.
    // The build writes a .br and a .gz beside every text asset; the best one the browser accepts is sent.
    await app.register(fastifyStatic, { root: webRoot, serve: false, preCompressed: true });
    await app.register(fastifyStatic, { root: resolve(webRoot, 'assets'), prefix: '/assets/', decorateReply: false, immutable: true, maxAge: '365d', index: false, preCompressed: true });
  }
  if (hasWeb) {
    // Files a browser or crawler asks for by name are the files themselves, never the app's shell.
    for (const [file, maxAge] of [['robots.txt', 3600], ['favicon.ico', 86_400], ['favicon.svg', 86_400]] as const) {
      app.get(`/${file}`, { schema: { hide: true }, config: { public: true } }, (_request, reply) =>
        reply.sendFile(file, { maxAge: maxAge * 1000 }),
      );
    }
  }
  app.setNotFoundHandler((request, reply) => {
    const lastSegment = request.url.split('?')[0]!.split('/').pop() ?? '';
    if (request.url.startsWith('/api/') || request.url.startsWith('/assets/') || request.method !== 'GET' || !hasWeb || lastSegment.includes('.')) {
      return sendProblem(request, reply, new AppError(404, 'route_not_found'));
    }
    // The web app routes on the client: every other GET gets its shell.
    return reply.type('text/html').header('Cache-Control', 'no-cache').sendFile('index.html');
  });
  return Object.assign(app as unknown as FastifyInstance, { routeList });
}
