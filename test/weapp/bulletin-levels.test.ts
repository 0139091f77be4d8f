import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BULLETIN_FIXTURES } from '../support/bulletin-fixtures'
import { parsedFixture, publishBulletinFixtures } from '../support/publish-bulletin-fixtures'
import { normaliseText, textOf, type WxmlElement } from './harness/wxml-element'
import { startWeappStack, type WeappStack } from './weapp-stack'

let stack: WeappStack

/** Each fixture's stored id, once imported and published as staff would with the import command. */
let ids = new Map<string, string>()

beforeAll(async () => {
  // The people, not the demo bulletins (see publishBulletinFixtures).
  stack = await startWeappStack({ demoData: ['demo users'] })
  ids = await publishBulletinFixtures(stack)
})

afterAll(async () => {
  await stack?.stop()
})

function headingsAt(app: Awaited<ReturnType<WeappStack['launch']>>, level: number): string[] {
  return app.queryAllByRole('heading').filter(heading => String(heading.attrs.ariaLevel) === String(level)).map(heading => normaliseText(textOf(heading)))
}

describe('bulletins with levels, in the weapp build', () => {
  it.each(BULLETIN_FIXTURES)('shows $file with its items in the contents and each point as a heading at its level', async ({ file }) => {
    const bulletin = parsedFixture(file)
    const app = await stack.launch('demo-worker', { privacyAgreed: true, entry: `packages/bulletins/detail/index?id=${ids.get(file)}` })
    await app.findByRole('heading', { name: bulletin.body.title })
    const contents = app.queryAllByRole('button', { name: /^跳到第 \d+ 项/ })
    expect(contents).toHaveLength(bulletin.body.items.length)
    for (const item of bulletin.body.items) {
      for (const point of item.points) {
        const shown = headingsAt(app, point.level + 1)
        expect(shown.some(heading => heading.includes(normaliseText(point.lead))), `${file}: ${point.label}${point.lead} at level ${point.level}`).toBe(true)
      }
    }
    app.close()
  })

  it('reads a bulletin aloud part by part through WechatSI, marking the part being read, with pause and go on', async () => {
    const file = 'jingzhou-work-brief-2017-no13.txt'
    const app = await stack.launch('demo-worker', { privacyAgreed: true, entry: `packages/bulletins/detail/index?id=${ids.get(file)}` })
    const listen = await app.findByRole('button', { name: /^听简报/ })
    app.tap(listen)
    const first = await app.waitFor(() => app.wx.audio.playing, 'the first part to play')
    // The first part says which issue it is, from the header, as a listener would want to hear first.
    expect(app.wx.speech.spoken[0]).toContain(`第 ${parsedFixture(file).header.issueNumber} 期`)
    await app.findByText(/^正在读：.*（1\/\d+）$/)
    // A part may take several pieces (the first: the header, then its title); the player ends each in turn.
    let ended = first
    while (app.queryByText(/^正在读：.*（1\/\d+）$/) !== null) {
      app.wx.audio.finishPlaying()
      const before = ended
      ended = await app.waitFor(() => (app.wx.audio.playing !== null && app.wx.audio.playing !== before ? app.wx.audio.playing : undefined), 'the next piece to play')
      await app.settle()
    }
    expect(app.wx.speech.spoken.join('')).toContain(parsedFixture(file).body.title)
    await app.findByText(/^正在读：.*（2\/\d+）$/)
    const marked = (): WxmlElement[] => app.page.elements().flatMap(function find(node): WxmlElement[] {
      if (typeof node === 'string') return []
      return [...(String(node.attrs.class ?? '').includes('bulletin-article__reading') ? [node] : []), ...node.children.flatMap(find)]
    })
    await app.waitFor(() => marked().length === 1 || undefined, 'the part being read marked on the page')
    expect(app.wx.speech.spoken.every(piece => [...piece].length <= 100)).toBe(true)

    app.tap(app.getByRole('button', { name: '暂停' }))
    await app.findByText(/^已暂停：/)
    expect(app.wx.audio.playing).toBeNull()
    app.tap(app.getByRole('button', { name: '继续听' }))
    await app.findByText(/^正在读：.*（2\/\d+）$/)
    await app.waitFor(() => app.wx.audio.playing, 'the part to play on')
    app.tap(app.getByRole('button', { name: '停止朗读' }))
    await app.findByRole('button', { name: /^听简报/ })
    expect(app.wx.audio.playing).toBeNull()
    app.close()
  })
})
