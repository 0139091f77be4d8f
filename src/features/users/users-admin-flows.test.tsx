import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { fakeCloudFunction } from '../../../test/client/fake-cloud-function'
import { taroMock } from '../../../test/client/taro-mock'
import { typeInto } from '../../../test/client/type-into'
import { workerProfile } from '../../../test/client/users-fixtures'
import type { ErrorCode } from '../../domain/contracts/registry'
import type { Role } from '../../domain/contracts/roles'
import type { UserSummary } from '../../domain/contracts/users'
import { ProfileCard } from './components/profile-card'
import { PRIVACY_POLICY } from './components/privacy-policy'
import { StaffToolsSection } from './components/staff-tools-section'
import { UserRoleAdmin } from './components/user-role-admin'
import { resetProfile, setProfile } from './model/profile-store'
import type { StaffTool } from './model/staff-tools'

const ADMIN_ID = 'u-admin'

const people: UserSummary[] = [
  { userId: 'u-worker', nickname: '张师傅', role: 'worker', phoneTail: '8000', createdAt: '2026-11-02T17:30:00.000Z' },
  { userId: ADMIN_ID, nickname: '赵主任', role: 'admin', phoneTail: null, createdAt: '2026-10-01T02:00:00.000Z' },
  { userId: 'u-lawyer', nickname: '王律师', role: 'lawyer', phoneTail: '1234', createdAt: '2026-09-01T02:00:00.000Z' },
]

/** The users function's admin actions as the server answers them, two people a page. */
function fakeAdminUsersFunction(options: { forbidden?: boolean; setRoleError?: ErrorCode } = {}) {
  const users = people.map(person => ({ ...person }))
  const calls = fakeCloudFunction('users', (action, payload) => {
    if (options.forbidden) return { ok: false, error: { code: 'COMMON.FORBIDDEN', message: 'forbidden' } }
    const input = (typeof payload === 'object' && payload !== null ? payload : {}) as { search?: string; cursor?: string; userId?: string; role?: Role }
    switch (action) {
      case 'listUsers': {
        const search = input.search ?? ''
        const matching = users.filter(person =>
          search === '' ? true : /^\d{4}$/.test(search) ? person.phoneTail === search : person.nickname.includes(search),
        )
        const skip = input.cursor === undefined ? 0 : Number(input.cursor.slice(1))
        const items = matching.slice(skip, skip + 2)
        return { ok: true, data: { items, nextCursor: skip + 2 < matching.length ? `o${skip + 2}` : null } }
      }
      case 'setRole': {
        if (options.setRoleError !== undefined) return { ok: false, error: { code: options.setRoleError, message: 'refused' } }
        const person = users.find(candidate => candidate.userId === input.userId)
        if (person === undefined || input.role === undefined) return { ok: false, error: { code: 'USERS.USER_NOT_FOUND', message: 'none' } }
        person.role = input.role
        return { ok: true, data: { ...person } }
      }
      default:
        return { ok: false, error: { code: 'COMMON.UNKNOWN_ACTION', message: action } }
    }
  })
  return { calls, users }
}

function rowOf(nickname: string): HTMLElement {
  return screen.getByRole('group', { name: nickname })
}

beforeEach(() => {
  resetProfile()
})

