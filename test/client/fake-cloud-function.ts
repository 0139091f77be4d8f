import type { FunctionResponse } from '../../src/domain/contracts/envelope'
import { taroMock } from './taro-mock'

/** One call the fake function received. */
export interface ReceivedCall {
  readonly action: string
  readonly payload: unknown
  readonly requestId: string | undefined
}

export type FakeHandler = (action: string, payload: unknown) => FunctionResponse<unknown>

/**
 * Answers `Taro.cloud.callFunction` for one cloud function the way the deployed function does
 * (the `{ ok, data | error }` envelope in `result`), so client code runs end to end through the
 * real cloud client and weapp transport. Returns the calls it received, in order.
 */
export function fakeCloudFunction(name: string, handle: FakeHandler): ReceivedCall[] {
  const calls: ReceivedCall[] = []
  taroMock.cloud.callFunction.mockImplementation(async (options: { name: string; data: Record<string, unknown> }) => {
    if (options.name !== name) throw { errMsg: `cloud.callFunction:fail function ${options.name} not found` }
    const { action, payload, requestId } = options.data
    calls.push({ action: String(action), payload, requestId: typeof requestId === 'string' ? requestId : undefined })
    return { result: handle(String(action), payload), errMsg: 'cloud.callFunction:ok' }
  })
  return calls
}
