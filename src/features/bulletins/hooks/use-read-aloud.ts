import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react'
import type { Bulletin } from '../../../domain/bulletins/bulletin'
import { createSpeaker } from '../../../lib/speech'
import type { SpeechPlayback, Speaker } from '../../../lib/speech-types'
import { currentPiece, failureWords, nextPiece, READ_ALOUD_IDLE, readAloudReducer, type ReadAloudStatus } from '../model/read-aloud-state'
import { readingPlan } from '../model/reading-plan'
import { scrollToAnchor } from './scroll-to-anchor'

/**
 * Room left above the part being read, for the bar that stays at the top of the screen while reading: its
 * words and buttons at the largest type (长辈模式 on WeChat's largest font).
 */
export const READ_ALOUD_BAR_CLEARANCE = 150

/** 听简报 on one bulletin page. */
export interface ReadAloud {
  readonly status: ReadAloudStatus
  /** The element id of the part being read (or paused at): marked on the page. Null otherwise. */
  readonly readingAnchor: string | null
  /** Where the reading is, in words: 正在读：第 3 项（4/9）. Empty when not reading. */
  readonly progress: string
  /** Why it stopped, in plain words, or null. */
  readonly message: string | null
  /** Whether trying again can help (no signal, a busy service), rather than the phone being unable to speak. */
  readonly canRetry: boolean
  readonly start: () => void
  readonly pause: () => void
  readonly resume: () => void
  readonly stop: () => void
}

/**
 * Reads a bulletin aloud part by part (`readingPlan`), with pause and go on, marking the part being read and
 * scrolling to it. The voice is the platform's (`createSpeaker`; a test gives its own). Leaving the page stops it.
 */
export function useReadAloud(bulletin: Bulletin | undefined, publishedAt: string | null, makeSpeaker: () => Speaker = createSpeaker): ReadAloud {
  const [speaker] = useState(makeSpeaker)
  const plan = useMemo(() => (bulletin === undefined ? [] : readingPlan(bulletin, speaker.limits, publishedAt)), [bulletin, speaker, publishedAt])
  const reducer = useMemo(() => readAloudReducer(plan), [plan])
  const [state, dispatch] = useReducer(reducer, READ_ALOUD_IDLE)
  const playback = useRef<SpeechPlayback | null>(null)
  // The effect below speaks when a new piece is due; it reads the rest as it is at that moment.
  const latest = useRef({ plan, state })
  latest.current = { plan, state }

  useEffect(() => {
    const { plan: current, state: now } = latest.current
    if (now.status !== 'reading') return
    const piece = currentPiece(current, now)
    // The bulletin changed under the reader (its live copy replaced the saved one) and has fewer parts.
    if (piece === null) {
      dispatch({ type: 'stop' })
      return
    }
    const next = nextPiece(current, now)
    if (next !== null) speaker.prepare(next)
    playback.current = speaker.speak(piece, {
      onEnd: () => dispatch({ type: 'pieceEnded' }),
      onError: failure => dispatch({ type: 'failed', failure }),
    })
  }, [state.take, speaker])

  const anchor = state.status === 'reading' || state.status === 'paused' ? (plan[state.segment]?.anchor ?? null) : null
  useEffect(() => {
    if (anchor !== null) scrollToAnchor(anchor, READ_ALOUD_BAR_CLEARANCE)
  }, [anchor])

  useEffect(
    () => () => {
      playback.current?.stop()
      playback.current = null
    },
    [],
  )

  const start = useCallback(() => {
    if (!speaker.available) {
      dispatch({ type: 'failed', failure: 'unavailable' })
      return
    }
    dispatch({ type: 'start' })
  }, [speaker])
  const pause = useCallback(() => {
    playback.current?.pause()
    dispatch({ type: 'pause' })
  }, [])
  const resume = useCallback(() => {
    playback.current?.resume()
    dispatch({ type: 'resume' })
  }, [])
  const stop = useCallback(() => {
    playback.current?.stop()
    playback.current = null
    dispatch({ type: 'stop' })
  }, [])

  const segment = plan[state.segment]
  const reading = state.status === 'reading' || state.status === 'paused'
  return {
    status: state.status,
    readingAnchor: anchor,
    progress: reading && segment ? `${state.status === 'paused' ? '已暂停' : '正在读'}：${segment.name}（${state.segment + 1}/${plan.length}）` : '',
    message: state.failure === null ? null : failureWords(state.failure),
    canRetry: state.failure !== null && state.failure !== 'unavailable' && state.failure !== 'no-voice',
    start,
    pause,
    resume,
    stop,
  }
}
