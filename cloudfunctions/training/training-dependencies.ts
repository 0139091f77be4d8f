import type { UsersRepository } from '../runtime/repositories/users-repository'
import type { Transaction } from '../runtime/transaction'
import type { CourseSnapshots } from './course-snapshots'
import type { CoursesRepository } from './courses-repository'
import type { EnrollmentsRepository } from './enrollments-repository'
import type { TrainingMessages } from './training-messages'

/** A session's mini-program code, as WeChat draws it: the PNG's bytes. */
export type CheckInCodeMaker = (scene: string, page: string) => Promise<Buffer>

/** Stores a staff file (an export) and answers its file id and a temporary link. */
export type StaffFileStore = (cloudPath: string, content: Buffer) => Promise<{ readonly fileId: string; readonly url: string }>

export interface TrainingDependencies {
  readonly courses: CoursesRepository
  /** A sign-up's first look at its course: read at most a second ago (see `courseSnapshots`). */
  readonly courseSnapshots: CourseSnapshots
  readonly enrollments: EnrollmentsRepository
  readonly users: UsersRepository
  readonly messages: TrainingMessages
  /** For the work a read does on the way (a lapsed offer passed on), in its own transaction. */
  readonly runInTransaction: <T>(work: (transaction: Transaction) => Promise<T>) => Promise<T>
  readonly checkInCode: CheckInCodeMaker
  readonly storeFile: StaffFileStore
  readonly now: () => Date
}
