import { describe, expect, it } from 'vitest'
import { COURSE_SNAPSHOT_MAX_AGE_MS, courseSnapshots } from '../../cloudfunctions/training/course-snapshots'
import type { CourseDocument } from '../../src/domain/training/stored-documents'

function course(id: string, title: string): CourseDocument {
  return { _id: id, title } as unknown as CourseDocument
}

describe('course snapshots', () => {
  it('shares one read among the calls of the next second, then reads again', async () => {
    let now = 1_000_000
    const reads: string[] = []
    let title = '第一版'
    const snapshots = courseSnapshots(id => {
      reads.push(id)
      return Promise.resolve(course(id, title))
    }, () => now)
    const [a, b] = await Promise.all([snapshots('c1'), snapshots('c1')])
    expect([a?.title, b?.title]).toEqual(['第一版', '第一版'])
    title = '改过'
    now += COURSE_SNAPSHOT_MAX_AGE_MS
    expect((await snapshots('c1'))?.title).toBe('第一版')
    now += 1
    expect((await snapshots('c1'))?.title).toBe('改过')
    expect(await snapshots('c2')).toMatchObject({ _id: 'c2' })
    expect(reads).toEqual(['c1', 'c1', 'c2'])
  })

  it('keeps no failed read: the next call reads again', async () => {
    let attempts = 0
    const snapshots = courseSnapshots(id => {
      attempts += 1
      return attempts === 1 ? Promise.reject(new Error('database unreachable')) : Promise.resolve(course(id, '课程'))
    }, () => 0)
    await expect(snapshots('c1')).rejects.toThrow('database unreachable')
    expect((await snapshots('c1'))?.title).toBe('课程')
  })
})
