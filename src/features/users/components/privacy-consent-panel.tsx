import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { errorMessage } from '../../../lib/error-messages'
import { Button } from '../../../ui/button'
import { Card } from '../../../ui/card'
import { ConfirmDialog } from '../../../ui/confirm-dialog'
import { StatusBadge } from '../../../ui/status-badge'
import { toast } from '../../../ui/toast'
import { usePrivacyConsent } from '../hooks/use-privacy-consent'
import { consentStatus } from '../model/consent-status'
import { useProfileState } from '../model/profile-store'
import { USERS_ERROR_MESSAGES } from '../model/users-error-messages'
import { AgreePrivacyButton } from './agree-privacy-button'
import './privacy-consent-panel.css'

/** The person's consents as recorded on the server, with grant and withdraw. */
export function PrivacyConsentPanel() {
  const profile = useProfileState()
  const consent = usePrivacyConsent()
  const [confirmingWithdraw, setConfirmingWithdraw] = useState(false)
  const consents = profile.status === 'ready' ? profile.profile.consents : {}
  const policy = consentStatus(consents, 'privacy-policy')
  const caseDescription = consentStatus(consents, 'case-description')
  const failure = consent.grant.error ?? consent.withdraw.error

  const withdraw = async () => {
    const updated = await consent.withdraw.run()
    setConfirmingWithdraw(false)
    if (updated !== undefined) toast.success('已撤回同意')
  }

  return (
    <Card className='consent-panel'>
      <View className='consent-panel__row'>
        <Text className='consent-panel__label'>隐私政策</Text>
        <StatusBadge tone={policy.tone} label={policy.label} />
      </View>
      <Text className='consent-panel__detail'>{policy.detail}</Text>
      <View className='consent-panel__row'>
        <Text className='consent-panel__label'>法律咨询案情</Text>
        <StatusBadge tone={caseDescription.tone} label={caseDescription.label} />
      </View>
      <Text className='consent-panel__detail'>预约法律援助时写案情说明，会另外单独询问您。</Text>
      {failure !== undefined ? <Text className='consent-panel__error'>⚠ {errorMessage(failure, USERS_ERROR_MESSAGES)}</Text> : null}
      {policy.state === 'granted' ? (
        <Button variant='danger' block loading={consent.withdraw.pending} onClick={() => setConfirmingWithdraw(true)}>
          撤回同意
        </Button>
      ) : (
        <AgreePrivacyButton grant={consent.grant}>同意隐私政策</AgreePrivacyButton>
      )}
      <ConfirmDialog
        open={confirmingWithdraw}
        title='撤回同意？'
        message='撤回后，反馈、提醒等需要个人信息的功能会停下，已保存的信息不会删除（要删除请到“我的数据”）。资讯和驿站仍可浏览。'
        confirmLabel='撤回同意'
        danger
        confirming={consent.withdraw.pending}
        onConfirm={() => void withdraw()}
        onCancel={() => setConfirmingWithdraw(false)}
      />
    </Card>
  )
}
