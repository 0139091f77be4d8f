import Taro from '@tarojs/taro'
import type { SpeechFailure, SpeechPlayback, Speaker } from './speech-types'

/** What this module uses of the 同声传译 plugin (WechatSI, declared for the bulletins subpackage in app.config.ts). */
interface WechatSi {
  textToSpeech(options: {
    lang: string
    tts: boolean
    content: string
    success: (result: { retcode?: number; filename?: string }) => void
    fail: (result: { retcode?: number; msg?: string }) => void
  }): void
}

function isWechatSi(value: unknown): value is WechatSi {
  return typeof value === 'object' && value !== null && typeof Reflect.get(value, 'textToSpeech') === 'function'
}

// The plugin, or null where it is missing: not declared, not yet authorised for this mini-program, or blocked.
function loadPlugin(): WechatSi | null {
  try {
    const plugin: unknown = Taro.requirePlugin('WechatSI')
    return isWechatSi(plugin) ? plugin : null
  } catch {
    return null
  }
}

// The plugin's error codes: -20005 network, -40001 too many calls; the rest are its own faults.
function failureOf(retcode: number | undefined): SpeechFailure {
  if (retcode === -20005) return 'network'
  if (retcode === -40001) return 'busy'
  return 'failed'
}

/**
 * weapp: WeChat's 同声传译 plugin turns each piece into an audio file, played with an inner audio context.
 * Its documentation allows 1,000 bytes a request, but longer Chinese texts fail in practice ("-20003") well
 * before that, so pieces are kept to 100 characters. The next piece is synthesised while one plays, so a
 * slow network does not leave a pause between them. Plays even with the phone's mute switch on: the reader
 * asked to hear it.
 */
export function createSpeaker(): Speaker {
  const plugin = loadPlugin()
  const files = new Map<string, Promise<string>>()
  let optionSet = false

  const synthesise = (piece: string): Promise<string> => {
    const known = files.get(piece)
    if (known) return known
    const made = new Promise<string>((resolve, reject: (failure: SpeechFailure) => void) => {
      if (plugin === null) {
        reject('unavailable')
        return
      }
      plugin.textToSpeech({
        lang: 'zh_CN',
        tts: true,
        content: piece,
        success: (result) => (result.filename && (result.retcode ?? 0) === 0 ? resolve(result.filename) : reject(failureOf(result.retcode))),
        fail: (result) => reject(failureOf(result.retcode)),
      })
    })
    // A failed piece is asked for again next time: the network may be back.
    made.catch(() => files.delete(piece))
    files.set(piece, made)
    return made
  }

  return {
    available: plugin !== null,
    limits: { chars: 100, bytes: 1000 },
    prepare(piece) {
      void synthesise(piece).catch(() => undefined)
    },
    speak(piece, events): SpeechPlayback {
      if (!optionSet) {
        optionSet = true
        void Taro.setInnerAudioOption({ obeyMuteSwitch: false }).catch(() => undefined)
      }
      let audio: Taro.InnerAudioContext | null = null
      let paused = false
      let stopped = false
      const finish = () => {
        audio?.destroy()
        audio = null
      }
      synthesise(piece).then(
        (file) => {
          if (stopped) return
          const context = Taro.createInnerAudioContext()
          audio = context
          context.src = file
          context.onEnded(() => {
            finish()
            if (!stopped) events.onEnd()
          })
          context.onError(() => {
            finish()
            if (!stopped) events.onError('failed')
          })
          if (!paused) context.play()
        },
        (failure: SpeechFailure) => {
          if (!stopped) events.onError(failure)
        },
      )
      return {
        pause() {
          paused = true
          audio?.pause()
        },
        resume() {
          paused = false
          audio?.play()
        },
        stop() {
          stopped = true
          audio?.stop()
          finish()
        },
      }
    },
  }
}
