import { describe, expect, it } from 'vitest'
import { isOwnUpload, storagePathOf, uploadFolder } from './upload-folder'

const mine = 'cloud://local.6c6f-local-1250000000/station-reports/u-mine/2026-11/a.jpg'

describe('upload folders', () => {
  it('puts each person’s uploads in a folder of their own per kind', () => {
    expect(uploadFolder('station-reports', 'u-mine')).toBe('station-reports/u-mine/')
  })

  it('accepts a file only in the person’s own folder', () => {
    expect(isOwnUpload(mine, 'u-mine', 'station-reports')).toBe(true)
    expect(isOwnUpload(mine, 'u-mine')).toBe(true)
    expect(isOwnUpload(mine, 'u-other')).toBe(false)
    expect(isOwnUpload(mine, 'u-min')).toBe(false)
    expect(isOwnUpload(mine, 'u-mine', 'station-photos')).toBe(false)
    expect(isOwnUpload(mine, '')).toBe(false)
  })

  it('refuses paths that only look like the person’s folder', () => {
    expect(isOwnUpload('cloud://local.b/station-reports/u-mine/../u-other/a.jpg', 'u-mine')).toBe(false)
    expect(isOwnUpload('cloud://local.b/station-reports/2026-11/a.jpg', 'u-mine')).toBe(false)
    expect(isOwnUpload('station-reports/u-mine/a.jpg', 'u-mine')).toBe(false)
  })

  it('reads the path of a file id', () => {
    expect(storagePathOf(mine)).toBe('station-reports/u-mine/2026-11/a.jpg')
    expect(storagePathOf('not a file id')).toBeNull()
  })
})
