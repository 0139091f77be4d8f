import { Text, View } from '@tarojs/components'
import { WEEKDAYS, type Weekday } from '../../../domain/time/shanghai-time'
import { weekdayLabel } from '../../../domain/time/weekday-label'
import { a11yProps } from '../../../ui/a11y-props'
import { Button } from '../../../ui/button'
import { classNames } from '../../../ui/class-names'
import { SwitchRow } from '../../../ui/switch-row'
import { TextField } from '../../../ui/text-field'
import { NEW_HOURS_ROW, type HoursDraft, type HoursRow } from '../model/hours-editor'
import './hours-editor.css'

export interface HoursEditorProps {
  readonly draft: HoursDraft
  readonly error?: string
  readonly onChange: (draft: HoursDraft) => void
}

/** Opening hours entered as a timetable: 24 小时, or days and times (a close before the open runs past midnight), and 节假日休息. */
export function HoursEditor({ draft, error, onChange }: HoursEditorProps) {
  const setRow = (index: number, row: HoursRow) => onChange({ ...draft, rows: draft.rows.map((current, at) => (at === index ? row : current)) })
  const toggleDay = (index: number, row: HoursRow, day: Weekday) =>
    setRow(index, { ...row, days: row.days.includes(day) ? row.days.filter(item => item !== day) : [...row.days, day] })

  return (
    <View className='hours-editor'>
      <SwitchRow label='24 小时开放' checked={draft.allDay} onChange={allDay => onChange({ ...draft, allDay })} />
      {draft.allDay
        ? null
        : draft.rows.map((row, index) => (
            <View key={index} className='hours-editor__row'>
              <Text className='hours-editor__title'>第 {index + 1} 段</Text>
              <View className='hours-editor__days' {...a11yProps({ role: 'group', label: `第 ${index + 1} 段的星期` })}>
                {WEEKDAYS.map(day => {
                  const on = row.days.includes(day)
                  return (
                    <View
                      key={day}
                      className={classNames('hours-editor__day', on && 'hours-editor__day--on')}
                      onClick={() => toggleDay(index, row, day)}
                      {...a11yProps({ role: 'checkbox', checked: on, label: weekdayLabel(day) })}
                    >
                      <Text>{weekdayLabel(day).slice(1)}</Text>
                    </View>
                  )
                })}
              </View>
              <View className='hours-editor__times'>
                <TextField label='开门' value={row.open} onChange={open => setRow(index, { ...row, open })} maxLength={5} placeholder='08:00' />
                <TextField label='关门' value={row.close} onChange={close => setRow(index, { ...row, close })} maxLength={5} placeholder='18:00' hint='早于开门即次日' />
              </View>
              {draft.rows.length > 1 ? (
                <Button variant='danger' icon='trash' onClick={() => onChange({ ...draft, rows: draft.rows.filter((_, at) => at !== index) })}>
                  删除这段
                </Button>
              ) : null}
            </View>
          ))}
      {draft.allDay ? null : (
        <Button variant='secondary' onClick={() => onChange({ ...draft, rows: [...draft.rows, NEW_HOURS_ROW] })}>
          再加一段时间
        </Button>
      )}
      <SwitchRow
        label='法定节假日休息'
        description='按国家放假安排休息，调休上班日照常开放'
        checked={draft.closedOnHolidays}
        onChange={closedOnHolidays => onChange({ ...draft, closedOnHolidays })}
      />
      {error === undefined ? null : (
        <Text className='hours-editor__error' {...a11yProps({ live: 'assertive' })}>
          ⚠ {error}
        </Text>
      )}
    </View>
  )
}
