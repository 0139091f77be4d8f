import { act, fireEvent, render, screen } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeCloudFunction } from '../../../test/client/fake-cloud-function'
import { taroMock } from '../../../test/client/taro-mock'
import { fixtureText } from '../../../test/support/bulletin-fixtures'
import type { BulletinDetail as Detail } from '../../domain/contracts/bulletins'
import { parseBulletin } from '../../domain/bulletins/parse-bulletin'
import type { SpeechEvents, SpeechFailure, Speaker } from '../../lib/speech-types'
import { BulletinDetail } from './components/bulletin-detail'
import { useBulletin } from './hooks/use-bulletin'

// The phone's voice, as the test wants it: what it was asked to say, and a hand on how each piece goes.
const voice = {
  available: true,
  said: [] as string[],
  prepared: [] as string[],
  current: null as SpeechEvents | null,
  paused: 0,
  resumed: 0,
  stopped: 0,
}

function fakeSpeaker(): Speaker {
  return {
    available: voice.available,
    limits: { chars: 100, bytes: 1000 },
    prepare: piece => void voice.prepared.push(piece),
    speak(piece, events) {
      voice.said.push(piece)
      voice.current = events
      return {
        pause: () => void (voice.paused += 1),
        resume: () => void (voice.resumed += 1),
        stop: () => void (voice.stopped += 1),
      }
    },
  }
}

vi.mock('../../lib/speech', () => ({ createSpeaker: () => fakeSpeaker() }))

const wechat = {
  pageScrollTo: vi.fn((_options: { selector?: string; offsetTop?: number; duration?: number }) => Promise.resolve({ errMsg: 'pageScrollTo:ok' })),
  getCurrentPages: vi.fn(() => [{}, {}]),
}
Object.assign(taroMock, wechat)

function detail(): Detail {
  const parsed = parseBulletin(fixtureText('jingzhou-work-brief-2018-no7.txt'))
  if (!parsed.ok) throw new Error('the fixture does not parse')
  return { id: 'b7', kind: 'work-brief', status: 'published', ...parsed.bulletin, summary: '', readCount: 3, publishedAt: '2018-07-31T02:00:00.000Z', updatedAt: '2018-07-31T02:00:00.000Z', revision: 1 }
}

function Page() {
  return <BulletinDetail id='b7' state={useBulletin('b7')} query='' itemNumber={null} />
}

async function openPage() {
  fakeCloudFunction('bulletins', action => {
    if (action === 'get') return { ok: true, data: detail() }
    if (action === 'listKinds') return { ok: true, data: [{ key: 'work-brief', label: '工作简报', order: 10 }] }
    if (action === 'recordRead') return { ok: true, data: { readCount: 4, counted: true } }
    return { ok: false, error: { code: 'COMMON.UNKNOWN_ACTION', message: action } }
  })
  const page = render(<Page />)
  await screen.findByRole('heading', { level: 1, name: '市总工会七月份工作完成情况' })
  return page
}

// The piece being said comes to its end.
function finishPiece(): void {
  act(() => voice.current?.onEnd())
}

function fail(failure: SpeechFailure): void {
  act(() => voice.current?.onError(failure))
}

beforeEach(() => {
  Object.assign(voice, { available: true, said: [], prepared: [], current: null, paused: 0, resumed: 0, stopped: 0 })
  wechat.pageScrollTo.mockClear()
})

