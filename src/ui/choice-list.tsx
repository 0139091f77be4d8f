import { Text, View } from '@tarojs/components'
import { a11yProps } from './a11y-props'
import { classNames } from './class-names'
import './choice-list.css'

export interface Choice<K extends string> {
  readonly key: K
  readonly label: string
  readonly hint?: string
  /** What a screen reader says, when the label alone is too terse (a time and its places). */
  readonly spoken?: string
  readonly disabled?: boolean
}

export interface ChoiceListProps<K extends string> {
  /** What is being chosen, for screen readers. */
  readonly label: string
  readonly choices: readonly Choice<K>[]
  readonly selected: K | null
  readonly onSelect: (key: K) => void
  /** Chips in rows (times) rather than one full-width row each (services, case types). */
  readonly compact?: boolean
}

/** One of several, each a large radio with words (the state is drawn with ◉/○ as well as colour). */
export function ChoiceList<K extends string>({ label, choices, selected, onSelect, compact = false }: ChoiceListProps<K>) {
  return (
    <View className={classNames('ui-choices', compact && 'ui-choices--compact')} {...a11yProps({ role: 'radiogroup', label })}>
      {choices.map(choice => {
        const on = selected === choice.key
        return (
          <View
            key={choice.key}
            className={classNames('ui-choices__item', on && 'ui-choices__item--on', choice.disabled === true && 'ui-choices__item--off')}
            onClick={() => {
              if (choice.disabled !== true) onSelect(choice.key)
            }}
            {...a11yProps({ role: 'radio', checked: on, disabled: choice.disabled === true, label: choice.spoken ?? (choice.hint === undefined ? choice.label : `${choice.label}，${choice.hint}`) })}
          >
            <Text className='ui-choices__mark'>{on ? '◉' : '○'}</Text>
            <View className='ui-choices__text'>
              <Text className='ui-choices__label'>{choice.label}</Text>
              {choice.hint === undefined || compact ? null : <Text className='ui-choices__hint'>{choice.hint}</Text>}
            </View>
          </View>
        )
      })}
    </View>
  )
}
