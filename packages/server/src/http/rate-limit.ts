// A fixed-window rate limit per caller (token subject, or address when anonymous), with the
// IETF draft RateLimit headers on every response. Per instance: behind a load balancer each
// instance counts on its own, which bounds abuse without shared state.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { HttpProblem } from './problem.js';

const windowSeconds = 60;

export function createRateLimiter(limit: number) {
  let windowStart = Math.floor(Date.now() / 1000);
  let counts = new Map<string, number>();
  const policy = `"default";q=${limit};w=${windowSeconds}`;

  return function rateLimit(request: FastifyRequest, reply: FastifyReply) {
    const now = Math.floor(Date.now() / 1000);
    if (now - windowStart >= windowSeconds) {
      windowStart = now;
      counts = new Map();
    }
    const key = request.caller
      ? `${request.caller.orgId}:${request.caller.personId}`
      : `ip:${request.ip}`;
    const used = (counts.get(key) ?? 0) + 1;
    counts.set(key, used);
    const reset = windowSeconds - (now - windowStart);
    reply.header('ratelimit-policy', policy);
    reply.header('ratelimit', `"default";r=${Math.max(0, limit - used)};t=${reset}`);
    if (used > limit) {
      throw new HttpProblem(
        429,
        'rate-limited',
        'Too many requests',
        `Try again in ${reset} seconds.`,
        undefined,
        {
          retryAfter: reset,
        },
      );
    }
  };
}
