// Every operation of the contract, by operationId. The type makes a missing handler a compile
// error; test/routes.test.ts checks the same at run time against the contract.
import { demoHandlers } from './demo.js';
import { meHandlers } from './me.js';
import { operationHandlers } from './operations.js';
import { peopleHandlers } from './people.js';
import type { Deps, Handlers } from './types.js';

export function createHandlers(deps: Deps): Handlers {
  return {
    ...operationHandlers(deps),
    ...demoHandlers(deps),
    ...meHandlers(deps),
    ...peopleHandlers(deps),
  } as Handlers;
}
