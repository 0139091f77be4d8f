import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeCloudFunction, type ReceivedCall } from '../../../test/client/fake-cloud-function'
import { taroMock } from '../../../test/client/taro-mock'
import { typeInto } from '../../../test/client/type-into'
import { BULLETIN_FIXTURES, fixtureText } from '../../../test/support/bulletin-fixtures'
import type { Bulletin } from '../../domain/bulletins/bulletin'
import type { BulletinDetail } from '../../domain/contracts/bulletins'
import { parseBulletin } from '../../domain/bulletins/parse-bulletin'
import { BulletinEditorScreen } from './components/bulletin-editor-screen'

Object.assign(taroMock, {
  pageScrollTo: vi.fn(() => Promise.resolve({ errMsg: 'pageScrollTo:ok' })),
})

const kinds = [
  { key: 'work-brief', label: '工作简报', order: 10 },
  { key: 'notice', label: '通知公告', order: 20 },
]

function parsed(text: string): Bulletin {
  const result = parseBulletin(text)
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return result.bulletin
}

/** The bulletins function as staff meet it: parseText runs the real parser, as the function does; saveDraft keeps what it is sent. */
function bulletinsFunction(): ReceivedCall[] {
  return fakeCloudFunction('bulletins', (action, payload) => {
    const input = payload as Record<string, unknown>
    switch (action) {
      case 'listKinds':
        return { ok: true, data: kinds }
      case 'parseText': {
        const result = parseBulletin(String(input.text))
        return { ok: true, data: result.ok ? { ...result, duplicates: [] } : result }
      }
      case 'saveDraft': {
        const bulletin = input.bulletin as Bulletin
        const saved: BulletinDetail = { id: 'd1', kind: String(input.kind), status: 'draft', ...bulletin, summary: '', readCount: 0, publishedAt: null, updatedAt: '2018-01-05T02:00:00.000Z', revision: 1 }
        return { ok: true, data: { bulletin: saved, duplicates: [] } }
      }
      default:
        return { ok: false, error: { code: 'COMMON.UNKNOWN_ACTION', message: action } }
    }
  })
}

// A whole bulletin makes a long form: jsdom takes its time to lay it out on a busy machine.
const LONG_FORM = { timeout: 15_000 }

async function paste(text: string): Promise<void> {
  // Taro's text area draws its inner <textarea> a moment after it appears; a value set before that is lost.
  const host = await screen.findByLabelText('简报全文')
  await waitFor(() => expect(host.querySelector('textarea')).not.toBeNull())
  typeInto(host, text)
  await waitFor(() => expect(host.closest('.ui-field')?.querySelector('.ui-field__count')?.textContent).toBe(`${text.length}/200000`))
  fireEvent.click(screen.getByRole('button', { name: '识别' }))
  await screen.findByText('识别结果', undefined, LONG_FORM)
}

// The points of the form as staff see them: level and number.
function formPoints(container: HTMLElement): string[] {
  return [...container.querySelectorAll('.bulletin-form__point-title')].map(title => (title.textContent ?? '').replace(/\s+/g, ' ').trim())
}

beforeEach(() => {
  bulletinsFunction()
})

