// The HTTP application: Fastify with routes, validation and security built from the contract by
// fastify-openapi-glue, plus the cross-cutting rules (auth, tenancy, rate limits, problem details,
// idempotency, CORS, request ids).
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import cors from '@fastify/cors';
import Fastify, { type FastifyError, type FastifyServerOptions } from 'fastify';
import openapiGlue from 'fastify-openapi-glue';
import { TokenVerifier } from './auth/tokens.js';
import type { Config } from './config.js';
import type { Database } from './db/connect.js';
import { attachReadCache, ReadCache } from './db/read-cache.js';
import { createHandlers } from './handlers/index.js';
import { loadAssets, registerAssets } from './http/assets.js';
import { createCallers } from './http/callers.js';
import { registerExamples } from './http/examples.js';
import { createIdempotency } from './http/idempotency.js';
import { badRequest, HttpProblem, problemFor, sendProblem, unauthorized } from './http/problem.js';
import { createRateLimiter } from './http/rate-limit.js';
import { validatorCompiler } from './http/validation.js';

const require = createRequire(import.meta.url);

/** The contract, as the server is built from it. */
export function loadContract(): Record<string, unknown> {
  return JSON.parse(readFileSync(require.resolve('@upward/api/openapi.json'), 'utf8'));
}

declare module 'fastify' {
  interface FastifyInstance {
    registeredRoutes: string[];
  }
}

const requestIdPattern = /^[!-~]{1,128}$/;

export async function buildApp(
  config: Config,
  database: Database,
  options: { logger?: FastifyServerOptions['logger'] } = {},
) {
  const app = Fastify({
    logger: options.logger ?? { level: config.logLevel },
    bodyLimit: config.bodyLimit,
    requestIdHeader: 'x-request-id',
    genReqId: (request) => {
      const sent = request.headers['x-request-id'];
      return typeof sent === 'string' && requestIdPattern.test(sent) ? sent : randomUUID();
    },
    return503OnClosing: true,
    routerOptions: { ignoreTrailingSlash: false },
  });
  app.setValidatorCompiler(validatorCompiler());
  // Every API route as `METHOD /path/{param}`, for the test that holds routes and contract
  // together (the drop-in files and example pages are not API routes).
  const registeredRoutes: string[] = [];
  app.decorate('registeredRoutes', registeredRoutes);
  app.decorateRequest('caller', undefined);
  app.decorateRequest('idempotencyKey', undefined);

  const contract = loadContract();
  const tokens = new TokenVerifier(config);
  const callers = createCallers(database.db);
  const rateLimit = createRateLimiter(config.rateLimit);
  const idempotency = createIdempotency(database.db);

  await app.register(cors, {
    origin: config.corsOrigins.length > 0 ? config.corsOrigins : false,
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
    allowedHeaders: [
      'authorization',
      'content-type',
      'if-match',
      'idempotency-key',
      'x-request-id',
    ],
    exposedHeaders: [
      'etag',
      'location',
      'idempotent-replayed',
      'ratelimit',
      'ratelimit-policy',
      'retry-after',
      'x-request-id',
    ],
    maxAge: 600,
  });

  // Bodies are JSON only: Fastify's text/plain parser would hand handlers an unvalidated string.
  app.removeContentTypeParser('text/plain');
  // The contract's error responses name this type; as a request body it is never accepted.
  app.addContentTypeParser('application/problem+json', (_request, _payload, done) =>
    done(
      new HttpProblem(
        415,
        'unsupported-media-type',
        'Unsupported media type',
        'Send application/json.',
      ),
      undefined,
    ),
  );

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
    const authorization = request.headers.authorization;
    const needsAuth = request.url.startsWith('/v1/');
    if (authorization?.startsWith('Bearer ')) {
      try {
        request.caller = await callers.resolve(await tokens.verify(authorization.slice(7).trim()));
      } catch (error) {
        request.log.info({ reason: (error as Error).message }, 'bearer token rejected');
        if (needsAuth) throw unauthorized('The bearer token is not valid or has expired.');
      }
    } else if (needsAuth) {
      throw unauthorized('Send a bearer token in the Authorization header.');
    }
    // The API is limited per caller; the drop-in files and example pages are not.
    if (needsAuth || request.url.startsWith('/demo/')) rateLimit(request, reply);
  });
  // openapi-glue validates a body when there is one; a required body that is missing is a 400.
  const bodyRequired = requiredBodies(contract);
  app.addHook('preValidation', async (request) => {
    if (
      request.body === undefined &&
      bodyRequired.has(`${request.method} ${request.routeOptions.url}`)
    ) {
      throw badRequest('The body is empty; send a JSON object.', [
        { field: '', reason: 'is required' },
      ]);
    }
  });
  app.addHook('preHandler', idempotency.before);
  app.addHook('onSend', idempotency.after);
  if (database.kind === 'embedded') {
    const reads = new ReadCache();
    attachReadCache(database.db, reads);
    app.addHook('onSend', async (request, _reply, payload) => {
      if (request.method !== 'GET' && request.method !== 'HEAD' && request.method !== 'OPTIONS')
        reads.bump();
      return payload;
    });
  }

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const problem = problemFor(error);
    if (problem) return sendProblem(request, reply, problem);
    request.log.error({ err: error }, 'unexpected error');
    return sendProblem(
      request,
      reply,
      new HttpProblem(
        500,
        'internal',
        'Internal error',
        'Something went wrong on our side; quote the request id.',
      ),
    );
  });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(
      request,
      reply,
      new HttpProblem(
        404,
        'not-found',
        'Not found',
        `No route ${request.method} ${request.url.split('?')[0]}.`,
      ),
    ),
  );

  const handlers = createHandlers({ db: database.db, database, config, tokens, contract });
  await app.register(async (api) => {
    api.addHook('onRoute', (route) => {
      for (const method of [route.method].flat()) {
        if (method !== 'HEAD' && method !== 'OPTIONS') {
          registeredRoutes.push(`${method} ${route.url.replace(/:([A-Za-z]+)/g, '{$1}')}`);
        }
      }
    });
    await api.register(openapiGlue, {
      specification: config.demo ? contract : withoutDemoRoutes(contract),
      serviceHandlers: handlers,
      securityHandlers: {
        // The token was verified in onRequest; an operation that needs it finds the caller here.
        async bearerAuth(request: { caller?: unknown }) {
          if (!request.caller)
            throw unauthorized('Send a bearer token in the Authorization header.');
        },
      },
    });
  });
  registerAssets(app, loadAssets(config.assetDirs));
  if (config.demo && config.staticDir) await registerExamples(app, config.staticDir);
  return app;
}

/** `METHOD /fastify/:path` of every operation whose request body is required. */
function requiredBodies(contract: Record<string, unknown>) {
  const required = new Set<string>();
  for (const [path, item] of Object.entries(
    contract.paths as Record<string, Record<string, { requestBody?: { required?: boolean } }>>,
  )) {
    for (const [method, operation] of Object.entries(item)) {
      if (operation?.requestBody?.required)
        required.add(`${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`);
    }
  }
  return required;
}

/** The demo routes exist only in demo mode. */
function withoutDemoRoutes(contract: Record<string, unknown>) {
  const paths = { ...(contract.paths as Record<string, unknown>) };
  for (const path of Object.keys(paths)) if (path.startsWith('/demo/')) delete paths[path];
  return { ...contract, paths };
}
