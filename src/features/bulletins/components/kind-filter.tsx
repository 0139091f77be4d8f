import { ScrollView, Text, View } from '@tarojs/components'
import type { BulletinKind } from '../../../domain/bulletins/bulletin-kinds'
import { a11yProps } from '../../../ui/a11y-props'
import { Icon } from '../../../ui/icon'
import './kind-filter.css'

export interface KindFilterProps {
  readonly kinds: readonly BulletinKind[]
  /** The kind shown, null for 全部. */
  readonly selected: string | null
  readonly onSelect: (kind: string | null) => void
}

/** 全部 and each kind as big chips; the chosen one has a tick and a heavier border, not only another colour. */
export function KindFilter({ kinds, selected, onSelect }: KindFilterProps) {
  const options = [{ key: null, label: '全部' }, ...kinds.map(kind => ({ key: kind.key, label: kind.label }))]
  return (
    <ScrollView scrollX className='kind-filter' enhanced showScrollbar={false}>
      <View className='kind-filter__row' {...a11yProps({ role: 'radiogroup', label: '资讯栏目' })}>
        {options.map(option => {
          const on = option.key === selected
          return (
            <View
              key={option.key ?? 'all'}
              className={on ? 'kind-filter__chip kind-filter__chip--on' : 'kind-filter__chip'}
              hoverClass='kind-filter__chip--pressed'
              onClick={() => onSelect(option.key)}
              {...a11yProps({ role: 'radio', checked: on, label: option.label })}
            >
              {on ? <Icon name='success' /> : null}
              <Text>{option.label}</Text>
            </View>
          )
        })}
      </View>
    </ScrollView>
  )
}
