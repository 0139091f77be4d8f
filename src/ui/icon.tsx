import { View } from '@tarojs/components'
import type { IconName } from './icon-paths'
import { iconDataUri } from './icon-svg'
import { a11yProps } from './a11y-props'
import { classNames } from './class-names'
import './icon.css'

export type IconSize = 'md' | 'lg' | 'xl'

export interface IconProps {
  readonly name: IconName
  readonly size?: IconSize
  readonly className?: string
}

/**
 * A decorative icon, always shown beside words (see IconLabel), so it is hidden from screen
 * readers. Drawn as a CSS mask over `currentColor`: weapp has no inline SVG, and a mask keeps
 * the icon in the colour of the text next to it with no image files or remote icon fonts.
 */
export function Icon({ name, size = 'md', className }: IconProps) {
  const uri = `url("${iconDataUri(name)}")`
  return (
    <View
      className={classNames('ui-icon', `ui-icon--${size}`, className)}
      style={{ WebkitMaskImage: uri, maskImage: uri }}
      {...a11yProps({ hidden: true })}
    />
  )
}
