export { createUpwardClient, type UpwardClient, type UpwardClientOptions } from './client.js';
export {
  type FieldError,
  isConflict,
  isUpwardError,
  type Problem,
  toUpwardError,
  UpwardConflictError,
  UpwardError,
} from './errors.js';
export type { RetryOptions } from './middleware/resilience.js';
export { paginate } from './paginate.js';
export type { components, operations, paths } from './schema.js';
export { unwrap } from './unwrap.js';
