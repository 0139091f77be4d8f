import type { FunctionRequest } from '../domain/contracts/envelope'

/**
 * Delivers one request to a cloud function and resolves with whatever the function returned
 * (unchecked), or rejects with a CloudError (COMMON.NETWORK, COMMON.TIMEOUT, COMMON.INTERNAL)
 * when no answer came back from the function itself.
 */
export type CloudTransport = (functionName: string, request: FunctionRequest, deadlineMs: number) => Promise<unknown>
