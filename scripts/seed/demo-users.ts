import type { Role } from '../../src/domain/contracts/roles'
import type { Database } from '../../cloudfunctions/runtime/cloudbase-app'
import { userIdFor } from '../../cloudfunctions/runtime/identity'
import { usersRepository } from '../../cloudfunctions/runtime/repositories/users-repository'

/** The local identities the H5 identity switcher offers; their openids are what the gateway injects. */
export const DEMO_IDENTITIES: readonly { readonly openid: string; readonly role: Role; readonly nickname: string }[] = [
  { openid: 'demo-worker', role: 'worker', nickname: '张师傅' },
  { openid: 'demo-staff', role: 'staff', nickname: '李干事' },
  { openid: 'demo-lawyer', role: 'lawyer', nickname: '王律师' },
  { openid: 'demo-admin', role: 'admin', nickname: '赵主任' },
]

/** Creates the demo people with their roles; existing ones are left as they are. */
export async function seedDemoUsers(db: Database, now: Date): Promise<number> {
  const users = usersRepository(db)
  let created = 0
  for (const identity of DEMO_IDENTITIES) {
    const wasCreated = await users.create({
      _id: userIdFor(identity.openid),
      openid: identity.openid,
      nickname: identity.nickname,
      role: identity.role,
      phone: null,
      largeText: false,
      consents: {},
      createdAt: now,
      updatedAt: now,
    })
    if (wasCreated) created += 1
  }
  return created
}
