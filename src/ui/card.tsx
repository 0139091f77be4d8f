import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { a11yProps } from './a11y-props'
import { classNames } from './class-names'
import './card.css'

export interface CardProps {
  readonly children: ReactNode
  readonly className?: string
  /** Makes the whole card one tap target, read as a button with this label. */
  readonly onClick?: () => void
  readonly spokenLabel?: string
}

/** A white surface that groups one thing (a profile, a bulletin, a station). */
export function Card({ children, className, onClick, spokenLabel }: CardProps) {
  return (
    <View
      className={classNames('ui-card', onClick && 'ui-card--tappable', className)}
      hoverClass={onClick ? 'ui-card--pressed' : 'none'}
      onClick={onClick}
      {...a11yProps({ role: onClick ? 'button' : undefined, label: spokenLabel })}
    >
      {children}
    </View>
  )
}
