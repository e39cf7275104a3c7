import { HttpProblem } from '../http/problem.js';
import type { Deps, Handler } from './types.js';

export function operationHandlers({ database, contract }: Deps) {
  const contractJson = JSON.stringify(contract);
  const getHealth: Handler<'getHealth'> = async () => {
    try {
      await database.ping();
    } catch {
      throw new HttpProblem(
        503,
        'unavailable',
        'Service unavailable',
        'The database is unreachable.',
        undefined,
        { retryAfter: 5 },
      );
    }
    return { status: 'ok', database: database.kind, version: '0.1.0' };
  };
  const getContract: Handler<'getContract'> = async (_request, reply) =>
    reply
      .type('application/json')
      .serializer((payload) => payload as string)
      .send(contractJson);
  return { getHealth, getContract };
}
