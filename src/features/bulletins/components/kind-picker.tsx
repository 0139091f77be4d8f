import { Text, View } from '@tarojs/components'
import type { BulletinKind } from '../../../domain/bulletins/bulletin-kinds'
import { a11yProps } from '../../../ui/a11y-props'
import { Icon } from '../../../ui/icon'
import './kind-filter.css'

export interface KindPickerProps {
  readonly kinds: readonly BulletinKind[]
  readonly selected: string
  readonly onSelect: (kind: string) => void
}

/** Staff: which kind a bulletin belongs to, as big radio chips with a tick on the chosen one. */
export function KindPicker({ kinds, selected, onSelect }: KindPickerProps) {
  return (
    <View className='kind-filter__row kind-filter__row--wrap' {...a11yProps({ role: 'radiogroup', label: '栏目' })}>
      {kinds.map(kind => {
        const on = kind.key === selected
        return (
          <View
            key={kind.key}
            className={on ? 'kind-filter__chip kind-filter__chip--on' : 'kind-filter__chip'}
            onClick={() => onSelect(kind.key)}
            {...a11yProps({ role: 'radio', checked: on, label: kind.label })}
          >
            {on ? <Icon name='success' /> : null}
            <Text>{kind.label}</Text>
          </View>
        )
      })}
    </View>
  )
}
