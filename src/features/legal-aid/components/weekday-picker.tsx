import type { Weekday } from '../../../domain/time/shanghai-time'
import { weekdayLabel } from '../../../domain/time/weekday-label'
import { CheckList } from '../../../ui/check-list'

const WEEKDAYS: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 7]
const WEEKDAY_CHOICES = WEEKDAYS.map(day => ({ key: String(day), label: weekdayLabel(day) }))

/** Several days of the week, each a large box with its name; the choice list keeps them in week order. */
export function WeekdayPicker({ selected, onChange }: { readonly selected: readonly Weekday[]; readonly onChange: (weekdays: Weekday[]) => void }) {
  return <CheckList label='星期几' choices={WEEKDAY_CHOICES} checked={selected.map(String)} onChange={keys => onChange(keys.map(key => Number(key) as Weekday))} />
}
