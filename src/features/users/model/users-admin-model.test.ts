import { describe, expect, it } from 'vitest'
import type { UserSummary } from '../../../domain/contracts/users'
import { backToPicker, canProceed, chooseRole, CLOSED_ROLE_CHANGE, proceedToConfirm, startRoleChange } from './role-change-flow'
import { describeRoleChange, ROLE_CHOICES } from './role-choices'
import { hasWorkbench, toolsForRole, type StaffTool } from './staff-tools'
import { appendUserPage, noUsersMessage, normaliseUserSearch, replaceUser, startUserList, userListHeading } from './user-list'
import { joinedOn, userRowView } from './user-row'

function user(overrides: Partial<UserSummary> = {}): UserSummary {
  return { userId: 'u-worker', nickname: '张师傅', role: 'worker', phoneTail: '8000', createdAt: '2026-11-01T02:00:00.000Z', ...overrides }
}

describe('role picker choices', () => {
  it('offers the four roles in words, each with one line on what it can do', () => {
    expect(ROLE_CHOICES.map(choice => choice.label)).toEqual(['职工', '工会工作人员', '律师', '管理员'])
    for (const choice of ROLE_CHOICES) expect(choice.summary.length).toBeGreaterThan(5)
    expect(ROLE_CHOICES.find(choice => choice.role === 'admin')?.summary).toContain('修改其他人的角色')
  })
})

describe('role change confirmation', () => {
  it('says from what to what, and what a worker made staff can now do', () => {
    const summary = describeRoleChange('张师傅', 'worker', 'staff')
    expect(summary.title).toBe('把“张师傅”改为工会工作人员？')
    expect(summary.message).toContain('“张师傅”的角色将从“职工”改为“工会工作人员”')
    expect(summary.message).toContain('改后可以发布资讯、管理驿站、处理驿站问题反馈')
    expect(summary.message).not.toContain('不能再')
  })

  it('says plainly what an admin made a worker can no longer do', () => {
    const { message } = describeRoleChange('赵主任', 'admin', 'worker')
    expect(message).toContain('改后不能再发布资讯、管理驿站、处理驿站问题反馈；修改其他人的角色')
    expect(message).not.toContain('改后可以')
  })

  it('lists both what is gained and what is lost when staff become a lawyer', () => {
    const { message } = describeRoleChange('李干事', 'staff', 'lawyer')
    expect(message).toContain('改后可以接待分给自己的法律咨询')
    expect(message).toContain('改后不能再发布资讯、管理驿站、处理驿站问题反馈')
  })

  it('says when the change takes effect', () => {
    expect(describeRoleChange('张师傅', 'worker', 'lawyer').message).toContain('改动马上生效')
  })
})

describe('role change steps', () => {
  it('opens on the current role, so 下一步 waits for another choice', () => {
    const flow = startRoleChange(user())
    expect(flow).toMatchObject({ step: 'picking', chosen: 'worker' })
    expect(canProceed(flow)).toBe(false)
    expect(proceedToConfirm(flow)).toBe(flow)
  })

  it('goes to the confirmation once another role is chosen, and back keeps the choice', () => {
    const picked = chooseRole(startRoleChange(user()), 'staff')
    expect(canProceed(picked)).toBe(true)
    const confirming = proceedToConfirm(picked)
    expect(confirming).toMatchObject({ step: 'confirming', chosen: 'staff' })
    expect(backToPicker(confirming)).toMatchObject({ step: 'picking', chosen: 'staff' })
  })

  it('ignores a choice while the confirmation is showing or nothing is open', () => {
    const confirming = proceedToConfirm(chooseRole(startRoleChange(user()), 'staff'))
    expect(chooseRole(confirming, 'admin')).toBe(confirming)
    expect(chooseRole(CLOSED_ROLE_CHANGE, 'admin')).toBe(CLOSED_ROLE_CHANGE)
    expect(canProceed(CLOSED_ROLE_CHANGE)).toBe(false)
  })
})

