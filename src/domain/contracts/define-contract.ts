import type { GenericSchema, InferOutput } from 'valibot'
import type { Caller } from './roles'

/** One remote operation: its payload schema, who may call it, and (as a type) what it returns. */
export interface ActionContract<Schema extends GenericSchema = GenericSchema, Result = unknown> {
  readonly payload: Schema
  readonly allow: readonly Caller[]
  /** Staff actions that change data are written to `audit_logs`. */
  readonly audited?: boolean
  /**
   * A write a client may retry: the same `requestId` is applied once and its answer replayed.
   * `true`: the runtime keeps the answer in `idempotency_keys`, written in the change's transaction.
   * `'own-record'`: the change is a document whose id the handler derives from the `requestId`, so that
   * document is its own replay record: the handler answers a retry from it, and the runtime opens no
   * transaction (one document written alone is already all or nothing; a handler writing more opens its own).
   */
  readonly idempotent?: boolean | 'own-record'
  /** Type-only marker carrying the result type; never set at run time. */
  readonly __result?: Result
}

/**
 * Declares an action. Curried so the result type is given explicitly while the schema is inferred:
 * `action<Profile>()({ payload: v.strictObject({}), allow: EVERYONE })`.
 */
export const action =
  <Result>() =>
  <Schema extends GenericSchema>(definition: {
    payload: Schema
    allow: readonly Caller[]
    audited?: boolean
    idempotent?: boolean | 'own-record'
  }): ActionContract<Schema, Result> =>
    definition

export type ActionMap = Readonly<Record<string, ActionContract>>

/** One deployable cloud function and its actions. */
export interface FunctionContract<Name extends string = string, Actions extends ActionMap = ActionMap> {
  readonly name: Name
  readonly actions: Actions
  /** Error codes specific to this function, beside the COMMON ones. */
  readonly errors: Readonly<Record<string, string>>
}

export const defineFunction = <
  const Name extends string,
  const Actions extends ActionMap,
  const Errors extends Readonly<Record<string, `${Uppercase<string>}.${Uppercase<string>}`>>,
>(
  name: Name,
  actions: Actions,
  errors: Errors,
): { readonly name: Name; readonly actions: Actions; readonly errors: Errors } => ({ name, actions, errors })

export type PayloadOf<A> = A extends ActionContract<infer S, unknown> ? InferOutput<S> : never
export type ResultOf<A> = A extends ActionContract<GenericSchema, infer R> ? R : never
