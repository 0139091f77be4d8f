import { afterEach, describe, expect, it, vi } from 'vitest'
import { a11yProps } from './a11y-props'

describe('a11yProps', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  it('uses the DOM’s own role and aria-* names on H5', () => {
    vi.stubEnv('TARO_ENV', 'h5')
    expect(a11yProps({ role: 'button', label: '重试', hidden: false, level: 2 })).toEqual({
      role: 'button',
      'aria-label': '重试',
      'aria-hidden': 'false',
      'aria-level': '2',
    })
  })

  it('uses the names Taro maps to WeChat’s aria-role / aria-label on weapp', () => {
    vi.stubEnv('TARO_ENV', 'weapp')
    expect(a11yProps({ role: 'switch', label: '长辈模式', checked: true })).toEqual({
      ariaRole: 'switch',
      ariaLabel: '长辈模式',
      ariaChecked: 'true',
    })
  })

  it('leaves out what was not given', () => {
    expect(a11yProps({})).toEqual({})
  })
})
