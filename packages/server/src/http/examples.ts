// The example pages (demo mode, `UPWARD_STATIC_DIR`): the intranet page at `/`, every example
// folder under its name (`/lms/`, `/custom-ui/`), all under a strict Content Security Policy: no
// inline script or style, no eval, nothing from another origin.
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

export const examplesPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

function secure(reply: { setHeader(name: string, value: string): unknown }) {
  reply.setHeader('content-security-policy', examplesPolicy);
  reply.setHeader('x-content-type-options', 'nosniff');
  reply.setHeader('referrer-policy', 'no-referrer');
  reply.setHeader('cache-control', 'no-cache');
}

export async function registerExamples(app: FastifyInstance, root: string) {
  await app.register(fastifyStatic, {
    root: path.resolve(root),
    prefix: '/',
    dotfiles: 'deny',
    index: ['index.html'],
    redirect: true,
    cacheControl: false,
    setHeaders: secure,
  });
  app.get('/', (_request, reply: FastifyReply) => {
    secure(reply.raw);
    return reply.sendFile('intranet/index.html');
  });
}
