import type { Role } from '../../src/domain/contracts/roles'
import { usersContract, type UserSummary } from '../../src/domain/contracts/users'
import { readUserSearch } from '../../src/domain/users/user-search'
import { AppError } from '../runtime/app-error'
import { transactionOf, type CallerContext } from '../runtime/create-function'
import { literalPattern } from '../runtime/literal-pattern'
import { offsetPage, pageOffset } from '../runtime/offset-page'
import type { UsersRepository } from '../runtime/repositories/users-repository'
import { toUserSummary } from './profile-view'

const PAGE_SIZE = 20

/** Admin-only: find people (by nickname, phone tail or 用户编号) and set their role. Roles are never self-assigned. */
export function userAdminService(deps: { readonly users: UsersRepository }) {
  return {
    async listUsers(query: { search?: string; cursor?: string }): Promise<{ items: UserSummary[]; nextCursor: string | null }> {
      const skip = pageOffset(query.cursor)
      const search = readUserSearch(query.search ?? '')
      if (search.kind === 'user-id') {
        // One person or nobody: the 用户编号 is their document id.
        const user = skip === 0 ? await deps.users.findById(search.userId) : null
        return { items: user === null ? [] : [toUserSummary(user)], nextCursor: null }
      }
      const page = await deps.users.list({
        ...(search.kind === 'nickname' ? { nicknamePattern: new RegExp(literalPattern(search.text)) } : {}),
        ...(search.kind === 'phone-tail' ? { phoneTail: search.tail } : {}),
        skip,
        limit: PAGE_SIZE + 1,
      })
      const { items, nextCursor } = offsetPage(page, skip, PAGE_SIZE)
      return { items: items.map(toUserSummary), nextCursor }
    },
    async setRole(change: { userId: string; role: Role }, context: CallerContext): Promise<UserSummary> {
      if (change.userId === context.userId) {
        throw new AppError(usersContract.errors.CannotChangeOwnRole, '不能修改自己的角色，请让其他管理员操作')
      }
      const users = deps.users.in(transactionOf(context))
      const user = await users.findById(change.userId)
      if (!user) throw new AppError(usersContract.errors.UserNotFound, '没有找到这个用户')
      await users.update(user._id, { role: change.role })
      context.auditTarget({ userId: user._id, from: user.role, to: change.role })
      const updated = await users.findById(user._id)
      if (!updated) throw new AppError(usersContract.errors.UserNotFound, '没有找到这个用户')
      return toUserSummary(updated)
    },
  }
}
