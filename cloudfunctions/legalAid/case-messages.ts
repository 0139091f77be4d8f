import { LEGAL_AID_BOOKED_TEMPLATE, LEGAL_AID_PROGRESS_TEMPLATE, SERVICE_REMINDER_TEMPLATE } from '../../src/domain/notifications/subscribe-templates'
import { describeCutoff } from '../../src/domain/legal-aid/cancel-cutoff'
import { outcomeOf } from '../../src/domain/legal-aid/case-outcomes'
import { caseStatusLabel } from '../../src/domain/legal-aid/case-status'
import { caseTypeLabel } from '../../src/domain/legal-aid/case-types'
import type { LegalAidSettings } from '../../src/domain/legal-aid/legal-aid-settings'
import { enqueueNotification } from '../runtime/notifications/outbox'
import { cancelReminder, registerReminder } from '../runtime/notifications/reminders'
import type { TemplateIdOf } from '../runtime/notifications/template-ids'
import type { CaseMessages } from './legal-aid-dependencies'
import type { CaseDocument } from './legal-documents'

/** The page a message opens: the worker's own case. */
export function casePage(caseId: string): string {
  return `packages/legal-aid/case/index?id=${caseId}`
}

/** The reminder of a booking, by the case: registered at booking, cancelled when the booking ends early. */
export function reminderKeyFor(caseId: string): string {
  return `legal-aid:booking:${caseId}`
}

function what(document: CaseDocument): string {
  return `${caseTypeLabel(document.caseType)}：${document.serviceName}`
}

/** What a status means for the worker, in a sentence (the message's 说明; 消息 keeps it whole). */
function explanation(document: CaseDocument, apology: string | undefined): string {
  const last = document.timeline[document.timeline.length - 1]
  switch (document.status) {
    case 'booked':
      return '预约成功'
    case 'attended':
      return '已经接待了您，后面有进展会再告诉您'
    case 'mediating':
      return last?.note ?? '工会正在帮您和单位调解'
    case 'assigned':
      return document.assignee === null ? '已安排专人跟进' : `${document.assignee.kind === 'leader' ? '由领导' : '由律师'}${document.assignee.name}负责跟进`
    case 'closed': {
      const outcome = document.outcomeKind === null ? null : outcomeOf(document.outcomeKind)
      return [outcome?.plain, document.outcomeNote].filter(Boolean).join(' ') || '已办结'
    }
    case 'cancelled':
      return apology ?? '您已取消预约，需要时可以再约'
    case 'no-show':
      return '您没有按时到场。还需要帮助的话，请重新预约或拨打 12351'
  }
}

/** The reception room's messages through the notifications outbox: WeChat when the worker allowed it, 消息 always. */
export function caseMessages(deps: { readonly templateIdOf: TemplateIdOf }): CaseMessages {
  return {
    async booked(transaction, document, settings: LegalAidSettings, now, log) {
      if (document.userId === null) return
      const page = casePage(document._id)
      await enqueueNotification(
        transaction,
        {
          recipientUserId: document.userId,
          templateKey: LEGAL_AID_BOOKED_TEMPLATE.key,
          values: {
            thing1: `${document.serviceName}：${caseTypeLabel(document.caseType)}`,
            time2: document.startsAt.toISOString(),
            thing3: document.room,
            thing4: `不能来请提前${describeCutoff(settings.cancelCutoffMinutes).replace(' ', '')}取消`,
          },
          page,
          dedupeKey: `legal-aid:${document._id}:booked`,
        },
        { now, templateIdOf: deps.templateIdOf, log },
      )
      await registerReminder(
        transaction,
        {
          key: reminderKeyFor(document._id),
          recipientUserId: document.userId,
          templateKey: SERVICE_REMINDER_TEMPLATE.key,
          values: {
            thing1: `法律援助：${document.serviceName}`,
            time2: document.startsAt.toISOString(),
            thing3: document.serviceMode === 'phone' ? `律师会打您留的电话 ${document.phoneMasked ?? ''}`.trim() : document.room,
            thing4: document.serviceMode === 'phone' ? '请保持电话畅通' : '请带身份证和相关材料',
          },
          page,
          eventDay: document.day,
        },
        now,
      )
    },

    async statusChanged(transaction, document, _settings, now, log, apology) {
      if (document.status === 'cancelled' || document.status === 'no-show') await cancelReminder(transaction, reminderKeyFor(document._id), now)
      if (document.userId === null) return
      await enqueueNotification(
        transaction,
        {
          recipientUserId: document.userId,
          templateKey: LEGAL_AID_PROGRESS_TEMPLATE.key,
          values: {
            thing1: what(document),
            phrase2: caseStatusLabel(document.status, document.assignee?.kind ?? null),
            thing3: explanation(document, apology),
            time4: now.toISOString(),
          },
          page: casePage(document._id),
          // One message per step of the case: the step is its place in the timeline.
          dedupeKey: `legal-aid:${document._id}:${document.timeline.length}:${document.status}`,
        },
        { now, templateIdOf: deps.templateIdOf, log },
      )
    },
  }
}
