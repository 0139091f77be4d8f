import type { Speaker } from './speech-types'

/**
 * A platform without speech: the reader says so in words. weapp (`speech.weapp.ts`) and H5 (`speech.h5.ts`)
 * have their own; Taro picks the file for the platform it builds.
 */
export function createSpeaker(): Speaker {
  return {
    available: false,
    limits: { chars: 100, bytes: 300 },
    prepare: () => undefined,
    speak(_piece, events) {
      let stopped = false
      void Promise.resolve().then(() => {
        if (!stopped) events.onError('unavailable')
      })
      return {
        pause: () => undefined,
        resume: () => undefined,
        stop: () => {
          stopped = true
        },
      }
    },
  }
}
