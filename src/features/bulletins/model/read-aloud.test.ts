import { describe, expect, it } from 'vitest'
import { fixtureText } from '../../../../test/support/bulletin-fixtures'
import type { Bulletin } from '../../../domain/bulletins/bulletin'
import { parseBulletin } from '../../../domain/bulletins/parse-bulletin'
import { currentPiece, failureWords, nextPiece, READ_ALOUD_IDLE, readAloudReducer, type ReadAloudAction, type ReadAloudState } from './read-aloud-state'
import { readingPlan, type ReadingSegment } from './reading-plan'

function fixture(file: string): Bulletin {
  const result = parseBulletin(fixtureText(file))
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return result.bulletin
}

const wechatLimits = { chars: 100, bytes: 1000 }

describe('what 听简报 reads, and in what order', () => {
  const plan = readingPlan(fixture('jingzhou-work-brief-2017-no13.txt'), wechatLimits)

  it('reads the title with issue, date and issuer, the intro, each item, then the number to call', () => {
    expect(plan.map((segment) => [segment.anchor, segment.name])).toEqual([
      ['bulletin-masthead', '标题'],
      ['bulletin-intro', '导语'],
      ['bulletin-item-1', '第 1 项'],
      ['bulletin-item-2', '第 2 项'],
      ['bulletin-closing', '联系电话'],
    ])
    expect(plan[0]?.pieces).toEqual(['市总工会 2017 年工作总结和 2018 年工作打算。', '第 13 期，2017年12月29日，荆州市总工会。'])
    expect(plan[4]?.pieces).toEqual(['联系电话：8 2 1 9 2 6 2。'])
  })

  it('reads an item with the points below it at every level, their labels said plainly', () => {
    const text = plan[2]?.pieces.join('') ?? ''
    expect(text.startsWith('第一项，2017 年主要工作。一、工会改革取得突破性进展。1、市级改革全面完成。')).toBe(true)
    expect(text).toContain('2、县级改革扎实推进。1、方案审批。9 个县市区工会改革方案全部经同级党委审定。2、人员配备。')
    expect(text).not.toMatch(/（[一二三四五六七八九十\d]+）/)
  })

  it('reads the 一是/二是 of a point with the point', () => {
    expect(plan[3]?.pieces.join('')).toContain('二、着力提升服务水平。一是，推进驿站提档升级。二是，开展“职工服务月”活动。')
  })

  it('cuts every part into pieces the engine accepts', () => {
    const long = readingPlan(fixture('jingzhou-work-brief-2017-no10.txt'), wechatLimits)
    for (const piece of long.flatMap((segment) => segment.pieces)) {
      expect(Array.from(piece).length).toBeLessThanOrEqual(100)
      expect(new TextEncoder().encode(piece).length).toBeLessThanOrEqual(1000)
    }
    expect(long[2]?.pieces.length).toBeGreaterThan(5)
  })

  it('leaves out what a bulletin does not have: a notice has no phone', () => {
    expect(readingPlan(fixture('notice-summer-cooling-2018.txt'), wechatLimits).map((segment) => segment.name)).toEqual(['标题', '导语', '第 1 项', '第 2 项', '第 3 项'])
  })
})

describe('reading aloud, step by step', () => {
  const plan: ReadingSegment[] = [
    { anchor: 'a', name: '标题', pieces: ['一。'] },
    { anchor: 'b', name: '第 1 项', pieces: ['二。', '三。'] },
  ]
  const run = (actions: readonly ReadAloudAction['type'][], from: ReadAloudState = READ_ALOUD_IDLE): ReadAloudState =>
    actions.reduce((state, type) => readAloudReducer(plan)(state, type === 'failed' ? { type, failure: 'network' } : { type }), from)

  it('goes piece by piece and part by part to the end', () => {
    const said: (string | null)[] = []
    let state = run(['start'])
    while (state.status === 'reading') {
      said.push(currentPiece(plan, state))
      state = run(['pieceEnded'], state)
    }
    expect(said).toEqual(['一。', '二。', '三。'])
    expect(state.status).toBe('finished')
  })

  it('pauses and goes on at the same piece without saying it afresh', () => {
    const paused = run(['start', 'pieceEnded', 'pause'])
    expect(paused).toMatchObject({ status: 'paused', segment: 1, piece: 0 })
    const resumed = run(['resume'], paused)
    expect(resumed).toMatchObject({ status: 'reading', segment: 1, piece: 0, take: paused.take })
  })

  it('after a failure, says why and tries the same piece again', () => {
    const failed = run(['start', 'pieceEnded', 'failed'])
    expect(failed).toMatchObject({ status: 'failed', segment: 1, failure: 'network' })
    expect(failureWords('network')).toBe('网络不好，朗读停下了。网络好了以后点“继续听”。')
    const again = run(['start'], failed)
    expect(again).toMatchObject({ status: 'reading', segment: 1, piece: 0, failure: null })
    expect(again.take).toBeGreaterThan(failed.take)
  })

  it('stops and starts over from the top; knows the piece that comes next', () => {
    const reading = run(['start', 'pieceEnded'])
    expect(nextPiece(plan, reading)).toBe('三。')
    expect(run(['stop', 'start'], reading)).toMatchObject({ status: 'reading', segment: 0, piece: 0 })
    expect(run(['start'], { ...READ_ALOUD_IDLE })).toMatchObject({ status: 'reading' })
    expect(readAloudReducer([])(READ_ALOUD_IDLE, { type: 'start' }).status).toBe('finished')
  })
})