describe('admin user list', () => {
  it('adds the next page without showing a person twice when someone joined in between', () => {
    const first = startUserList({ items: [user({ userId: 'a' }), user({ userId: 'b' })], nextCursor: 'o2' })
    const next = appendUserPage(first, { items: [user({ userId: 'b' }), user({ userId: 'c' })], nextCursor: null })
    expect(next.items.map(item => item.userId)).toEqual(['a', 'b', 'c'])
    expect(next.nextCursor).toBeNull()
  })

  it('puts the server’s answer in place of the changed row only', () => {
    const list = startUserList({ items: [user({ userId: 'a' }), user({ userId: 'b' })], nextCursor: 'o2' })
    const updated = replaceUser(list, user({ userId: 'b', role: 'staff' }))
    expect(updated.items.map(item => item.role)).toEqual(['worker', 'staff'])
    expect(updated.nextCursor).toBe('o2')
  })

  it('trims what the admin typed', () => {
    expect(normaliseUserSearch('  8000 ')).toBe('8000')
  })

  it('says what was searched for when nobody matches', () => {
    expect(noUsersMessage('')).toBe('还没有用户')
    expect(noUsersMessage('8000')).toBe('没有手机尾号是 8000 的用户')
    expect(noUsersMessage('张')).toBe('没有昵称里有“张”的用户')
    expect(noUsersMessage('aaaddb2036c2 36b41da3e439')).toBe('没有用户编号是 aaaddb2036c236b41da3e439 的用户')
  })

  it('heads the list with the search and how many are shown', () => {
    const partial = startUserList({ items: [user()], nextCursor: 'o20' })
    const whole = startUserList({ items: [user()], nextCursor: null })
    expect(userListHeading('', partial)).toBe('全部用户，新加入的在前，已显示 1 人')
    expect(userListHeading('8000', whole)).toBe('手机尾号 8000，共 1 人')
    expect(userListHeading('张', whole)).toBe('昵称里有“张”，共 1 人')
    expect(userListHeading('AAADDB2036C236B41DA3E439', whole)).toBe('用户编号 aaaddb2036c236b41da3e439，共 1 人')
  })
})

describe('user rows', () => {
  it('shows the joined day in Shanghai, not the phone’s zone', () => {
    // 17:30 UTC on 2 November is already 3 November in Shanghai (the client tests run in New York).
    expect(joinedOn('2026-11-02T17:30:00.000Z')).toBe('2026年11月3日加入')
  })

  it('shows the role in words and the phone tail, or that no phone is bound', () => {
    expect(userRowView(user({ role: 'lawyer' }))).toMatchObject({ nickname: '张师傅', role: '律师', phone: '手机尾号 8000', changeRoleLabel: '修改张师傅的角色' })
    expect(userRowView(user({ phoneTail: null })).phone).toBe('未绑定手机')
  })
})

describe('工作台 tools', () => {
  const tools: StaffTool[] = [
    { label: '用户与角色', description: '修改角色', icon: 'me', path: '/packages/staff/users/index', roles: ['admin'] },
    { label: '发布资讯', description: '发布', icon: 'news', path: '/packages/staff/bulletins-editor/index', roles: ['staff', 'admin'] },
    { label: '误配', description: '不该给职工', icon: 'info', path: '/packages/staff/x/index', roles: ['worker'] },
  ]

  it('is for staff, lawyers and admins, never workers', () => {
    expect(hasWorkbench('worker')).toBe(false)
    expect((['staff', 'lawyer', 'admin'] as const).every(hasWorkbench)).toBe(true)
  })

  it('shows each role only its own tools, in the page’s order', () => {
    expect(toolsForRole('admin', tools).map(tool => tool.label)).toEqual(['用户与角色', '发布资讯'])
    expect(toolsForRole('staff', tools).map(tool => tool.label)).toEqual(['发布资讯'])
    expect(toolsForRole('lawyer', tools)).toEqual([])
  })

  it('gives a worker no tools even when a tool is mistakenly listed for workers', () => {
    expect(toolsForRole('worker', tools)).toEqual([])
  })
})
