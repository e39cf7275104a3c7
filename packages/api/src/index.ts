/**
 * The Upward v1 contract as TypeScript types, generated from `openapi.yaml` by
 * openapi-typescript. The SDK and the server both import their types from here and nowhere else.
 */
export type { components, operations, paths } from './schema.js';

import type { components, operations } from './schema.js';

type Schemas = components['schemas'];

/** A schema of the contract by name, e.g. `Schema<'Pair'>`. */
export type Schema<Name extends keyof Schemas> = Schemas[Name];

/** Every operationId of the contract. */
export type OperationId = keyof operations;

export type Problem = Schemas['Problem'];
export type FieldError = Schemas['FieldError'];
export type Me = Schemas['Me'];
export type Person = Schemas['Person'];
export type PersonSummary = Schemas['PersonSummary'];
export type Programme = Schemas['Programme'];
export type Participant = Schemas['Participant'];
export type Pair = Schemas['Pair'];
export type PairStatus = Schemas['PairStatus'];
export type Session = Schemas['Session'];
export type Feedback = Schemas['Feedback'];
export type FeedbackVisibility = Schemas['FeedbackVisibility'];
export type Review = Schemas['Review'];
export type ReviewOutcome = Schemas['ReviewOutcome'];
export type Insights = Schemas['Insights'];
export type AuditEntry = Schemas['AuditEntry'];
