import type { ConsentKind, MyProfile } from '../../src/domain/contracts/users'
import { usersContract } from '../../src/domain/contracts/users'
import { uploadFolder, type UploadArea } from '../../src/domain/storage/upload-folder'
import { defaultNickname } from '../../src/domain/users/default-nickname'
import { AppError } from '../runtime/app-error'
import type { CallerContext } from '../runtime/create-function'
import { signedInUser } from '../runtime/signed-in-user'
import type { UserDocument, UsersRepository } from '../runtime/repositories/users-repository'
import type { PhoneNumberGateway } from './phone-number-gateway'
import { toMyProfile } from './profile-view'

export interface ProfileServiceDependencies {
  readonly users: UsersRepository
  readonly phoneNumbers: PhoneNumberGateway
  readonly now: () => Date
}

/** A person's own profile: created on the first visit, changed only by its owner. */
export function profileService(deps: ProfileServiceDependencies) {
  async function ensureProfile(context: CallerContext): Promise<UserDocument> {
    const { userId, openid } = signedInUser(context)
    const existing = await deps.users.findById(userId)
    if (existing) return existing
    const now = deps.now()
    const fresh: UserDocument = {
      _id: userId,
      openid,
      nickname: defaultNickname(userId),
      role: 'worker',
      phone: null,
      largeText: false,
      consents: {},
      createdAt: now,
      updatedAt: now,
    }
    // Two first requests may race; the deterministic _id lets only one create, and both read the same.
    if (await deps.users.create(fresh)) return fresh
    const created = await deps.users.findById(userId)
    if (!created) throw new Error('profile vanished right after it was created')
    return created
  }

  async function reload(userId: string): Promise<MyProfile> {
    const user = await deps.users.findById(userId)
    if (!user) throw new AppError(usersContract.errors.UserNotFound, '您的资料已删除，请重新打开“我的”')
    return toMyProfile(user)
  }

  return {
    async getMe(context: CallerContext): Promise<MyProfile> {
      return toMyProfile(await ensureProfile(context))
    },
    /** No profile is needed (or made): the folder follows from who is calling. */
    uploadFolder(area: UploadArea, context: CallerContext): Promise<{ folder: string }> {
      return Promise.resolve({ folder: uploadFolder(area, signedInUser(context).userId) })
    },
    async updatePreferences(changes: { nickname?: string; largeText?: boolean }, context: CallerContext): Promise<MyProfile> {
      const user = await ensureProfile(context)
      const update: { nickname?: string; largeText?: boolean } = {}
      if (changes.nickname !== undefined) update.nickname = changes.nickname
      if (changes.largeText !== undefined) update.largeText = changes.largeText
      if (Object.keys(update).length > 0) await deps.users.update(user._id, update)
      return await reload(user._id)
    },
    async recordConsent(decision: { kind: ConsentKind; version: string; granted: boolean }, context: CallerContext): Promise<MyProfile> {
      const user = await ensureProfile(context)
      await deps.users.setConsent(user._id, decision.kind, {
        version: decision.version,
        granted: decision.granted,
        decidedAt: deps.now().toISOString(),
      })
      return await reload(user._id)
    },
    async bindPhone(code: string, context: CallerContext): Promise<MyProfile> {
      const user = await ensureProfile(context)
      const phone = await deps.phoneNumbers(code)
      if (!phone) throw new AppError(usersContract.errors.PhoneCodeInvalid, '微信没有确认手机号，请再点一次按钮')
      await deps.users.update(user._id, { phone })
      return await reload(user._id)
    },
  }
}
