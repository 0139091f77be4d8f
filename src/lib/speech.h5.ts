import type { SpeechPlayback, Speaker } from './speech-types'

function synthesis(): SpeechSynthesis | null {
  return typeof window !== 'undefined' && 'speechSynthesis' in window && typeof SpeechSynthesisUtterance === 'function' ? window.speechSynthesis : null
}

/**
 * H5: the browser's own speech (speechSynthesis), in a Chinese voice when it has one. Chrome stops long
 * utterances after some seconds, so pieces are short. Pausing cancels and resuming says the piece again
 * from its start: Android's browsers do not resume a paused utterance, and a piece is a sentence or two.
 */
export function createSpeaker(): Speaker {
  const synth = synthesis()
  return {
    available: synth !== null,
    limits: { chars: 120, bytes: 1000 },
    prepare: () => undefined,
    speak(piece, events): SpeechPlayback {
      let current: SpeechSynthesisUtterance | null = null
      const say = () => {
        if (synth === null) {
          void Promise.resolve().then(() => events.onError('unavailable'))
          return
        }
        const voices = synth.getVoices()
        const chinese = voices.find((voice) => /^zh/i.test(voice.lang))
        // Voices load late in some browsers: none listed yet is no proof there is no Chinese one.
        if (voices.length > 0 && chinese === undefined) {
          void Promise.resolve().then(() => events.onError('no-voice'))
          return
        }
        const utterance = new SpeechSynthesisUtterance(piece)
        utterance.lang = 'zh-CN'
        utterance.rate = 0.9
        if (chinese) utterance.voice = chinese
        utterance.onend = () => {
          if (current !== utterance) return
          current = null
          events.onEnd()
        }
        utterance.onerror = (event) => {
          // Cancelling (pause, stop) reports an error too: only one not caused here counts.
          if (current !== utterance || event.error === 'canceled' || event.error === 'interrupted') return
          current = null
          events.onError(event.error === 'network' ? 'network' : 'failed')
        }
        current = utterance
        synth.speak(utterance)
      }
      const silence = () => {
        current = null
        synth?.cancel()
      }
      say()
      return { pause: silence, resume: say, stop: silence }
    },
  }
}
