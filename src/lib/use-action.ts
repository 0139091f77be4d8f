import { useCallback, useEffect, useRef, useState } from 'react'
import { isCloudError } from './cloud-error'
import { newRequestId } from './request-id'

export interface ActionState<Args extends unknown[], Result> {
  /** Runs the write; resolves with its result, or with undefined when it failed (see `error`). */
  readonly run: (...args: Args) => Promise<Result | undefined>
  readonly pending: boolean
  readonly error: unknown
  /** Forgets the error and starts the next attempt with a fresh requestId. */
  readonly reset: () => void
}

/**
 * A write (booking, sign-up, consent). While one is in flight, taps are ignored. The requestId is
 * kept after a failure that may not have been applied (network, timeout) so a retry is the same
 * request to the server and cannot apply twice; it is renewed after a success or a definite
 * refusal, because then the next tap is a new request.
 */
export function useAction<Args extends unknown[], Result>(
  perform: (requestId: string, ...args: Args) => Promise<Result>,
): ActionState<Args, Result> {
  const [pending, setPending] = useState(false)
  const [error, setError] = useState<unknown>(undefined)
  const requestIdRef = useRef<string | null>(null)
  const inFlightRef = useRef(false)
  const mountedRef = useRef(true)
  const performRef = useRef(perform)
  performRef.current = perform

  useEffect(() => {
    mountedRef.current = true
    return () => {
      mountedRef.current = false
    }
  }, [])

  const run = useCallback(async (...args: Args): Promise<Result | undefined> => {
    if (inFlightRef.current) return undefined
    inFlightRef.current = true
    const requestId = requestIdRef.current ?? newRequestId()
    requestIdRef.current = requestId
    setPending(true)
    setError(undefined)
    try {
      const result = await performRef.current(requestId, ...args)
      requestIdRef.current = null
      return result
    } catch (failure) {
      if (!isCloudError(failure) || !failure.retryable) requestIdRef.current = null
      if (mountedRef.current) setError(failure)
      return undefined
    } finally {
      inFlightRef.current = false
      if (mountedRef.current) setPending(false)
    }
  }, [])

  const reset = useCallback(() => {
    requestIdRef.current = null
    setError(undefined)
  }, [])

  return { run, pending, error, reset }
}
