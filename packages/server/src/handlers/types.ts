// Handler types, derived from the contract's generated types: a handler cannot return a body
// the contract does not describe.
import type { operations } from '@upward/api';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { TokenVerifier } from '../auth/tokens.js';
import type { Config } from '../config.js';
import type { Database, Db } from '../db/connect.js';

export type OperationId = keyof operations;
type Op<Id extends OperationId> = operations[Id];

export type Query<Id extends OperationId> = Op<Id>['parameters'] extends { query?: infer Q }
  ? NonNullable<Q>
  : never;
export type Params<Id extends OperationId> = Op<Id>['parameters'] extends { path: infer P }
  ? P
  : never;
export type RequestBody<Id extends OperationId> =
  Op<Id> extends {
    requestBody?: { content: { 'application/json': infer B } };
  }
    ? B
    : never;
type Json<R> = R extends { content: { 'application/json': infer B } } ? B : never;
export type ResponseBody<Id extends OperationId> = Op<Id>['responses'] extends infer R
  ? R extends { 200: infer Ok }
    ? Json<Ok>
    : R extends { 201: infer Created }
      ? Json<Created>
      : undefined
  : never;

export type HandlerRequest<Id extends OperationId> = FastifyRequest<{
  Body: RequestBody<Id>;
  Querystring: Query<Id>;
  Params: Params<Id>;
}>;

export type Handler<Id extends OperationId> = (
  request: HandlerRequest<Id>,
  reply: FastifyReply,
) => Promise<ResponseBody<Id> | FastifyReply>;

export type Handlers = { [Id in OperationId]: Handler<Id> };

export interface Deps {
  db: Db;
  database: Database;
  config: Config;
  tokens: TokenVerifier;
  /** The contract as JSON, served at /openapi.json. */
  contract: Record<string, unknown>;
}