describe('用户与角色: finding people', () => {
  it('lists people with their role in words, phone tail and joined day', async () => {
    const server = fakeAdminUsersFunction()
    render(<UserRoleAdmin />)

    expect(await screen.findByText('张师傅')).toBeTruthy()
    const row = within(rowOf('张师傅'))
    expect(row.getByText('职工')).toBeTruthy()
    expect(row.getByText('手机尾号 8000 · 2026年11月3日加入')).toBeTruthy()
    expect(within(rowOf('赵主任')).getByText('未绑定手机 · 2026年10月1日加入')).toBeTruthy()
    expect(server.calls[0]).toMatchObject({ action: 'listUsers', payload: {} })
  })

  it('searches by phone tail, trimming stray spaces', async () => {
    const server = fakeAdminUsersFunction()
    render(<UserRoleAdmin />)
    await screen.findByText('张师傅')

    typeInto(screen.getByLabelText('昵称、手机尾号或用户编号'), ' 1234 ')
    fireEvent.click(screen.getByLabelText('搜索'))

    expect(await screen.findByText('手机尾号 1234，共 1 人')).toBeTruthy()
    expect(screen.getByText('王律师')).toBeTruthy()
    expect(screen.queryByText('张师傅')).toBeNull()
    expect(server.calls.at(-1)?.payload).toEqual({ search: '1234' })
  })

  it('says plainly when nobody matches', async () => {
    fakeAdminUsersFunction()
    render(<UserRoleAdmin />)
    await screen.findByText('张师傅')

    typeInto(screen.getByLabelText('昵称、手机尾号或用户编号'), '刘')
    fireEvent.click(screen.getByLabelText('搜索'))

    expect(await screen.findByText('没有昵称里有“刘”的用户')).toBeTruthy()
  })

  it('loads the next page with the server’s cursor until everyone is shown', async () => {
    const server = fakeAdminUsersFunction()
    render(<UserRoleAdmin />)
    await screen.findByText('张师傅')
    expect(screen.queryByText('王律师')).toBeNull()

    fireEvent.click(screen.getByLabelText('加载更多'))

    expect(await screen.findByText('王律师')).toBeTruthy()
    expect(server.calls.at(-1)?.payload).toEqual({ cursor: 'o2' })
    expect(screen.getByText('已经全部显示')).toBeTruthy()
    expect(screen.queryByLabelText('加载更多')).toBeNull()
    expect(screen.getByText('全部用户，新加入的在前，共 3 人')).toBeTruthy()
  })

  it('drops a next page that arrives after a new search', async () => {
    fakeAdminUsersFunction()
    const answer = taroMock.cloud.callFunction.getMockImplementation()
    let releaseNextPage: () => void = () => undefined
    taroMock.cloud.callFunction.mockImplementation(async (options: { name: string; data: { payload: { cursor?: string } } }) => {
      if (options.data.payload.cursor !== undefined) await new Promise<void>(resolve => (releaseNextPage = resolve))
      return answer?.(options)
    })
    render(<UserRoleAdmin />)
    await screen.findByText('张师傅')

    fireEvent.click(screen.getByLabelText('加载更多'))
    typeInto(screen.getByLabelText('昵称、手机尾号或用户编号'), '张')
    fireEvent.click(screen.getByLabelText('搜索'))
    expect(await screen.findByText('昵称里有“张”，共 1 人')).toBeTruthy()
    await act(async () => {
      releaseNextPage()
      await new Promise(resolve => setTimeout(resolve, 20))
    })

    expect(screen.queryByText('王律师')).toBeNull()
    expect(screen.getByText('昵称里有“张”，共 1 人')).toBeTruthy()
  })

  it('tells someone who is not an admin that they may not use it', async () => {
    fakeAdminUsersFunction({ forbidden: true })
    render(<UserRoleAdmin />)
    expect(await screen.findByText('您没有权限做这件事')).toBeTruthy()
    // Asking again gets the same answer: no 重试 that cannot help.
    expect(screen.queryByRole('button', { name: '重试' })).toBeNull()
  })
})

describe('用户与角色: changing a role', () => {
  it('picks a role, confirms in words, saves it, and updates the row', async () => {
    const server = fakeAdminUsersFunction()
    render(<UserRoleAdmin />)
    await screen.findByText('张师傅')

    fireEvent.click(screen.getByLabelText('修改张师傅的角色'))
    const picker = screen.getByRole('dialog', { name: '修改“张师傅”的角色' })
    expect(within(picker).getAllByRole('radio')).toHaveLength(4)
    expect(within(picker).getByText('职工（已选，现在的角色）')).toBeTruthy()
    expect(within(picker).getByLabelText('下一步').getAttribute('aria-disabled')).toBe('true')

    fireEvent.click(within(picker).getByRole('radio', { name: /^工会工作人员/ }))
    expect(within(picker).getByRole('radio', { name: /^工会工作人员/ }).getAttribute('aria-checked')).toBe('true')
    fireEvent.click(within(picker).getByLabelText('下一步'))

    const confirmation = screen.getByRole('dialog', { name: '把“张师傅”改为工会工作人员？' })
    expect(within(confirmation).getByText(/将从“职工”改为“工会工作人员”。改后可以发布资讯/)).toBeTruthy()
    expect(server.calls.filter(call => call.action === 'setRole')).toEqual([])
    fireEvent.click(within(confirmation).getByLabelText('确认修改'))

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(server.calls.at(-1)).toMatchObject({ action: 'setRole', payload: { userId: 'u-worker', role: 'staff' } })
    expect(within(rowOf('张师傅')).getByText('工会工作人员')).toBeTruthy()
    expect(taroMock.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '角色已修改' }))
  })

  it('goes back to the picker from the confirmation without saving', async () => {
    const server = fakeAdminUsersFunction()
    render(<UserRoleAdmin />)
    await screen.findByText('张师傅')

    fireEvent.click(screen.getByLabelText('修改张师傅的角色'))
    fireEvent.click(screen.getByRole('radio', { name: /^律师/ }))
    fireEvent.click(screen.getByLabelText('下一步'))
    fireEvent.click(screen.getByLabelText('返回重选'))

    expect(screen.getByRole('radio', { name: /^律师/ }).getAttribute('aria-checked')).toBe('true')
    expect(server.calls.map(call => call.action)).toEqual(['listUsers'])
  })

  it('shows a refusal in plain words and leaves the row as it was', async () => {
    fakeAdminUsersFunction({ setRoleError: 'USERS.USER_NOT_FOUND' })
    render(<UserRoleAdmin />)
    await screen.findByText('张师傅')

    fireEvent.click(screen.getByLabelText('修改张师傅的角色'))
    fireEvent.click(screen.getByRole('radio', { name: /^管理员/ }))
    fireEvent.click(screen.getByLabelText('下一步'))
    fireEvent.click(screen.getByLabelText('确认修改'))

    expect(await screen.findByText('⚠ 没有找到这位用户')).toBeTruthy()
    expect(within(rowOf('张师傅')).getByText('职工')).toBeTruthy()
  })

  it('offers no 修改角色 on the admin’s own row', async () => {
    setProfile(workerProfile({ userId: ADMIN_ID, nickname: '赵主任', role: 'admin' }))
    fakeAdminUsersFunction()
    render(<UserRoleAdmin />)
    await screen.findByText('赵主任')

    expect(screen.queryByLabelText('修改赵主任的角色')).toBeNull()
    expect(within(rowOf('赵主任')).getByText(/这是您自己/)).toBeTruthy()
  })
})

