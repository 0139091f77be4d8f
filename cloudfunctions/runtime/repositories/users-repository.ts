import type { ConsentKind, ConsentRecord } from '../../../src/domain/contracts/users'
import type { Role } from '../../../src/domain/contracts/roles'
import type { Database } from '../cloudbase-app'
import type { Transaction } from '../transaction'
import { typedCollection, type StoredDocument } from '../typed-collection'

export const USERS_COLLECTION = 'users'

/** A person as stored. `_id` is the pseudonymous user id (see `userIdFor`); the openid stays here. */
export interface UserDocument extends StoredDocument {
  readonly openid: string
  readonly nickname: string
  readonly role: Role
  readonly phone: string | null
  readonly largeText: boolean
  readonly consents: Readonly<Partial<Record<ConsentKind, ConsentRecord>>>
  readonly createdAt: Date
  readonly updatedAt: Date
}

export interface UserListQuery {
  readonly nicknamePattern?: RegExp
  readonly phoneTail?: string
  readonly skip: number
  readonly limit: number
}

export function usersRepository(db: Database) {
  const users = typedCollection<UserDocument>(db, USERS_COLLECTION)
  return {
    findById: (userId: string) => users.findById(userId),
    /** Creates the profile; false when it already exists (first visits may race). */
    async create(user: UserDocument): Promise<boolean> {
      try {
        await users.insert(user)
        return true
      } catch (error) {
        if ((await users.findById(user._id)) !== null) return false
        throw error
      }
    },
    async update(userId: string, changes: Partial<Omit<UserDocument, '_id' | 'openid' | 'createdAt'>>): Promise<boolean> {
      return await users.updateById(userId, { ...changes, updatedAt: new Date() })
    },
    async setConsent(userId: string, kind: ConsentKind, record: ConsentRecord): Promise<boolean> {
      return await users.updateById(userId, { consents: { [kind]: record }, updatedAt: new Date() })
    },
    async list(query: UserListQuery): Promise<UserDocument[]> {
      const filter: Record<string, unknown> = {}
      if (query.nicknamePattern) filter.nickname = db.RegExp({ regexp: query.nicknamePattern.source, options: 'i' })
      if (query.phoneTail) filter.phone = db.RegExp({ regexp: `${query.phoneTail}$` })
      return await users.find(filter, {
        orderBy: [['createdAt', 'desc'], ['_id', 'asc']],
        skip: query.skip,
        limit: query.limit,
      })
    },
    /** People with one of these roles (staff, lawyers: a feature's hosts and handlers), by nickname. */
    async withRoles(roles: readonly Role[], limit: number): Promise<UserDocument[]> {
      return await users.find({ role: db.command.in([...roles]) }, { orderBy: [['nickname', 'asc'], ['_id', 'asc']], limit })
    },
    remove: (userId: string) => users.removeById(userId),
    /** The same records inside a transaction, for a change that is audited with it. */
    in(transaction: Transaction) {
      const inTransaction = transaction.collection<UserDocument>(USERS_COLLECTION)
      return {
        findById: (userId: string) => inTransaction.findById(userId),
        async update(userId: string, changes: Partial<Omit<UserDocument, '_id' | 'openid' | 'createdAt'>>): Promise<void> {
          await inTransaction.updateById(userId, { ...changes, updatedAt: new Date() })
        },
      }
    },
    /**
     * The openids of people, to address WeChat messages to them; never logged or stored elsewhere.
     * Someone who deleted their data is missing from the answer.
     */
    async openidsOf(userIds: readonly string[]): Promise<Map<string, string>> {
      if (userIds.length === 0) return new Map()
      const found = await users.find({ _id: db.command.in([...userIds]) }, { fields: { openid: true }, limit: userIds.length })
      return new Map(found.map(user => [user._id, user.openid]))
    },
    /** Role of a user, or undefined before their first visit. */
    async roleOf(userId: string): Promise<Role | undefined> {
      const [user] = await users.find({ _id: userId }, { fields: { role: true }, limit: 1 })
      return user?.role
    },
  }
}

export type UsersRepository = ReturnType<typeof usersRepository>
