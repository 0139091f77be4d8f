import { useCallback, useEffect, useState } from 'react'
import type { NewIssueAlert } from '../../../domain/contracts/bulletins'
import { NEW_BULLETIN_TEMPLATE } from '../../../domain/notifications/subscribe-templates'
import { ensureConsent } from '../../../lib/privacy/consent-gate'
import { useAction } from '../../../lib/use-action'
import { useRemote } from '../../../lib/use-remote'
import { requestSubscribeMessage } from '../../../lib/subscribe-message'
import { getNewIssueAlert } from '../api/get-new-issue-alert'
import { recordNewIssueAlertChoice } from '../api/record-new-issue-alert-choice'
import { turnOffNewIssueAlert } from '../api/turn-off-new-issue-alert'
import { outcomeNotice } from '../model/alert-view'

export interface NewIssueAlertControl {
  /** Undefined until loaded (or when it could not be). */
  readonly alert: NewIssueAlert | undefined
  readonly busy: boolean
  /** A sentence to show after the last tap (why nothing changed), or null. */
  readonly notice: string | null
  /** The switch was tapped on, or 再收一条: asks WeChat at once, in the tap, then stores the answer. */
  readonly ask: () => void
  readonly turnOff: () => void
}

/** "Notify me of new issues": the subscribe prompt at the moment of the tap, the consent stored on the server. */
export function useNewIssueAlert(): NewIssueAlertControl {
  const remote = useRemote(getNewIssueAlert, [], { isEmpty: () => false })
  const [alert, setAlert] = useState<NewIssueAlert | undefined>(undefined)
  const [notice, setNotice] = useState<string | null>(null)
  const record = useAction((requestId: string, decision: Parameters<typeof recordNewIssueAlertChoice>[0]) => recordNewIssueAlertChoice(decision, requestId))
  const off = useAction((requestId: string) => turnOffNewIssueAlert(requestId))

  useEffect(() => {
    if (remote.data !== undefined) setAlert(remote.data)
  }, [remote.data])

  const ask = useCallback(() => {
    if (alert === undefined) return
    // The reminder is kept against the person: someone who chose 暂不同意 is asked for the consent first.
    if (!ensureConsent()) return
    setNotice(null)
    // Nothing is awaited before this call: WeChat shows its prompt only in answer to the tap itself.
    void requestSubscribeMessage({ templateId: alert.templateId, title: NEW_BULLETIN_TEMPLATE.title }).then(async outcome => {
      setNotice(outcomeNotice(outcome))
      if (outcome.kind !== 'answered') return
      const updated = await record.run(outcome.decision)
      if (updated) setAlert(updated)
      else setNotice('没能保存您的选择，请再试一次。')
    })
  }, [alert, record])

  const turnOff = useCallback(() => {
    setNotice(null)
    void off.run().then(updated => {
      if (updated) setAlert(updated)
      else setNotice('没能关闭提醒，请再试一次。')
    })
  }, [off])

  return { alert, busy: record.pending || off.pending, notice, ask, turnOff }
}
