import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { a11yProps } from './a11y-props'
import './section.css'

export interface SectionProps {
  readonly title: string
  /** One line under the title that says what the section is for. */
  readonly description?: string
  readonly children: ReactNode
}

/** A titled group on a page; the title is a level-2 heading for screen readers. */
export function Section({ title, description, children }: SectionProps) {
  return (
    <View className='ui-section'>
      <View className='ui-section__header'>
        <Text className='ui-section__title' {...a11yProps({ role: 'heading', level: 2 })}>
          {title}
        </Text>
        {description ? <Text className='ui-section__description'>{description}</Text> : null}
      </View>
      <View className='ui-section__body'>{children}</View>
    </View>
  )
}
