import { beforeEach, describe, expect, it, vi } from 'vitest'
import { taroMock } from '../../test/client/taro-mock'
import { createSpeaker } from './speech.weapp'
import type { SpeechEvents, SpeechFailure } from './speech-types'

interface Request {
  readonly content: string
  readonly lang: string
  readonly succeed: (filename: string) => void
  readonly fail: (retcode: number) => void
}

// WeChat's 同声传译 plugin: each textToSpeech call waits for the test to answer it.
const requests: Request[] = []
const plugin = {
  textToSpeech: vi.fn((options: { content: string; lang: string; success: (result: { retcode: number; filename: string }) => void; fail: (result: { retcode: number; msg: string }) => void }) => {
    requests.push({
      content: options.content,
      lang: options.lang,
      succeed: (filename) => options.success({ retcode: 0, filename }),
      fail: (retcode) => options.fail({ retcode, msg: 'failed' }),
    })
  }),
}

// An inner audio context that records what is done to it and lets the test end it.
function audioContext() {
  const handlers: { ended?: () => void; error?: () => void } = {}
  return {
    src: '',
    play: vi.fn(),
    pause: vi.fn(),
    stop: vi.fn(),
    destroy: vi.fn(),
    onEnded: (handler: () => void) => {
      handlers.ended = handler
    },
    onError: (handler: () => void) => {
      handlers.error = handler
    },
    end: () => handlers.ended?.(),
  }
}
const contexts: ReturnType<typeof audioContext>[] = []

const wechat = {
  requirePlugin: vi.fn((_name: string): unknown => plugin),
  createInnerAudioContext: vi.fn(() => {
    const context = audioContext()
    contexts.push(context)
    return context
  }),
  setInnerAudioOption: vi.fn((_options: { obeyMuteSwitch: boolean }) => Promise.resolve({ errMsg: 'setInnerAudioOption:ok' })),
}
Object.assign(taroMock, wechat)

function events(): SpeechEvents & { ended: number; failures: SpeechFailure[] } {
  const seen = { ended: 0, failures: [] as SpeechFailure[] }
  return Object.assign(seen, {
    onEnd: () => {
      seen.ended += 1
    },
    onError: (failure: SpeechFailure) => {
      seen.failures.push(failure)
    },
  })
}

// Lets promise callbacks run.
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

beforeEach(() => {
  requests.length = 0
  contexts.length = 0
  wechat.requirePlugin.mockImplementation(() => plugin)
})

describe('speaking in WeChat (同声传译)', () => {
  it('asks the plugin for Chinese speech of short pieces and plays the file it gives, even on mute', async () => {
    const speaker = createSpeaker()
    expect(speaker.available).toBe(true)
    expect(speaker.limits.chars).toBeLessThanOrEqual(100)
    const heard = events()
    speaker.speak('驿站开放了。', heard)
    expect(wechat.requirePlugin).toHaveBeenCalledWith('WechatSI')
    expect(wechat.setInnerAudioOption).toHaveBeenCalledWith({ obeyMuteSwitch: false })
    expect(requests.map((request) => [request.content, request.lang])).toEqual([['驿站开放了。', 'zh_CN']])
    requests[0]?.succeed('https://example.invalid/tts-1.mp3')
    await settle()
    expect(contexts[0]?.src).toBe('https://example.invalid/tts-1.mp3')
    expect(contexts[0]?.play).toHaveBeenCalled()
    contexts[0]?.end()
    expect(heard.ended).toBe(1)
    expect(contexts[0]?.destroy).toHaveBeenCalled()
  })

  it('gets the next piece ready while one plays, and asks for it only once', async () => {
    const speaker = createSpeaker()
    speaker.prepare('第二段。')
    requests[0]?.succeed('https://example.invalid/tts-2.mp3')
    speaker.speak('第二段。', events())
    await settle()
    expect(requests).toHaveLength(1)
    expect(contexts[0]?.src).toBe('https://example.invalid/tts-2.mp3')
  })

  it('holds a piece paused before its speech arrives, and plays it on resume', async () => {
    const playback = createSpeaker().speak('驿站开放了。', events())
    playback.pause()
    requests[0]?.succeed('https://example.invalid/tts-3.mp3')
    await settle()
    expect(contexts[0]?.play).not.toHaveBeenCalled()
    playback.resume()
    expect(contexts[0]?.play).toHaveBeenCalledTimes(1)
  })

  it('says why it failed: no network, too many requests, or the plugin missing', async () => {
    const speaker = createSpeaker()
    const noNetwork = events()
    speaker.speak('一。', noNetwork)
    requests[0]?.fail(-20005)
    const busy = events()
    speaker.speak('二。', busy)
    requests[1]?.fail(-40001)
    await settle()
    expect([noNetwork.failures, busy.failures]).toEqual([['network'], ['busy']])

    wechat.requirePlugin.mockImplementation(() => {
      throw new Error('plugin WechatSI is not defined')
    })
    const missing = createSpeaker()
    expect(missing.available).toBe(false)
    const heard = events()
    missing.speak('三。', heard)
    await settle()
    expect(heard.failures).toEqual(['unavailable'])
  })

  it('stays silent after it is stopped, whatever arrives later', async () => {
    const heard = events()
    const playback = createSpeaker().speak('驿站开放了。', heard)
    playback.stop()
    requests[0]?.succeed('https://example.invalid/tts-4.mp3')
    await settle()
    expect(contexts).toHaveLength(0)
    expect(heard).toMatchObject({ ended: 0, failures: [] })
  })
})
