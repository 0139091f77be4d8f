import type { Role } from '../../src/domain/contracts/roles'
import { usersContract, type UserSummary } from '../../src/domain/contracts/users'
import { AppError } from '../runtime/app-error'
import type { CallerContext } from '../runtime/create-function'
import type { UsersRepository } from '../runtime/repositories/users-repository'
import { toUserSummary } from './profile-view'

const PAGE_SIZE = 20

/** The offset cursor of the admin user list; opaque to clients. */
function readCursor(cursor: string | undefined): number {
  if (!cursor) return 0
  const match = /^o(\d{1,6})$/.exec(cursor)
  return match ? Number(match[1]) : 0
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Admin-only: find people and set their role. Roles are never self-assigned. */
export function userAdminService(deps: { readonly users: UsersRepository }) {
  return {
    async listUsers(query: { search?: string; cursor?: string }): Promise<{ items: UserSummary[]; nextCursor: string | null }> {
      const skip = readCursor(query.cursor)
      const search = query.search?.trim() ?? ''
      const byPhoneTail = /^\d{4}$/.test(search)
      const page = await deps.users.list({
        ...(search && !byPhoneTail ? { nicknamePattern: new RegExp(escapeRegExp(search)) } : {}),
        ...(byPhoneTail ? { phoneTail: search } : {}),
        skip,
        limit: PAGE_SIZE + 1,
      })
      return {
        items: page.slice(0, PAGE_SIZE).map(toUserSummary),
        nextCursor: page.length > PAGE_SIZE ? `o${skip + PAGE_SIZE}` : null,
      }
    },
    async setRole(change: { userId: string; role: Role }, context: CallerContext): Promise<UserSummary> {
      if (change.userId === context.userId) {
        throw new AppError(usersContract.errors.CannotChangeOwnRole, '不能修改自己的角色，请让其他管理员操作')
      }
      const user = await deps.users.findById(change.userId)
      if (!user) throw new AppError(usersContract.errors.UserNotFound, '没有找到这个用户')
      await deps.users.update(user._id, { role: change.role })
      context.auditTarget({ userId: user._id, from: user.role, to: change.role })
      const updated = await deps.users.findById(user._id)
      if (!updated) throw new AppError(usersContract.errors.UserNotFound, '没有找到这个用户')
      return toUserSummary(updated)
    },
  }
}