describe('听简报 on the bulletin page', () => {
  it('reads part by part, marking the part being read and scrolling to it below the bar', async () => {
    const { container } = await openPage()
    fireEvent.click(screen.getByRole('button', { name: '听简报：把这篇资讯读给我听' }))
    expect(voice.said).toEqual(['市总工会七月份工作完成情况。'])
    expect(voice.prepared).toEqual(['第 7 期，2018年7月31日，荆州市总工会。'])
    expect(container.querySelector('.bulletin-article__reading')?.id).toBe('bulletin-masthead')
    expect(screen.getByText('正在读：标题（1/6）')).toBeTruthy()

    finishPiece()
    finishPiece()
    finishPiece()
    expect(voice.said[3]).toBe('第一项，“夏送清凉”活动全面开展。')
    expect(container.querySelector('.bulletin-article__reading')?.id).toBe('bulletin-item-1')
    expect(wechat.pageScrollTo).toHaveBeenLastCalledWith({ selector: '#bulletin-item-1', offsetTop: -150, duration: 300 })
    expect(screen.getByText('正在读：第 1 项（3/6）')).toBeTruthy()
  })

  it('reads the points below an item with it, their labels said plainly', async () => {
    await openPage()
    fireEvent.click(screen.getByRole('button', { name: '听简报：把这篇资讯读给我听' }))
    for (let i = 0; i < 3; i++) finishPiece()
    const item = [voice.said[3]]
    while (voice.said.length < 12 && !voice.said[voice.said.length - 1]?.startsWith('第二项')) {
      finishPiece()
      item.push(voice.said[voice.said.length - 1])
    }
    expect(item.join('')).toContain('1、领导带队慰问。7 月 12 日起')
    expect(item.join('')).toContain('2、物资送到一线。1、向全市 2.1 万名户外职工发放防暑降温物资。2、在 40 家“户外职工爱心驿站”免费提供绿豆汤、凉茶。')
  })

  it('pauses and goes on where it was, and stops', async () => {
    const { container } = await openPage()
    fireEvent.click(screen.getByRole('button', { name: '听简报：把这篇资讯读给我听' }))
    fireEvent.click(screen.getByRole('button', { name: '暂停' }))
    expect(voice.paused).toBe(1)
    expect(screen.getByText('已暂停：标题（1/6）')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '继续听' }))
    expect(voice.resumed).toBe(1)
    expect(voice.said).toHaveLength(1)
    fireEvent.click(screen.getByRole('button', { name: '停止朗读' }))
    expect(voice.stopped).toBe(1)
    expect(container.querySelector('.bulletin-article__reading')).toBeNull()
    expect(screen.getByRole('button', { name: '听简报：把这篇资讯读给我听' })).toBeTruthy()
  })

  it('says in plain words when the network stops it, and goes on from the same piece', async () => {
    await openPage()
    fireEvent.click(screen.getByRole('button', { name: '听简报：把这篇资讯读给我听' }))
    finishPiece()
    fail('network')
    expect(screen.getByRole('alert').textContent).toBe('网络不好，朗读停下了。网络好了以后点“继续听”。')
    fireEvent.click(screen.getByRole('button', { name: '继续听' }))
    expect(voice.said.slice(-2)).toEqual(['第 7 期，2018年7月31日，荆州市总工会。', '第 7 期，2018年7月31日，荆州市总工会。'])
  })

  it('says so in plain words on a phone that cannot speak, and offers no retry', async () => {
    voice.available = false
    await openPage()
    fireEvent.click(screen.getByRole('button', { name: '听简报：把这篇资讯读给我听' }))
    expect(screen.getByRole('alert').textContent).toBe('这部手机现在不能朗读，请直接看文字。')
    expect(screen.queryByRole('button', { name: '继续听' })).toBeNull()
    expect(voice.said).toEqual([])
    fireEvent.click(screen.getByRole('button', { name: '关闭朗读' }))
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('stops reading when the page is left', async () => {
    const page = await openPage()
    fireEvent.click(screen.getByRole('button', { name: '听简报：把这篇资讯读给我听' }))
    page.unmount()
    expect(voice.stopped).toBe(1)
  })

  it('reads to the end and offers to read again', async () => {
    await openPage()
    fireEvent.click(screen.getByRole('button', { name: '听简报：把这篇资讯读给我听' }))
    for (let i = 0; i < 40 && screen.queryByText('读完了。') === null; i++) finishPiece()
    expect(screen.getByText('读完了。')).toBeTruthy()
    expect(voice.said[voice.said.length - 1]).toBe('联系电话：8 2 1 9 2 6 2。')
    expect(screen.getByRole('button', { name: '听简报：把这篇资讯读给我听' }).textContent).toBe('再听一遍')
  })
})
