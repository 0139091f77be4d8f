import { afterEach, describe, expect, it, vi } from 'vitest'
import { createSpeaker } from './speech.h5'
import type { SpeechEvents } from './speech-types'

// What the browser gives: speechSynthesis with its voices, and utterances whose events it fires.
class FakeUtterance {
  lang = ''
  rate = 1
  voice: { lang: string } | null = null
  onend: (() => void) | null = null
  onerror: ((event: { error: string }) => void) | null = null
  constructor(readonly text: string) {}
}

function installSynthesis(voices: { lang: string }[]) {
  const spoken: FakeUtterance[] = []
  const synthesis = {
    speak: vi.fn((utterance: FakeUtterance) => spoken.push(utterance)),
    cancel: vi.fn(() => {
      for (const utterance of spoken) utterance.onerror?.({ error: 'canceled' })
    }),
    getVoices: () => voices,
  }
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance)
  Object.defineProperty(window, 'speechSynthesis', { value: synthesis, configurable: true })
  return { synthesis, spoken }
}

function events(): SpeechEvents & { ended: number; failures: string[] } {
  const seen = { ended: 0, failures: [] as string[] }
  return Object.assign(seen, {
    onEnd: () => {
      seen.ended += 1
    },
    onError: (failure: string) => {
      seen.failures.push(failure)
    },
  })
}

afterEach(() => {
  vi.unstubAllGlobals()
  Reflect.deleteProperty(window, 'speechSynthesis')
})

describe('speaking in the browser (H5)', () => {
  it('says a piece in a Chinese voice, a little slower, and tells when it is done', () => {
    const { spoken } = installSynthesis([{ lang: 'en-US' }, { lang: 'zh-CN' }])
    const heard = events()
    createSpeaker().speak('驿站开放了。', heard)
    expect(spoken.map((utterance) => [utterance.text, utterance.lang, utterance.voice?.lang, utterance.rate])).toEqual([['驿站开放了。', 'zh-CN', 'zh-CN', 0.9]])
    spoken[0]?.onend?.()
    expect(heard.ended).toBe(1)
  })

  it('pauses by falling silent and goes on by saying the piece again, reporting nothing in between', () => {
    const { synthesis, spoken } = installSynthesis([{ lang: 'zh-CN' }])
    const heard = events()
    const playback = createSpeaker().speak('驿站开放了。', heard)
    playback.pause()
    expect(synthesis.cancel).toHaveBeenCalledTimes(1)
    spoken[0]?.onend?.()
    playback.resume()
    expect(spoken.map((utterance) => utterance.text)).toEqual(['驿站开放了。', '驿站开放了。'])
    spoken[1]?.onend?.()
    expect(heard).toMatchObject({ ended: 1, failures: [] })
  })

  it('says why when the browser cannot speak Chinese or has no speech at all', async () => {
    installSynthesis([{ lang: 'en-US' }])
    const noVoice = events()
    createSpeaker().speak('驿站开放了。', noVoice)
    await Promise.resolve()
    expect(noVoice.failures).toEqual(['no-voice'])

    Reflect.deleteProperty(window, 'speechSynthesis')
    const speaker = createSpeaker()
    expect(speaker.available).toBe(false)
    const none = events()
    speaker.speak('驿站开放了。', none)
    await Promise.resolve()
    expect(none.failures).toEqual(['unavailable'])
  })

  it('reports a failure of the speech itself', () => {
    const { spoken } = installSynthesis([])
    const heard = events()
    createSpeaker().speak('驿站开放了。', heard)
    spoken[0]?.onerror?.({ error: 'synthesis-failed' })
    expect(heard.failures).toEqual(['failed'])
  })
})
