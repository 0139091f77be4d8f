import { describe, expect, it } from 'vitest'
import { storage } from '../../test/client/taro-mock'
import { ELDER_MODE_SCALE, getElderMode, setElderMode, systemTextScale, textScale } from './text-scale'

describe('text scale', () => {
  it('follows a larger WeChat font setting in proportion', () => {
    expect(systemTextScale(17)).toBe(1)
    expect(systemTextScale(20)).toBe(1.18)
  })

  it('never shrinks our type below its designed size', () => {
    expect(systemTextScale(14)).toBe(1)
    expect(systemTextScale(undefined)).toBe(1)
    expect(systemTextScale(Number.NaN)).toBe(1)
  })

  it('enlarges all type by a quarter in 长辈模式, on top of the WeChat setting', () => {
    expect(textScale(true, 1)).toBe(ELDER_MODE_SCALE)
    expect(textScale(true, 1.18)).toBe(1.48)
    expect(textScale(false, 1.18)).toBe(1.18)
  })

  it('caps the scale so layouts still fit a narrow phone', () => {
    expect(textScale(true, systemTextScale(40))).toBe(1.75)
  })

  it('remembers 长辈模式 on the phone', () => {
    setElderMode(true)
    expect(getElderMode()).toBe(true)
    expect(storage.get('ui.elder-mode.v1')).toBe(true)
    setElderMode(false)
    expect(storage.get('ui.elder-mode.v1')).toBe(false)
  })
})
