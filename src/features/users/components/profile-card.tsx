import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { errorMessage } from '../../../lib/error-messages'
import { Button } from '../../../ui/button'
import { Card } from '../../../ui/card'
import { ConfirmDialog } from '../../../ui/confirm-dialog'
import { ErrorState } from '../../../ui/error-state'
import { Icon } from '../../../ui/icon'
import { LoadingState } from '../../../ui/loading-state'
import { Tag } from '../../../ui/tag'
import { TextField } from '../../../ui/text-field'
import { toast } from '../../../ui/toast'
import { useChangeNickname } from '../hooks/use-nickname'
import { usePrivacyConsent } from '../hooks/use-privacy-consent'
import { roleLabel } from '../model/role-label'
import { loadProfile, useProfileState } from '../model/profile-store'
import { USERS_ERROR_MESSAGES } from '../model/users-error-messages'
import './profile-card.css'

const NICKNAME_MAX = 20

function NicknameDialog({ open, current, onClose }: { open: boolean; current: string; onClose: () => void }) {
  const [value, setValue] = useState(current)
  const change = useChangeNickname()
  const trimmed = value.trim()
  const save = async () => {
    const profile = await change.run(trimmed)
    if (profile !== undefined) {
      toast.success('昵称已保存')
      onClose()
    }
  }
  return (
    <ConfirmDialog
      open={open}
      title='修改昵称'
      message='工作人员和律师会用这个名字称呼您。'
      confirmLabel='保存'
      confirming={change.pending}
      confirmDisabled={trimmed === '' || trimmed === current}
      onConfirm={() => void save()}
      onCancel={onClose}
    >
      <TextField
        label='昵称'
        value={value}
        onChange={setValue}
        maxLength={NICKNAME_MAX}
        hint={`最多 ${NICKNAME_MAX} 个字`}
        error={change.error === undefined ? undefined : errorMessage(change.error, USERS_ERROR_MESSAGES)}
      />
    </ConfirmDialog>
  )
}

/**
 * 用户编号: what a new admin is found by in the database console, and what a person reads out when
 * they phone staff. Small, because few people need it; copyable, because nobody should type it.
 */
function UserIdRow({ userId }: { userId: string }) {
  const copy = () => {
    void Taro.setClipboardData({ data: userId }).then(
      () => toast.success('已复制'),
      () => toast.failure('没能复制，请再试一次'),
    )
  }
  return (
    <View className='profile-card__user-id'>
      <View className='profile-card__user-id-text'>
        <Text className='profile-card__field-label'>用户编号</Text>
        <Text className='profile-card__user-id-value'>{userId}</Text>
      </View>
      <Button variant='secondary' icon='copy' onClick={copy}>
        复制编号
      </Button>
    </View>
  )
}

/** Who the person is to the service: name, role in words, masked phone, user id; or why nothing shows yet. */
export function ProfileCard() {
  const state = useProfileState()
  const consent = usePrivacyConsent()
  const [editing, setEditing] = useState(false)

  if (state.status === 'idle') {
    return (
      <Card className='profile-card'>
        <Text className='profile-card__notice'>您还没有同意隐私政策。同意后才能保存您的设置和记录；不同意也可以浏览资讯和驿站。</Text>
        <Button icon='lock' block onClick={consent.askAgain}>
          阅读并同意隐私政策
        </Button>
      </Card>
    )
  }
  if (state.status === 'loading') return <LoadingState rows={1} label='正在读取您的资料…' />
  if (state.status === 'error') {
    return <ErrorState message={errorMessage(state.error, USERS_ERROR_MESSAGES)} onRetry={() => void loadProfile()} />
  }

  const { profile } = state
  return (
    <Card className='profile-card'>
      <View className='profile-card__identity'>
        <View className='profile-card__avatar'>
          <Icon name='me' size='xl' />
        </View>
        <View className='profile-card__names'>
          <Text className='profile-card__nickname'>{profile.nickname}</Text>
          <View className='profile-card__role'>
            <Text className='profile-card__field-label'>身份</Text>
            <Tag label={roleLabel(profile.role)} emphasis />
          </View>
        </View>
      </View>
      <View className='profile-card__row'>
        <Icon name='phone' />
        <Text className='profile-card__field-label'>手机号</Text>
        <Text className='profile-card__field-value'>{profile.phoneMasked ?? '未绑定'}</Text>
      </View>
      <UserIdRow userId={profile.userId} />
      <Button variant='secondary' icon='edit' block onClick={() => setEditing(true)}>
        修改昵称
      </Button>
      {editing ? <NicknameDialog open current={profile.nickname} onClose={() => setEditing(false)} /> : null}
    </Card>
  )
}
