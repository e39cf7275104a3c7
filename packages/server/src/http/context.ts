import type { FastifyRequest } from 'fastify';
import type { Claims } from '../auth/tokens.js';
import { unauthorized } from './problem.js';

/** Who is calling: set from the verified bearer token before any handler runs. */
export interface Caller {
  personId: string;
  orgId: string;
  isAdmin: boolean;
  isLead: boolean;
  claims: Claims;
}

declare module 'fastify' {
  interface FastifyRequest {
    caller: Caller | undefined;
  }
}

export function callerOf(request: FastifyRequest): Caller {
  if (!request.caller) throw unauthorized('The request has no valid bearer token.');
  return request.caller;
}
