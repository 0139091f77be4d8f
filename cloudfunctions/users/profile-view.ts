import type { MyProfile, UserSummary } from '../../src/domain/contracts/users'
import { maskPhone, phoneTail } from '../../src/domain/users/mask-phone'
import type { UserDocument } from '../runtime/repositories/users-repository'

/** What the person sees of their own record: the phone masked, the openid never. */
export function toMyProfile(user: UserDocument): MyProfile {
  return {
    userId: user._id,
    nickname: user.nickname,
    role: user.role,
    phoneMasked: user.phone ? maskPhone(user.phone) : null,
    largeText: user.largeText,
    consents: user.consents,
    createdAt: user.createdAt.toISOString(),
  }
}

/** What an admin sees in the user list: enough to find someone, not to contact them. */
export function toUserSummary(user: UserDocument): UserSummary {
  return {
    userId: user._id,
    nickname: user.nickname,
    role: user.role,
    phoneTail: user.phone ? phoneTail(user.phone) : null,
    createdAt: user.createdAt.toISOString(),
  }
}
