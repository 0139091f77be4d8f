import { Switch, Text, View } from '@tarojs/components'
import { a11yProps } from './a11y-props'
import './switch-row.css'

export interface SwitchRowProps {
  readonly label: string
  readonly description?: string
  readonly checked: boolean
  readonly disabled?: boolean
  readonly onChange: (checked: boolean) => void
}

/**
 * A setting that is on or off. The whole row is the tap target (the switch alone is smaller than
 * a fingertip), and the state is written out (已开启/已关闭), not only drawn.
 */
export function SwitchRow({ label, description, checked, disabled = false, onChange }: SwitchRowProps) {
  const state = checked ? '已开启' : '已关闭'
  const toggle = () => {
    if (!disabled) onChange(!checked)
  }
  return (
    <View className='ui-switch-row' hoverClass={disabled ? 'none' : 'ui-switch-row--pressed'} onClick={toggle}>
      <View className='ui-switch-row__text'>
        <Text className='ui-switch-row__label'>{label}</Text>
        {description ? <Text className='ui-switch-row__description'>{description}</Text> : null}
      </View>
      <Text className={checked ? 'ui-switch-row__state ui-switch-row__state--on' : 'ui-switch-row__state'}>{state}</Text>
      <Switch
        className='ui-switch-row__switch'
        checked={checked}
        disabled={disabled}
        color='#a50f1a'
        // The switch flips itself; stop the tap from reaching the row, which would flip it back.
        onClick={event => event.stopPropagation()}
        onChange={event => onChange(event.detail.value)}
        {...a11yProps({ label: `${label}，${state}`, checked, role: 'switch' })}
      />
    </View>
  )
}
