import { Text, View } from '@tarojs/components'
import type { CaseConsentText } from '../../../domain/legal-aid/case-consent'
import { a11yProps } from '../../../ui/a11y-props'
import { classNames } from '../../../ui/class-names'
import './consent-box.css'

export interface ConsentBoxProps {
  readonly text: CaseConsentText
  readonly checked: boolean
  readonly onChange: (checked: boolean) => void
}

/**
 * The separate consent for the description (sensitive personal information): what it is for, who sees
 * it, how long it is kept, how to take it back, and a box the worker ticks themselves (never pre-ticked).
 */
export function ConsentBox({ text, checked, onChange }: ConsentBoxProps) {
  return (
    <View className='legal-consent' {...a11yProps({ role: 'group', label: text.title })}>
      <Text className='legal-consent__title'>{text.title}</Text>
      <Text className='legal-consent__line'>{text.purpose}</Text>
      <Text className='legal-consent__line'>{text.whoSees}</Text>
      <Text className='legal-consent__line'>{text.howLong}</Text>
      <Text className='legal-consent__line'>{text.withdraw}</Text>
      <View
        className={classNames('legal-consent__box', checked && 'legal-consent__box--on')}
        onClick={() => onChange(!checked)}
        {...a11yProps({ role: 'checkbox', checked, label: text.agreement })}
      >
        <Text className='legal-consent__mark'>{checked ? '☑' : '☐'}</Text>
        <Text>{text.agreement}</Text>
      </View>
    </View>
  )
}
