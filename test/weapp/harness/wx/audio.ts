import { asyncApi, syncApi, type FakeContext, type WxApi } from './fake-context'

type Listener = (result?: unknown) => void

/** One `wx.createInnerAudioContext()` as the app uses it, and what the test can see of it. */
interface AudioContextFake {
  src: string
  readonly state: 'idle' | 'playing' | 'paused' | 'stopped' | 'destroyed'
  end(): void
  fail(errCode: number): void
}

/**
 * Inner audio contexts: the app sets `src` and plays; nothing is heard, but the test sees what plays
 * (`playing`) and ends or breaks it (`finishPlaying`, `failPlaying`), as the phone's player would.
 */
export function createAudio(context: FakeContext) {
  const contexts: AudioContextFake[] = []

  const create = () => {
    const listeners = new Map<string, Set<Listener>>()
    let state: AudioContextFake['state'] = 'idle'
    const emit = (event: string, result?: unknown) => {
      listeners.get(event)?.forEach(listener => context.later(() => listener(context.clone(result))))
      context.changed()
    }
    const on = (event: string) => (listener: unknown) => {
      if (typeof listener !== 'function') return
      const set = listeners.get(event) ?? new Set<Listener>()
      set.add(listener as Listener)
      listeners.set(event, set)
    }
    const off = (event: string) => (listener?: unknown) => {
      if (typeof listener === 'function') listeners.get(event)?.delete(listener as Listener)
      else listeners.delete(event)
    }
    const fake: AudioContextFake & Record<string, unknown> = {
      src: '',
      get state() {
        return state
      },
      play: () => {
        if (state === 'destroyed') return
        if (fake.src === '') return emit('error', { errCode: 10004, errMsg: 'no src' })
        state = 'playing'
        emit('play')
      },
      pause: () => {
        if (state !== 'playing') return
        state = 'paused'
        emit('pause')
      },
      stop: () => {
        if (state === 'destroyed') return
        state = 'stopped'
        emit('stop')
      },
      destroy: () => {
        state = 'destroyed'
        listeners.clear()
        context.changed()
      },
      end: () => {
        state = 'stopped'
        emit('ended')
      },
      fail: (errCode: number) => {
        state = 'stopped'
        emit('error', { errCode, errMsg: 'playback failed' })
      },
    }
    for (const event of ['play', 'pause', 'stop', 'ended', 'error', 'canplay', 'waiting', 'timeUpdate', 'seeking', 'seeked']) {
      const name = event.charAt(0).toUpperCase() + event.slice(1)
      fake[`on${name}`] = on(event.toLowerCase())
      fake[`off${name}`] = off(event.toLowerCase())
    }
    contexts.push(fake)
    return fake
  }

  const apis: Record<string, WxApi> = {
    // The context is the app's to drive, so it is handed over as it is, not as a copy.
    createInnerAudioContext: () => create(),
    setInnerAudioOption: asyncApi(context, 'setInnerAudioOption', () => ({})),
    getAvailableAudioSources: syncApi(context, 'getAvailableAudioSources', () => ({ audioSources: ['auto'] })),
  }
  const playing = () => contexts.find(audio => audio.state === 'playing') ?? null
  return {
    apis,
    /** The file playing now, or null. */
    get playing(): string | null {
      return playing()?.src ?? null
    },
    /** The player reaches the end of what plays now. */
    finishPlaying(): void {
      const audio = playing()
      if (audio === null) throw new Error('nothing is playing')
      audio.end()
    },
    /** What plays now breaks off with a player error. */
    failPlaying(errCode = 10002): void {
      const audio = playing()
      if (audio === null) throw new Error('nothing is playing')
      audio.fail(errCode)
    },
    /** Every file the app has played or tried to, in order. */
    get sources(): readonly string[] {
      return contexts.map(audio => audio.src)
    },
  }
}
