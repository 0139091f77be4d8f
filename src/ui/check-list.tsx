import { Text, View } from '@tarojs/components'
import { a11yProps } from './a11y-props'
import { classNames } from './class-names'
import './choice-list.css'

export interface CheckListProps<K extends string> {
  /** What is being chosen, for screen readers. */
  readonly label: string
  readonly choices: readonly { readonly key: K; readonly label: string }[]
  readonly checked: readonly K[]
  readonly onChange: (checked: K[]) => void
}

/** Any number of several, each a large box with words (☑/☐ drawn as well as the colour); kept in the choices' order. */
export function CheckList<K extends string>({ label, choices, checked, onChange }: CheckListProps<K>) {
  return (
    <View className='ui-choices ui-choices--compact' {...a11yProps({ role: 'group', label })}>
      {choices.map(choice => {
        const on = checked.includes(choice.key)
        const toggle = () => onChange(choices.filter(other => (other.key === choice.key ? !on : checked.includes(other.key))).map(other => other.key))
        return (
          <View key={choice.key} className={classNames('ui-choices__item', on && 'ui-choices__item--on')} onClick={toggle} {...a11yProps({ role: 'checkbox', checked: on, label: choice.label })}>
            <Text className='ui-choices__mark'>{on ? '☑' : '☐'}</Text>
            <Text className='ui-choices__label'>{choice.label}</Text>
          </View>
        )
      })}
    </View>
  )
}
