import { trainingContract } from '../../src/domain/contracts/training'
import { cloudbaseApp, database } from '../runtime/cloudbase-app'
import { createFunction } from '../runtime/create-function'
import { templateIdsFromEnvironment } from '../runtime/notifications/template-ids'
import { usersRepository } from '../runtime/repositories/users-repository'
import { storedFileLinks } from '../runtime/stored-file-links'
import { runInTransaction } from '../runtime/transaction'
import { callWechatApi } from '../runtime/wechat-open-api'
import { attendanceService } from './attendance-service'
import { courseService } from './course-service'
import { courseSnapshots } from './course-snapshots'
import { coursesRepository } from './courses-repository'
import { enrollmentsRepository } from './enrollments-repository'
import { rosterService } from './roster-service'
import { signUpService } from './sign-up-service'
import type { TrainingDependencies } from './training-dependencies'
import { trainingMessages } from './training-messages'
import { upkeepService } from './upkeep-service'

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

function services() {
  const db = database()
  const storedCourses = coursesRepository(db)
  const deps: TrainingDependencies = {
    courses: storedCourses,
    courseSnapshots: courseSnapshots(id => storedCourses.findById(id)),
    enrollments: enrollmentsRepository(db),
    users: usersRepository(db),
    messages: trainingMessages({ templateIdOf: templateIdsFromEnvironment() }),
    runInTransaction: work => runInTransaction(db, work),
    async checkInCode(scene, page) {
      const answer = await callWechatApi('/wxa/getwxacodeunlimit', { scene, page, check_path: false, width: 430 })
      if (typeof answer.buffer !== 'string') throw new Error('wxacode.getUnlimited answered without an image')
      return Buffer.from(answer.buffer, 'base64')
    },
    async storeFile(cloudPath, content) {
      const uploaded: unknown = await cloudbaseApp().uploadFile({ cloudPath, fileContent: content })
      const fileId = isRecord(uploaded) && typeof uploaded.fileID === 'string' ? uploaded.fileID : null
      if (fileId === null) throw new Error('storage answered the upload without a file id')
      const url = (await storedFileLinks([fileId])).get(fileId) ?? null
      if (url === null) throw new Error('storage gave no link to the file just uploaded')
      return { fileId, url }
    },
    now: () => new Date(),
  }
  const courses = courseService(deps)
  return {
    courses,
    signUp: signUpService(deps),
    attendance: attendanceService(deps),
    rosters: rosterService(deps),
    upkeep: upkeepService(deps, courses),
  }
}

let built: ReturnType<typeof services> | undefined
const use = () => (built ??= services())

/** The `training` cloud function: courses and competitions, the fair sign-up and its waitlist, check-in and completion. */
export const main = createFunction(trainingContract, {
  listCourses: (payload, context) => use().courses.listCourses(payload.cursor, context),
  getCourse: (payload, context) => use().courses.getCourse(payload.courseId, context),
  signUp: (payload, context) => use().signUp.signUp(payload, context),
  claimOffer: (payload, context) => use().signUp.claimOffer(payload.courseId, context),
  withdraw: (payload, context) => use().signUp.withdraw(payload.courseId, context),
  checkIn: (payload, context) => use().attendance.checkIn(payload.scene, context),
  listMyEnrollments: (payload, context) => use().attendance.listMyEnrollments(payload.cursor, context),
  getCertificate: (payload, context) => use().attendance.getCertificate(payload.courseId, context),
  listManagedCourses: (payload, context) => use().courses.listManagedCourses(payload.cursor, context),
  getEditableCourse: payload => use().courses.getEditableCourse(payload.courseId),
  saveCourse: (payload, context) => use().courses.saveCourse(payload, context),
  cancelCourse: (payload, context) => use().courses.cancelCourse(payload.courseId, payload.reason, context),
  getRoster: (payload, context) => use().rosters.getRoster(payload.courseId, payload.cursor, context),
  exportRoster: (payload, context) => use().rosters.exportRoster(payload.courseId, context),
  getCheckInCode: payload => use().attendance.getCheckInCode(payload.courseId, payload.sessionId),
  setAttendance: (payload, context) => use().attendance.setAttendance(payload, context),
  upkeep: (_payload, context) => use().upkeep.upkeep(context.log),
})
