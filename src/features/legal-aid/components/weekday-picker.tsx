import { Text, View } from '@tarojs/components'
import type { Weekday } from '../../../domain/time/shanghai-time'
import { weekdayLabel } from '../../../domain/time/weekday-label'
import { a11yProps } from '../../../ui/a11y-props'
import { classNames } from '../../../ui/class-names'
import { toggleWeekday } from '../model/roster-form'
import './choice-list.css'

const WEEKDAYS: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 7]

/** Several days of the week, each a large box with its name (the state drawn with ☑/☐ as well as colour). */
export function WeekdayPicker({ selected, onChange }: { readonly selected: readonly Weekday[]; readonly onChange: (weekdays: Weekday[]) => void }) {
  return (
    <View className='legal-choices legal-choices--compact' {...a11yProps({ role: 'group', label: '星期几' })}>
      {WEEKDAYS.map(day => {
        const on = selected.includes(day)
        return (
          <View key={day} className={classNames('legal-choices__item', on && 'legal-choices__item--on')} onClick={() => onChange(toggleWeekday(selected, day))} {...a11yProps({ role: 'checkbox', checked: on, label: weekdayLabel(day) })}>
            <Text className='legal-choices__mark'>{on ? '☑' : '☐'}</Text>
            <Text className='legal-choices__label'>{weekdayLabel(day)}</Text>
          </View>
        )
      })}
    </View>
  )
}
