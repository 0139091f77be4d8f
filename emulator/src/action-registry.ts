import { EmulatorError, EmulatorErrorCode } from './errors'

/** What the HTTP layer knows about the request an action came in on. */
export interface ActionRequest {
  /** The `action` field of the POST /admin body, e.g. `database.getDocument`. */
  readonly action: string
  /** The rest of the body, as the SDK sent it (strings stay strings: EJSON is decoded by the action). */
  readonly params: Readonly<Record<string, unknown>>
  /** Lower-cased request headers. */
  readonly headers: Readonly<Record<string, string | string[] | undefined>>
  readonly requestId: string
}

/**
 * A handler result whose fields CloudBase puts beside `requestId` at the top level of the answer
 * instead of under `data` (e.g. `database.startTransaction` answers `{ requestId, transactionId }`).
 */
export class TopLevelFields {
  constructor(readonly fields: Readonly<Record<string, unknown>>) {}
}

/**
 * Answers one admin action. The returned value becomes `data` in `{ requestId, data }`
 * (`undefined` answers `{ requestId }` alone; a `TopLevelFields` answers `{ requestId, ...fields }`).
 */
export type ActionHandler = (request: ActionRequest) => Promise<unknown> | unknown

/**
 * The table of admin actions the emulator serves. Each service (database, functions, wx, storage)
 * registers its own actions; an action nobody registered fails loudly.
 */
export class ActionRegistry {
  private readonly handlers = new Map<string, ActionHandler>()

  register(action: string, handler: ActionHandler): void {
    if (this.handlers.has(action)) throw new Error(`action ${action} is registered twice`)
    this.handlers.set(action, handler)
  }

  has(action: string): boolean {
    return this.handlers.has(action)
  }

  actions(): string[] {
    return [...this.handlers.keys()].sort()
  }

  async dispatch(request: ActionRequest): Promise<unknown> {
    const handler = this.handlers.get(request.action)
    if (!handler) {
      throw new EmulatorError(
        EmulatorErrorCode.UnsupportedAction,
        `the CloudBase emulator does not support action "${request.action}"`,
      )
    }
    return await handler(request)
  }
}
