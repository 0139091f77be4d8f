import { asyncApi, syncApi, WxFailure, type FakeContext, type WxApi } from './fake-context'

export type NetworkType = 'wifi' | '4g' | '3g' | '2g' | 'none'

/** The phone's connection; `none` is no signal, which cloud calls feel too. */
export function createNetwork(context: FakeContext, initial: NetworkType) {
  let type: NetworkType = initial
  const listeners = new Set<(change: unknown) => void>()
  const apis: Record<string, WxApi> = {
    getNetworkType: asyncApi(context, 'getNetworkType', () => ({ networkType: type, signalStrength: type === 'none' ? 0 : 3, hasSystemProxy: false })),
    onNetworkStatusChange: syncApi(context, 'onNetworkStatusChange', listener => {
      if (typeof listener !== 'function') throw new WxFailure('parameter error: listener should be Function')
      listeners.add(listener as (change: unknown) => void)
    }),
    offNetworkStatusChange: syncApi(context, 'offNetworkStatusChange', listener => {
      if (typeof listener === 'function') listeners.delete(listener as (change: unknown) => void)
      else listeners.clear()
    }),
  }
  return {
    apis,
    get type(): NetworkType {
      return type
    },
    get online(): boolean {
      return type !== 'none'
    },
    /** The signal changes (a lift, a tunnel): WeChat tells the listeners. */
    set(next: NetworkType): void {
      if (next === type) return
      type = next
      const change = context.clone({ isConnected: next !== 'none', networkType: next })
      listeners.forEach(listener => context.later(() => listener(change)))
      context.changed()
    },
  }
}

export type NetworkFake = ReturnType<typeof createNetwork>
