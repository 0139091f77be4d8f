import { useCallback, useEffect, useState } from 'react'
import type { BulletinDetail } from '../../../domain/contracts/bulletins'
import { isCloudError } from '../../../lib/cloud-error'
import { getBulletin } from '../api/get-bulletin'
import { recordBulletinRead } from '../api/record-bulletin-read'
import { sharedOfflineShelf } from '../model/offline-shelf'

export interface BulletinState {
  readonly status: 'loading' | 'ready' | 'error'
  readonly bulletin: BulletinDetail | undefined
  /** Showing the copy saved on the phone (no signal): when it was saved. Null when live. */
  readonly savedAt: number | null
  readonly error: unknown
  readonly readCount: number | null
  readonly retry: () => void
}

/**
 * One bulletin to read. The copy saved on the phone shows at once (status `loading`), the server's replaces it when it comes
 * and is saved in turn (the last 20 opened stay readable offline). A published bulletin counts the reader
 * once; a failure of the network kind keeps the saved copy on screen with its date, any other (taken down,
 * never existed) shows as it is.
 */
export function useBulletin(id: string): BulletinState {
  const [attempt, setAttempt] = useState(0)
  // The saved copy is shown at once; it is called a saved copy (with its date) only if the live one does not come.
  const [state, setState] = useState<Omit<BulletinState, 'retry' | 'readCount'>>(() => {
    const saved = sharedOfflineShelf().find(id)
    return { status: 'loading', bulletin: saved?.data, savedAt: null, error: undefined }
  })
  const [readCount, setReadCount] = useState<number | null>(null)

  useEffect(() => {
    let current = true
    const shelf = sharedOfflineShelf()
    const saved = shelf.find(id)
    setState(previous => ({ ...previous, status: 'loading', error: undefined }))
    getBulletin(id).then(
      bulletin => {
        if (!current) return
        setState({ status: 'ready', bulletin, savedAt: null, error: undefined })
        setReadCount(bulletin.readCount)
        if (bulletin.status !== 'published') return
        shelf.keep(bulletin)
        recordBulletinRead(id).then(
          answer => {
            if (current) setReadCount(answer.readCount)
          },
          // Counting is a courtesy: a reader who cannot be counted still reads.
          () => undefined,
        )
      },
      (error: unknown) => {
        if (!current) return
        if (saved && isCloudError(error) && error.retryable) {
          setState({ status: 'ready', bulletin: saved.data, savedAt: saved.savedAt, error })
        } else {
          setState({ status: 'error', bulletin: undefined, savedAt: null, error })
        }
      },
    )
    return () => {
      current = false
    }
  }, [id, attempt])

  const retry = useCallback(() => setAttempt(value => value + 1), [])
  return { ...state, readCount: readCount ?? state.bulletin?.readCount ?? null, retry }
}
