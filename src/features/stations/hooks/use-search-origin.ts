import { useCallback, useEffect, useRef, useState } from 'react'
import { locateMe } from '../../../lib/location'
import type { LocationFix } from '../../../lib/location-types'
import type { District } from '../model/districts'
import type { SearchOrigin } from '../model/search-origin'

export interface SearchOriginState {
  readonly origin: SearchOrigin
  /** Asks the phone again (after the person turned location on, or moved). */
  readonly relocate: () => void
  /** Searches from a district's centre instead. */
  readonly chooseDistrict: (district: District) => void
}

/**
 * Where to search from: the phone's location through the privacy flow, else the city centre with
 * the reason, or a district the person picks. A late answer from an earlier attempt is ignored.
 */
export function useSearchOrigin(locate: () => Promise<LocationFix> = locateMe): SearchOriginState {
  const [origin, setOrigin] = useState<SearchOrigin>({ kind: 'locating' })
  const attempt = useRef(0)
  const locateRef = useRef(locate)
  locateRef.current = locate

  const relocate = useCallback(() => {
    attempt.current += 1
    const mine = attempt.current
    setOrigin({ kind: 'locating' })
    void locateRef.current().then(fix => {
      if (mine !== attempt.current) return
      setOrigin(fix.ok ? { kind: 'here', point: fix.point } : { kind: 'city-centre', reason: fix.reason })
    })
  }, [])

  const chooseDistrict = useCallback((district: District) => {
    attempt.current += 1
    setOrigin({ kind: 'district', district })
  }, [])

  useEffect(() => {
    relocate()
  }, [relocate])

  return { origin, relocate, chooseDistrict }
}