describe('我的 → 工作台', () => {
  const tools: StaffTool[] = [
    { label: '用户与角色', description: '查找用户，修改他们的角色', icon: 'me', path: '/packages/staff/users/index', roles: ['admin'] },
  ]

  it('is not shown to a worker', () => {
    setProfile(workerProfile())
    render(<StaffToolsSection tools={tools} />)
    expect(screen.queryByText('工作台')).toBeNull()
  })

  it('is not shown before the profile is loaded', () => {
    render(<StaffToolsSection tools={tools} />)
    expect(screen.queryByText('工作台')).toBeNull()
  })

  it('opens an admin’s tool page from its row', () => {
    setProfile(workerProfile({ role: 'admin' }))
    render(<StaffToolsSection tools={tools} />)

    fireEvent.click(screen.getByRole('button', { name: '用户与角色，查找用户，修改他们的角色' }))

    expect(taroMock.navigateTo).toHaveBeenCalledWith({ url: '/packages/staff/users/index' })
  })

  it('tells staff when their role has no tools yet, rather than hiding the section', () => {
    setProfile(workerProfile({ role: 'staff' }))
    render(<StaffToolsSection tools={tools} />)
    expect(screen.getByText('工作台')).toBeTruthy()
    expect(screen.queryByText('用户与角色')).toBeNull()
    expect(screen.getByText(/还没有可用的工作功能/)).toBeTruthy()
  })
})

describe('用户编号 on the profile card', () => {
  it('shows the user id and copies it', async () => {
    setProfile(workerProfile({ userId: '3f9a0c11aa' }))
    render(<ProfileCard />)

    expect(screen.getByText('3f9a0c11aa')).toBeTruthy()
    fireEvent.click(screen.getByLabelText('复制编号'))

    await waitFor(() => expect(taroMock.setClipboardData).toHaveBeenCalledWith({ data: '3f9a0c11aa' }))
    await waitFor(() => expect(taroMock.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已复制' })))
  })
})

describe('privacy policy wording', () => {
  const text = PRIVACY_POLICY.flatMap(section => [section.title, ...section.paragraphs]).join('\n')

  it('describes what the product keeps today: problem reports with photos, reminders, staff action records', () => {
    expect(text).toContain('驿站问题反馈')
    expect(text).toContain('照片')
    expect(text).toContain('新资讯提醒')
    expect(text).toContain('工作人员操作记录')
  })

  it('describes legal aid and training as they run now: what each keeps, the separate consent for the case description, who sees it and for how long', () => {
    expect(text).not.toContain('还没有上线')
    expect(text).toContain('案情说明和证据照片：属于敏感个人信息，只有您另外点了同意才保存')
    expect(text).toContain('咨询办结后保存 3 年')
    expect(text).toContain('技能培训报名：姓名、手机号')
    expect(text).toContain('培训报名名单只有负责培训的工作人员能看和导出')
    expect(text).toContain('常去的驿站')
  })
})
