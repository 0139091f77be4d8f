import { Text, View } from '@tarojs/components'
import type { IconName } from './icon-paths'
import { Icon } from './icon'
import { a11yProps } from './a11y-props'
import { classNames } from './class-names'
import './list-item.css'

export interface ListItemProps {
  readonly title: string
  readonly subtitle?: string
  /** Short text at the right edge: a status, a count, a date. */
  readonly rightText?: string
  readonly icon?: IconName
  /** Shows the chevron; on by default when the row is tappable. */
  readonly chevron?: boolean
  readonly onClick?: () => void
  readonly className?: string
}

/** One row of a list: at least 56 px tall, the whole row is the tap target. */
export function ListItem({ title, subtitle, rightText, icon, chevron, onClick, className }: ListItemProps) {
  const showChevron = chevron ?? onClick !== undefined
  const spoken = [title, subtitle, rightText].filter(Boolean).join('，')
  return (
    <View
      className={classNames('ui-list-item', onClick && 'ui-list-item--tappable', className)}
      hoverClass={onClick ? 'ui-list-item--pressed' : 'none'}
      onClick={onClick}
      {...a11yProps({ role: onClick ? 'button' : undefined, label: onClick ? spoken : undefined })}
    >
      {icon ? (
        <View className='ui-list-item__icon'>
          <Icon name={icon} size='lg' />
        </View>
      ) : null}
      <View className='ui-list-item__body'>
        <Text className='ui-list-item__title'>{title}</Text>
        {subtitle ? <Text className='ui-list-item__subtitle'>{subtitle}</Text> : null}
      </View>
      {rightText ? <Text className='ui-list-item__right'>{rightText}</Text> : null}
      {showChevron ? <Icon name='chevronRight' className='ui-list-item__chevron' /> : null}
    </View>
  )
}
