import { Text, View } from '@tarojs/components'
import { errorMessage } from '../../../lib/error-messages'
import { a11yProps } from '../../../ui/a11y-props'
import { Button } from '../../../ui/button'
import { ConfirmDialog } from '../../../ui/confirm-dialog'
import { Icon } from '../../../ui/icon'
import { Sheet } from '../../../ui/sheet'
import type { RoleChange } from '../hooks/use-role-change'
import { describeRoleChange, ROLE_CHOICES } from '../model/role-choices'
import { USERS_ERROR_MESSAGES } from '../model/users-error-messages'
import './role-change-sheets.css'

/**
 * The picker and the confirmation of 修改角色. The chosen role is marked by a tick and by the words
 * 已选, the current one by 现在的角色: never by colour alone.
 */
export function RoleChangeSheets({ change }: { change: RoleChange }) {
  const { flow } = change
  if (flow.step === 'closed') return null

  if (flow.step === 'picking') {
    return (
      <Sheet title={`修改“${flow.user.nickname}”的角色`} onDismiss={change.cancel}>
        <View className='role-picker' {...a11yProps({ role: 'radiogroup', label: '选择角色' })}>
          {ROLE_CHOICES.map(choice => {
            const selected = choice.role === flow.chosen
            const current = choice.role === flow.user.role
            const marks = [selected ? '已选' : null, current ? '现在的角色' : null].filter(Boolean).join('，')
            return (
              <View
                key={choice.role}
                className={selected ? 'role-picker__option role-picker__option--selected' : 'role-picker__option'}
                onClick={() => change.choose(choice.role)}
                {...a11yProps({ role: 'radio', checked: selected, label: `${choice.label}：${choice.summary}` })}
              >
                <View className='role-picker__mark'>{selected ? <Icon name='success' size='lg' /> : <View className='role-picker__circle' />}</View>
                <View className='role-picker__body'>
                  <Text className='role-picker__label'>
                    {choice.label}
                    {marks === '' ? '' : `（${marks}）`}
                  </Text>
                  <Text className='role-picker__summary'>{choice.summary}</Text>
                </View>
              </View>
            )
          })}
        </View>
        <View className='role-picker__actions'>
          <Button block disabled={!change.canProceed} onClick={change.proceed}>
            下一步
          </Button>
          <Button variant='secondary' block onClick={change.cancel}>
            取消
          </Button>
        </View>
      </Sheet>
    )
  }

  const summary = describeRoleChange(flow.user.nickname, flow.user.role, flow.chosen)
  return (
    <ConfirmDialog
      open
      title={summary.title}
      message={summary.message}
      confirmLabel='确认修改'
      cancelLabel='返回重选'
      confirming={change.saving}
      onConfirm={change.confirm}
      onCancel={change.back}
    >
      {change.error === undefined ? null : (
        <Text className='role-picker__error' {...a11yProps({ live: 'assertive' })}>
          ⚠ {errorMessage(change.error, USERS_ERROR_MESSAGES)}
        </Text>
      )}
    </ConfirmDialog>
  )
}
