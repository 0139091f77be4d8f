import { Text, View } from '@tarojs/components'
import type { IconName } from './icon-paths'
import { Icon, type IconSize } from './icon'
import { classNames } from './class-names'
import './icon-label.css'

export interface IconLabelProps {
  readonly icon: IconName
  readonly label: string
  readonly size?: IconSize
  /** `stacked` puts the word under the icon (tiles); `inline` beside it. */
  readonly layout?: 'inline' | 'stacked'
  readonly className?: string
}

/** An icon with its words: our users should never have to guess what a picture means. */
export function IconLabel({ icon, label, size = 'md', layout = 'inline', className }: IconLabelProps) {
  return (
    <View className={classNames('ui-icon-label', `ui-icon-label--${layout}`, className)}>
      <Icon name={icon} size={size} />
      <Text className='ui-icon-label__text'>{label}</Text>
    </View>
  )
}
