import type { UserSummary } from '../../../domain/contracts/users'
import { shanghaiParts } from '../../../domain/time/shanghai-time'
import { roleLabel } from './role-label'

/** One person in the admin list, in words. */
export interface UserRowView {
  readonly userId: string
  readonly nickname: string
  readonly role: string
  readonly phone: string
  readonly joined: string
  /** What a screen reader says for the 修改角色 button of this row. */
  readonly changeRoleLabel: string
}

/** `2026年11月3日加入`, the calendar day in Asia/Shanghai whatever the phone's zone. */
export function joinedOn(createdAt: string): string {
  const { year, month, day } = shanghaiParts(Date.parse(createdAt))
  return `${year}年${month}月${day}日加入`
}

/** The row of one person: nickname, role in words, phone tail, joined date. */
export function userRowView(user: UserSummary): UserRowView {
  return {
    userId: user.userId,
    nickname: user.nickname,
    role: roleLabel(user.role),
    phone: user.phoneTail === null ? '未绑定手机' : `手机尾号 ${user.phoneTail}`,
    joined: joinedOn(user.createdAt),
    changeRoleLabel: `修改${user.nickname}的角色`,
  }
}
