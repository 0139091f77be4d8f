import type { SpeechLimits } from './speech-chunks'

/** Why speech stopped short, for the words the reader sees. */
export type SpeechFailure = 'unavailable' | 'no-voice' | 'network' | 'busy' | 'failed'

/** What happens to one piece being spoken. */
export interface SpeechEvents {
  /** The piece was spoken to its end. */
  onEnd(): void
  /** It could not be spoken; nothing more will come of it. */
  onError(failure: SpeechFailure): void
}

/** One piece being spoken. */
export interface SpeechPlayback {
  pause(): void
  /** Goes on where it was paused (or says the piece again from its start where the platform cannot). */
  resume(): void
  /** Stops for good; no event follows. */
  stop(): void
}

/** The platform's voice: weapp, WeChat's 同声传译 plugin; H5, the browser's speechSynthesis. */
export interface Speaker {
  /** False where this phone has no way to speak at all. */
  readonly available: boolean
  /** The longest piece it accepts in one go. */
  readonly limits: SpeechLimits
  /** Starts getting a piece ready that will be spoken next, so it follows without a gap (where that helps). */
  prepare(piece: string): void
  speak(piece: string, events: SpeechEvents): SpeechPlayback
}
