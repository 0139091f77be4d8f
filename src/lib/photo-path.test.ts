import { describe, expect, it } from 'vitest'
import { newPhotoPath } from './photo-path'

describe('where a new photo is stored', () => {
  it('goes in the folder, under the Shanghai month, with a random name', () => {
    // 2026-10-31 20:00 UTC is already November in Shanghai.
    const path = newPhotoPath('station-reports/', new Date('2026-10-31T20:00:00Z'))
    expect(path).toMatch(/^station-reports\/2026-11\/[a-z0-9]{20}\.jpg$/)
  })

  it('never gives two photos the same name', () => {
    const now = new Date('2026-11-03T06:00:00Z')
    expect(new Set(Array.from({ length: 200 }, () => newPhotoPath('station-photos/', now))).size).toBe(200)
  })
})
