import { Text, View } from '@tarojs/components'
import type { IconName } from './icon-paths'
import { Icon } from './icon'
import { a11yProps } from './a11y-props'
import './status-badge.css'

export type StatusTone = 'success' | 'warning' | 'danger' | 'info' | 'pending' | 'neutral'

/** Each tone has its own icon shape, so the status survives colour blindness and grey screens. */
export const STATUS_ICONS: Readonly<Record<StatusTone, IconName>> = {
  success: 'success',
  warning: 'warning',
  danger: 'error',
  info: 'info',
  pending: 'pending',
  neutral: 'info',
}

export interface StatusBadgeProps {
  readonly tone: StatusTone
  /** The status in words (已预约, 已满, 待审核): the words carry the meaning, not the colour. */
  readonly label: string
}

/** A status shown three ways at once: icon shape, words and colour. */
export function StatusBadge({ tone, label }: StatusBadgeProps) {
  return (
    <View className={`ui-status-badge ui-status-badge--${tone}`} {...a11yProps({ label: `状态：${label}` })}>
      <Icon name={STATUS_ICONS[tone]} />
      <Text className='ui-status-badge__label'>{label}</Text>
    </View>
  )
}
