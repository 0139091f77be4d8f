import type { SpeechFailure } from '../../../lib/speech-types'
import type { ReadingSegment } from './reading-plan'

/** Where 听简报 is: not started, reading, paused, done, or stopped by a failure. */
export type ReadAloudStatus = 'idle' | 'reading' | 'paused' | 'finished' | 'failed'

export interface ReadAloudState {
  readonly status: ReadAloudStatus
  /** The part being read (or paused, or failed at), in the plan. */
  readonly segment: number
  /** The piece of that part. */
  readonly piece: number
  /** Goes up each time a piece is to be spoken afresh (the next one, or the same one again after a failure). */
  readonly take: number
  readonly failure: SpeechFailure | null
}

export type ReadAloudAction =
  | { readonly type: 'start' }
  | { readonly type: 'pieceEnded' }
  | { readonly type: 'pause' }
  | { readonly type: 'resume' }
  | { readonly type: 'stop' }
  | { readonly type: 'failed'; readonly failure: SpeechFailure }

export const READ_ALOUD_IDLE: ReadAloudState = { status: 'idle', segment: 0, piece: 0, take: 0, failure: null }

/**
 * The reader aloud as a state machine over a plan: start from the top, one piece after another, part after
 * part, to the end; pause and go on where it stopped; after a failure, try the same piece again.
 */
export function readAloudReducer(plan: readonly ReadingSegment[]) {
  return (state: ReadAloudState, action: ReadAloudAction): ReadAloudState => {
    switch (action.type) {
      case 'start':
        if (state.status === 'reading') return state
        if (state.status === 'paused' || state.status === 'failed') return { ...state, status: 'reading', take: state.take + 1, failure: null }
        return plan.length === 0 ? { ...state, status: 'finished' } : { status: 'reading', segment: 0, piece: 0, take: state.take + 1, failure: null }
      case 'pieceEnded': {
        if (state.status !== 'reading') return state
        const pieces = plan[state.segment]?.pieces.length ?? 0
        if (state.piece + 1 < pieces) return { ...state, piece: state.piece + 1, take: state.take + 1 }
        if (state.segment + 1 < plan.length) return { ...state, segment: state.segment + 1, piece: 0, take: state.take + 1 }
        return { ...state, status: 'finished' }
      }
      case 'pause':
        return state.status === 'reading' ? { ...state, status: 'paused' } : state
      case 'resume':
        return state.status === 'paused' ? { ...state, status: 'reading' } : state
      case 'stop':
        return { ...READ_ALOUD_IDLE, take: state.take }
      case 'failed':
        return state.status === 'reading' || state.status === 'idle' ? { ...state, status: 'failed', failure: action.failure } : state
    }
  }
}

/** The piece to speak now, when reading. */
export function currentPiece(plan: readonly ReadingSegment[], state: ReadAloudState): string | null {
  return state.status === 'reading' ? (plan[state.segment]?.pieces[state.piece] ?? null) : null
}

/** The piece after the current one, to get ready while this one is spoken. */
export function nextPiece(plan: readonly ReadingSegment[], state: ReadAloudState): string | null {
  const segment = plan[state.segment]
  return segment?.pieces[state.piece + 1] ?? plan[state.segment + 1]?.pieces[0] ?? null
}

const FAILURE_WORDS: Readonly<Record<SpeechFailure, string>> = {
  unavailable: '这部手机现在不能朗读，请直接看文字。',
  'no-voice': '这部手机没有中文朗读的声音，请直接看文字。',
  network: '网络不好，朗读停下了。网络好了以后点“继续听”。',
  busy: '朗读的人太多，请过一会儿点“继续听”。',
  failed: '朗读出了问题，可以点“继续听”再试一次。',
}

/** Why reading stopped, in plain words. */
export function failureWords(failure: SpeechFailure): string {
  return FAILURE_WORDS[failure]
}
