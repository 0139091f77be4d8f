import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { a11yProps } from './a11y-props'
import './page-header.css'

export interface PageHeaderProps {
  readonly title: string
  readonly subtitle?: string
  /** Something small at the top right, such as the date of cached data. */
  readonly aside?: ReactNode
}

/** The big title at the top of a page: a level-1 heading. */
export function PageHeader({ title, subtitle, aside }: PageHeaderProps) {
  return (
    <View className='ui-page-header'>
      <View className='ui-page-header__text'>
        <Text className='ui-page-header__title' {...a11yProps({ role: 'heading', level: 1 })}>
          {title}
        </Text>
        {subtitle ? <Text className='ui-page-header__subtitle'>{subtitle}</Text> : null}
      </View>
      {aside ? <View className='ui-page-header__aside'>{aside}</View> : null}
    </View>
  )
}