describe('pasting a bulletin into the staff editor', { timeout: 60_000 }, () => {
  it.each(BULLETIN_FIXTURES)('reads $file by paste and saves exactly what was read', async ({ file }) => {
    const calls = bulletinsFunction()
    const text = fixtureText(file)
    const { container } = render(<BulletinEditorScreen id={null} />)
    await paste(text)
    const bulletin = parsed(text)
    const points = bulletin.body.items.flatMap(item => item.points)
    expect(container.querySelectorAll('.bulletin-form__point')).toHaveLength(points.length)
    fireEvent.click(screen.getByRole('button', { name: '保存草稿' }))
    await waitFor(() => expect(calls.some(call => call.action === 'saveDraft')).toBe(true), LONG_FORM)
    expect((calls.find(call => call.action === 'saveDraft')?.payload as { bulletin: Bulletin }).bulletin).toEqual(bulletin)
  })

  it('shows each point with its level in words, indented, and lists them under their item in what was recognised', async () => {
    const { container } = render(<BulletinEditorScreen id={null} />)
    await paste(fixtureText('notice-spring-festival-aid-2018.txt'))
    expect(formPoints(container).slice(0, 4)).toEqual(['第二级小点 （一）', '第三级小点 1.', '第三级小点 2.', '第二级小点 （二）'])
    expect(container.querySelectorAll('.bulletin-form__point--level-4')).toHaveLength(2)
    expect(screen.getByText('（1）因自然灾害造成家庭财产重大损失的；').closest('.recognition__row')?.className).toContain('recognition__row--depth-4')
  })

  it('lets staff fix a level the parser read wrong, and saves the bulletin with the new levels', async () => {
    const calls = bulletinsFunction()
    const { container } = render(<BulletinEditorScreen id={null} />)
    await paste(fixtureText('notice-spring-festival-aid-2018.txt'))
    // 2.单亲… should sit under 1.因病…: demote it; then the second level's （二） cannot go further down.
    fireEvent.click(screen.getByRole('button', { name: '把第 1 项的第 3 个小点降一级' }))
    expect(formPoints(container).slice(0, 4)).toEqual(['第二级小点 （一）', '第三级小点 1.', '第四级小点 （1）', '第二级小点 （二）'])
    expect(screen.getByRole('button', { name: '把第 1 项的第 1 个小点升一级' }).getAttribute('aria-disabled')).toBe('true')
    // And back up again.
    fireEvent.click(screen.getByRole('button', { name: '把第 1 项的第 3 个小点升一级' }))
    expect(formPoints(container).slice(0, 4)).toEqual(['第二级小点 （一）', '第三级小点 1.', '第三级小点 2.', '第二级小点 （二）'])
    fireEvent.click(screen.getByRole('button', { name: '把第 1 项的第 3 个小点降一级' }))
    fireEvent.click(screen.getByRole('button', { name: '保存草稿' }))
    await waitFor(() => expect(calls.some(call => call.action === 'saveDraft')).toBe(true), LONG_FORM)
    const saved = (calls.find(call => call.action === 'saveDraft')?.payload as { bulletin: Bulletin }).bulletin
    expect(saved.body.items[0]?.points.slice(0, 3).map(point => [point.level, point.label, point.lead])).toEqual([
      [2, '（一）', '在档困难职工。'],
      [3, '1.', '因病、因残、因子女就学导致生活困难的职工家庭。'],
      [4, '（1）', '单亲困难女职工家庭。'],
    ])
  })

  it('shows the points in the preview as workers will see them', async () => {
    render(<BulletinEditorScreen id={null} />)
    await paste(fixtureText('jingzhou-work-brief-2017-no13.txt'))
    fireEvent.click(screen.getByRole('button', { name: '预览' }))
    expect(await screen.findByRole('heading', { level: 5, name: '（2）人员配备。' }, LONG_FORM)).toBeTruthy()
    expect(screen.getByRole('heading', { level: 3, name: '（一）工会改革取得突破性进展' })).toBeTruthy()
  })

  it('puts the rule’s message beside a point label typed wrong', async () => {
    const { container } = render(<BulletinEditorScreen id={null} />)
    await paste(fixtureText('jingzhou-work-brief-2017-no11.txt'))
    const label = container.querySelector('.bulletin-form__point taro-input-core')
    if (!label) throw new Error('no point label field')
    await waitFor(() => expect(label.querySelector('input')).not.toBeNull())
    typeInto(label, '（三）')
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '预览' }))
      await Promise.resolve()
    })
    expect(screen.getByText(/第 1 项第 1 个小点的编号：新一级的第一个小点应从“（一）”编起$/)).toBeTruthy()
    expect(screen.getByLabelText('编号，新一级的第一个小点应从“（一）”编起')).toBe(label)
  })
})
