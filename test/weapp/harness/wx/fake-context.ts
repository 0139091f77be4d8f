/** A failed WeChat API call: `errMsg` becomes `<api>:fail <reason>`. */
export class WxFailure extends Error {
  constructor(
    readonly reason: string,
    readonly extra: Readonly<Record<string, unknown>> = {},
  ) {
    super(reason)
  }
}

/** A call the test did not arrange, or one WeChat itself would refuse to make possible. */
export class UnexpectedWxCall extends Error {}

export type WxApi = (...args: unknown[]) => unknown

/** What every part of the wx fake shares with the harness. */
export interface FakeContext {
  /** Copies a JSON-like value into the app's realm, as WeChat hands results to the app. */
  clone<T>(value: T): T
  /** The app realm's Promise, for APIs that answer with one. */
  readonly RealmPromise: PromiseConstructor
  /** Runs a callback on the app's side as a new task (how WeChat's native answers arrive). */
  later(callback: () => void): void
  /** Something the person could see changed (a toast, a modal, a badge): waiters look again. */
  changed(): void
  /** Records a call nobody arranged and throws; the harness fails the test with it too. */
  unexpected(api: string, detail?: string): never
  /** Whether a tap is being handled now (WeChat allows some APIs only then). */
  inUserGesture(): boolean
  /** Work started by the app that has not answered yet (cloud calls): `settle` waits for it. */
  readonly inFlight: { start(): void; end(): void }
}

type Options = Record<string, unknown>

function optionsOf(args: readonly unknown[]): Options {
  const first = args[0]
  return typeof first === 'object' && first !== null ? (first as Options) : {}
}

/**
 * An asynchronous WeChat API: answers through `success`/`fail`/`complete` on a later task, or with
 * a Promise when none is given, with `errMsg` of `<api>:ok` or `<api>:fail <reason>`.
 */
export function asyncApi(context: FakeContext, name: string, run: (options: Options) => Promise<Options> | Options): WxApi {
  return (...args: unknown[]) => {
    const options = optionsOf(args)
    const hasCallbacks = ['success', 'fail', 'complete'].some(key => typeof options[key] === 'function')
    context.inFlight.start()
    const answered = new context.RealmPromise<unknown>((resolve, reject) => {
      const deliver = (ok: boolean, answer: Options) => {
        context.later(() => {
          context.inFlight.end()
          const value = context.clone(answer)
          const callback = options[ok ? 'success' : 'fail']
          if (typeof callback === 'function') callback(value)
          if (typeof options.complete === 'function') options.complete(value)
          if (ok) resolve(value)
          else reject(value)
        })
      }
      Promise.resolve()
        .then(() => run(options))
        .then(
          result => deliver(true, { ...result, errMsg: `${name}:ok` }),
          (error: unknown) => {
            if (error instanceof WxFailure) return deliver(false, { errMsg: `${name}:fail ${error.reason}`, ...error.extra })
            context.inFlight.end()
            reject(error)
          },
        )
    })
    if (!hasCallbacks) return answered
    // With callbacks WeChat returns nothing to await; the outcome went to the callbacks.
    answered.catch(() => undefined)
    return undefined
  }
}

/** A synchronous API: returns its value, or throws WeChat's `Error('<api>:fail …')`. */
export function syncApi(context: FakeContext, name: string, run: (...args: unknown[]) => unknown): WxApi {
  return (...args: unknown[]) => {
    try {
      return context.clone(run(...args))
    } catch (error) {
      if (error instanceof WxFailure) throw new Error(`${name}:fail ${error.reason}`)
      throw error
    }
  }
}
