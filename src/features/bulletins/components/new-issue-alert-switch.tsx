import { Text, View } from '@tarojs/components'
import { a11yProps } from '../../../ui/a11y-props'
import { Button } from '../../../ui/button'
import { SwitchRow } from '../../../ui/switch-row'
import { useNewIssueAlert } from '../hooks/use-new-issue-alert'
import { alertDescription } from '../model/alert-view'
import './new-issue-alert-switch.css'

/**
 * 新资讯提醒: turning it on asks WeChat right then, in the tap. Each 允许 allows one message, so while it
 * is on a 再收一条 button asks for one more; the row always says how many are left.
 */
export function NewIssueAlertSwitch() {
  const { alert, busy, notice, ask, turnOff } = useNewIssueAlert()
  return (
    <View className='new-issue-alert'>
      <SwitchRow
        label='新资讯提醒'
        description={alertDescription(alert)}
        checked={alert?.enabled ?? false}
        disabled={alert === undefined || busy}
        onChange={on => (on ? ask() : turnOff())}
      />
      {alert?.enabled ? (
        <View className='new-issue-alert__more'>
          <Button variant='secondary' icon='bell' disabled={busy} onClick={ask} spokenLabel='再收一条新资讯提醒'>
            再收一条
          </Button>
        </View>
      ) : null}
      {notice ? (
        <Text className='new-issue-alert__notice' {...a11yProps({ live: 'polite' })}>
          {notice}
        </Text>
      ) : null}
    </View>
  )
}
