import { useEffect, useRef, useState } from 'react'
import { countdownTickMs, openingCountdown } from '../model/countdown'

/**
 * The words of the opening countdown, counted against the server's clock (the phone's clock plus the
 * offset measured when the course was loaded). `onOpened` runs once when it reaches zero, so the page
 * loads the course again and the sign-up opens by the server's own answer.
 */
export function useOpeningCountdown(opensAt: string | null, clockOffsetMs: number, onOpened: () => void): string | null {
  const [now, setNow] = useState(() => Date.now())
  const onOpenedRef = useRef(onOpened)
  onOpenedRef.current = onOpened
  const countdown = opensAt === null ? null : openingCountdown(opensAt, now, clockOffsetMs)
  const remaining = countdown?.remainingMs ?? null
  const wasCounting = useRef(false)

  useEffect(() => {
    if (remaining === null) {
      if (wasCounting.current) {
        wasCounting.current = false
        onOpenedRef.current()
      }
      return undefined
    }
    wasCounting.current = true
    const timer = setTimeout(() => setNow(Date.now()), Math.min(countdownTickMs(remaining), remaining))
    return () => clearTimeout(timer)
  }, [remaining])

  return countdown?.words ?? null
}
