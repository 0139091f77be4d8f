import { ROLES, type Role } from '../../../domain/contracts/roles'
import { roleLabel } from './role-label'

/**
 * What each role lets a person do, in short phrases. Only what the product does today, plus legal
 * aid marked as coming, so an admin is never told a role grants something it does not.
 */
const ABILITIES = {
  browse: '看资讯、找驿站、反馈驿站问题',
  manage: '发布资讯、管理驿站、处理驿站问题反馈',
  legal: '接待分给自己的法律咨询',
  roles: '修改其他人的角色',
} as const

type Ability = keyof typeof ABILITIES

const ROLE_ABILITIES: Readonly<Record<Role, readonly Ability[]>> = {
  worker: ['browse'],
  staff: ['browse', 'manage'],
  lawyer: ['browse', 'legal'],
  admin: ['browse', 'manage', 'roles'],
}

const ROLE_SUMMARIES: Readonly<Record<Role, string>> = {
  worker: '看资讯、找驿站、反馈驿站问题。',
  staff: '职工能做的，再加上发布资讯、管理驿站、处理驿站问题反馈。',
  lawyer: '职工能做的，还可以接待分给自己的法律咨询。',
  admin: '工作人员能做的，再加上修改其他人的角色。',
}

/** One option of the role picker: the role in words and one line on what it can do. */
export interface RoleChoice {
  readonly role: Role
  readonly label: string
  readonly summary: string
}

/** The roles an admin can choose from, in the order the picker shows them. */
export const ROLE_CHOICES: readonly RoleChoice[] = ROLES.map(role => ({ role, label: roleLabel(role), summary: ROLE_SUMMARIES[role] }))

/** What the confirmation says before a role changes: from what to what, what is gained and lost. */
export interface RoleChangeSummary {
  readonly title: string
  readonly message: string
}

/** Describes changing `nickname`'s role from `from` to `to` in plain sentences. */
export function describeRoleChange(nickname: string, from: Role, to: Role): RoleChangeSummary {
  const gained = ROLE_ABILITIES[to].filter(ability => !ROLE_ABILITIES[from].includes(ability))
  const lost = ROLE_ABILITIES[from].filter(ability => !ROLE_ABILITIES[to].includes(ability))
  const sentences = [`“${nickname}”的角色将从“${roleLabel(from)}”改为“${roleLabel(to)}”。`]
  if (gained.length > 0) sentences.push(`改后可以${gained.map(ability => ABILITIES[ability]).join('；')}。`)
  if (lost.length > 0) sentences.push(`改后不能再${lost.map(ability => ABILITIES[ability]).join('；')}。`)
  sentences.push('改动马上生效；对方重新打开小程序后，“我的”里会显示新角色。')
  return { title: `把“${nickname}”改为${roleLabel(to)}？`, message: sentences.join('') }
}
