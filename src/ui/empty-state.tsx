import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import type { IconName } from './icon-paths'
import { Icon } from './icon'
import './empty-state.css'

export interface EmptyStateProps {
  readonly title: string
  readonly description?: string
  readonly icon?: IconName
  /** What the person can do about it, usually one Button. */
  readonly action?: ReactNode
}

/** Shown when there is nothing to list: says so plainly and what to do next. */
export function EmptyState({ title, description, icon = 'info', action }: EmptyStateProps) {
  return (
    <View className='ui-empty-state'>
      <Icon name={icon} size='xl' className='ui-empty-state__icon' />
      <Text className='ui-empty-state__title'>{title}</Text>
      {description ? <Text className='ui-empty-state__description'>{description}</Text> : null}
      {action ? <View className='ui-empty-state__action'>{action}</View> : null}
    </View>
  )
}
