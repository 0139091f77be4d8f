import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { errorMessage } from '../../../lib/error-messages'
import { Button } from '../../../ui/button'
import { ConfirmDialog } from '../../../ui/confirm-dialog'
import { TextField } from '../../../ui/text-field'
import { toast } from '../../../ui/toast'
import { useBindPhone } from '../hooks/use-bind-phone'
import { USERS_ERROR_MESSAGES } from '../model/users-error-messages'
import './bind-phone.css'

const MOBILE_PATTERN = /^1\d{10}$/

/**
 * H5 (local stack) has no WeChat phone-number button: the person types a demo number, which the
 * emulator accepts as the one-time code and maps to that number.
 */
function DemoPhoneDialog({ onClose, onSubmit, pending, failure }: {
  onClose: () => void
  onSubmit: (digits: string) => void
  pending: boolean
  failure: string | undefined
}) {
  const [digits, setDigits] = useState('')
  const valid = MOBILE_PATTERN.test(digits)
  return (
    <ConfirmDialog
      open
      title='绑定手机号（本地演示）'
      message='本地演示环境没有微信手机号验证，请输入一个 11 位手机号代替。'
      confirmLabel='绑定'
      confirming={pending}
      confirmDisabled={!valid}
      onConfirm={() => onSubmit(digits)}
      onCancel={onClose}
    >
      <TextField
        label='手机号'
        type='number'
        value={digits}
        onChange={setDigits}
        maxLength={11}
        hint='以 1 开头的 11 位数字'
        error={failure ?? (digits.length === 11 && !valid ? '请输入以 1 开头的 11 位手机号' : undefined)}
      />
    </ConfirmDialog>
  )
}

export interface BindPhoneProps {
  readonly bound: boolean
}

/** Binding the phone number: WeChat's own button on weapp, so the number is verified by WeChat. */
export function BindPhone({ bound }: BindPhoneProps) {
  const bind = useBindPhone()
  const [typing, setTyping] = useState(false)
  const label = bound ? '更换手机号' : '绑定手机号'
  const failure = bind.error === undefined ? undefined : errorMessage(bind.error, USERS_ERROR_MESSAGES)

  const submit = async (code: string) => {
    const profile = await bind.run(code)
    if (profile === undefined) return
    setTyping(false)
    toast.success('手机号已绑定')
  }

  return (
    <View className='bind-phone'>
      <Text className='bind-phone__why'>绑定后，您来电时管理员能凭手机号后四位找到您的账号，他们看不到完整号码。</Text>
      {process.env.TARO_ENV === 'h5' ? (
        <Button variant='secondary' icon='phone' block onClick={() => setTyping(true)}>
          {label}
        </Button>
      ) : (
        <Button
          variant='secondary'
          icon='phone'
          block
          loading={bind.pending}
          openType='getPhoneNumber'
          onGetPhoneNumber={code => {
            if (code === null) toast.failure('没有获得手机号，您可以稍后再绑定')
            else void submit(code)
          }}
        >
          {label}
        </Button>
      )}
      {failure !== undefined && !typing ? <Text className='bind-phone__error'>⚠ {failure}</Text> : null}
      {typing ? (
        <DemoPhoneDialog
          pending={bind.pending}
          failure={failure}
          onClose={() => {
            setTyping(false)
            bind.reset()
          }}
          onSubmit={digits => void submit(digits)}
        />
      ) : null}
    </View>
  )
}
