import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { subscribeDataRefresh } from '../../lib/data-refresh'
import { readDemoOpenid } from '../../lib/demo-openid'
import { LocalIdentityBar } from './components/local-identity-bar'

describe('local demo identity bar', () => {
  it('is clearly labelled as a local demo and offers the four seeded people', () => {
    render(<LocalIdentityBar />)
    expect(screen.getByText('本地演示身份（仅本地调试）')).toBeTruthy()
    expect(screen.getAllByRole('radio').map(option => option.getAttribute('aria-label'))).toEqual(['职工', '工会工作人员', '律师', '管理员'])
  })

  it('starts as the demo worker, marked with words for assistive tech and a tick on screen', () => {
    render(<LocalIdentityBar />)
    const worker = screen.getByRole('radio', { name: '职工' })
    expect(worker.getAttribute('aria-checked')).toBe('true')
    expect(worker.querySelector('.ui-icon')).not.toBeNull()
  })

  it('switches the identity the gateway calls carry, remembers it, and reloads the data', () => {
    const refreshed = vi.fn()
    const unsubscribe = subscribeDataRefresh(refreshed)
    render(<LocalIdentityBar />)

    fireEvent.click(screen.getByRole('radio', { name: '律师' }))

    expect(readDemoOpenid()).toBe('demo-lawyer')
    expect(localStorage.getItem('local-stack.demo-openid')).toBe('demo-lawyer')
    expect(refreshed).toHaveBeenCalledTimes(1)
    expect(screen.getByRole('radio', { name: '律师' }).getAttribute('aria-checked')).toBe('true')
    unsubscribe()
  })

  it('makes room for itself above the pages', () => {
    const { unmount } = render(<LocalIdentityBar />)
    expect(document.body.classList.contains('local-identity-bar-shown')).toBe(true)
    unmount()
    expect(document.body.classList.contains('local-identity-bar-shown')).toBe(false)
  })
})
