// Every operation of the contract, by operationId. The type makes a missing handler a compile
// error; test/routes.test.ts checks the same at run time against the contract.
import { auditHandlers } from './audit.js';
import { demoHandlers } from './demo.js';
import { feedbackHandlers } from './feedback.js';
import { insightsHandlers } from './insights.js';
import { meHandlers } from './me.js';
import { operationHandlers } from './operations.js';
import { pairsHandlers } from './pairs.js';
import { participantsHandlers } from './participants.js';
import { peopleHandlers } from './people.js';
import { programmesHandlers } from './programmes.js';
import { reviewsHandlers } from './reviews.js';
import { sessionsHandlers } from './sessions.js';
import type { Deps, Handlers } from './types.js';

export function createHandlers(deps: Deps): Handlers {
  return {
    ...operationHandlers(deps),
    ...demoHandlers(deps),
    ...meHandlers(deps),
    ...peopleHandlers(deps),
    ...programmesHandlers(deps),
    ...participantsHandlers(deps),
    ...pairsHandlers(deps),
    ...sessionsHandlers(deps),
    ...feedbackHandlers(deps),
    ...reviewsHandlers(deps),
    ...auditHandlers(deps),
    ...insightsHandlers(deps),
  } as Handlers;
}
