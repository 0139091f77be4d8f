import { usersContract } from '../../src/domain/contracts/users'
import { database } from '../runtime/cloudbase-app'
import { createFunction } from '../runtime/create-function'
import { idempotencyRepository } from '../runtime/repositories/idempotency-repository'
import { usersRepository } from '../runtime/repositories/users-repository'
import { storedFileLinks } from '../runtime/stored-file-links'
import { deleteStoredFiles } from '../runtime/stored-files'
import { housekeepingService } from './housekeeping-service'
import { myDataService } from './my-data-service'
import { PERSONAL_DATA_SOURCES } from './personal-data-catalogue'
import { personalDataRepository } from './personal-data-repository'
import { wechatPhoneNumberGateway } from './phone-number-gateway'
import { profileService } from './profile-service'
import { userAdminService } from './user-admin-service'

function services() {
  const db = database()
  const users = usersRepository(db)
  const now = () => new Date()
  return {
    profile: profileService({ users, phoneNumbers: wechatPhoneNumberGateway, now }),
    myData: myDataService({ users, personalData: personalDataRepository(db, PERSONAL_DATA_SOURCES), sources: PERSONAL_DATA_SOURCES, deleteFiles: deleteStoredFiles, fileLinks: storedFileLinks, now }),
    admin: userAdminService({ users }),
    housekeeping: housekeepingService({ idempotency: idempotencyRepository(db), now }),
  }
}

let built: ReturnType<typeof services> | undefined
const use = () => (built ??= services())

/** The `users` cloud function: profiles, consent, phone binding, my-data rights, roles, housekeeping. */
export const main = createFunction(usersContract, {
  getMe: (_payload, context) => use().profile.getMe(context),
  updatePreferences: (payload, context) => use().profile.updatePreferences(payload, context),
  recordConsent: (payload, context) => use().profile.recordConsent(payload, context),
  bindPhone: (payload, context) => use().profile.bindPhone(payload.code, context),
  getUploadFolder: (payload, context) => use().profile.uploadFolder(payload.area, context),
  exportMyData: (_payload, context) => use().myData.exportMyData(context),
  deleteMyData: (_payload, context) => use().myData.deleteMyData(context),
  listUsers: payload => use().admin.listUsers(payload),
  setRole: (payload, context) => use().admin.setRole(payload, context),
  purgeExpiredRecords: () => use().housekeeping.purgeExpiredRecords(),
})
