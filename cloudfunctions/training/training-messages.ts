import { SERVICE_REMINDER_TEMPLATE, TRAINING_OFFER_TEMPLATE, TRAINING_SIGNUP_RESULT_TEMPLATE } from '../../src/domain/notifications/subscribe-templates'
import { monthDayWords } from '../../src/domain/legal-aid/when-words'
import { shanghaiDateKey } from '../../src/domain/time/shanghai-time'
import type { CourseDocument, EnrollmentDocument, StoredSession } from '../../src/domain/training/stored-documents'
import type { Logger } from '../runtime/logger'
import { enqueueNotification } from '../runtime/notifications/outbox'
import { cancelReminder, registerReminder } from '../runtime/notifications/reminders'
import type { TemplateIdOf } from '../runtime/notifications/template-ids'
import type { Transaction } from '../runtime/transaction'

/** The page a message opens: the course, where the person sees their standing. */
export function coursePage(courseId: string): string {
  return `packages/training/course/index?id=${courseId}`
}

/** The reminder of an enrollment's next session: registered with the place, moved on by the timer, cancelled when it ends. */
export function reminderKeyFor(enrollmentId: string): string {
  return `training:enrollment:${enrollmentId}`
}

/** What changed for the person, as the 报名结果 message says it. */
export type SignUpOutcome = { readonly kind: 'enrolled' } | { readonly kind: 'course-cancelled'; readonly reason: string } | { readonly kind: 'offer-expired' }

function resultWords(outcome: SignUpOutcome, course: CourseDocument): { readonly phrase: string; readonly explanation: string } {
  switch (outcome.kind) {
    case 'enrolled':
      return { phrase: '报名成功', explanation: `第一次课在${monthDayWords(course.sessions[0]?.startsAt ?? course.signUpClosesAt)}，记得按时签到` }
    case 'course-cancelled':
      return { phrase: '课程取消', explanation: `课程已取消：${outcome.reason}` }
    case 'offer-expired':
      return { phrase: '名额已过期', explanation: '保留的名额没有按时确认，已让给下一位' }
  }
}

/** The training messages through the notifications outbox: WeChat when the person allowed it, 消息 always. */
export function trainingMessages(deps: { readonly templateIdOf: TemplateIdOf }) {
  return {
    async signUpResult(transaction: Transaction, enrollment: EnrollmentDocument, course: CourseDocument, outcome: SignUpOutcome, now: Date, log: Logger): Promise<void> {
      if (enrollment.userId === null) return
      const words = resultWords(outcome, course)
      await enqueueNotification(
        transaction,
        {
          recipientUserId: enrollment.userId,
          templateKey: TRAINING_SIGNUP_RESULT_TEMPLATE.key,
          values: { thing1: course.title, phrase2: words.phrase, thing3: words.explanation },
          page: coursePage(course._id),
          // One message per turn of an enrollment (a turn happens once: each state is entered once).
          dedupeKey: `training:${enrollment._id}:${outcome.kind}`,
        },
        { now, templateIdOf: deps.templateIdOf, log },
      )
    },

    async offer(transaction: Transaction, enrollment: EnrollmentDocument, course: CourseDocument, expiresAt: Date, now: Date, log: Logger): Promise<void> {
      if (enrollment.userId === null) return
      await enqueueNotification(
        transaction,
        {
          recipientUserId: enrollment.userId,
          templateKey: TRAINING_OFFER_TEMPLATE.key,
          values: { thing1: course.title, time2: expiresAt.toISOString(), thing3: '有名额为您保留，请在截止前确认，过时让给下一位' },
          page: coursePage(course._id),
          // Nobody is offered twice: an enrollment gets one offer at most.
          dedupeKey: `training:${enrollment._id}:offer`,
        },
        { now, templateIdOf: deps.templateIdOf, log },
      )
    },

    /** Registers (or moves on) the reminder the day before the person's next session; none when no session is left. */
    async remindNextSession(transaction: Transaction, enrollment: EnrollmentDocument, course: CourseDocument, next: StoredSession | null, now: Date): Promise<boolean> {
      if (enrollment.userId === null) return false
      if (next === null) {
        await cancelReminder(transaction, reminderKeyFor(enrollment._id), now)
        return false
      }
      await registerReminder(
        transaction,
        {
          key: reminderKeyFor(enrollment._id),
          recipientUserId: enrollment.userId,
          templateKey: SERVICE_REMINDER_TEMPLATE.key,
          values: {
            thing1: `${course.title}：${next.title}`,
            time2: next.startsAt.toISOString(),
            thing3: next.venue ?? course.venue,
            thing4: '请提前到场，扫码签到',
          },
          page: coursePage(course._id),
          eventDay: shanghaiDateKey(next.startsAt),
        },
        now,
      )
      return true
    },

    async stopReminders(transaction: Transaction, enrollmentId: string, now: Date): Promise<void> {
      await cancelReminder(transaction, reminderKeyFor(enrollmentId), now)
    },
  }
}

export type TrainingMessages = ReturnType<typeof trainingMessages>
