/**
 * Messages between the functions host and a function's child process (over the IPC channel,
 * JSON-serialised). Events and results cross as JSON text, serialised in the child exactly as
 * SCF serialises a function's return value.
 */

/** The `context` argument SCF passes to `main(event, context)`. */
export interface ScfContext {
  readonly request_id: string
  readonly function_name: string
  readonly function_version: string
  readonly namespace: string
  readonly memory_limit_in_mb: number
  readonly time_limit_in_ms: number
  /** JSON text of the invocation's environment: caller identity and source live only here. */
  readonly environment: string
}

/** An error thrown by a function, as it crosses the process boundary. */
export interface SerializedError {
  readonly name: string
  readonly message: string
  readonly stack: string | undefined
}

export type HostMessage = {
  readonly type: 'invoke'
  readonly id: string
  readonly eventJson: string
  readonly context: ScfContext
}

export type RunnerMessage =
  /** The function's module is loaded: the instance can take invocations (its cold start is over). */
  | { readonly type: 'ready' }
  | { readonly type: 'load-failed'; readonly error: SerializedError }
  | { readonly type: 'result'; readonly id: string; readonly responseJson: string }
  | { readonly type: 'failed'; readonly id: string; readonly error: SerializedError }
  | { readonly type: 'crashed'; readonly error: SerializedError }
