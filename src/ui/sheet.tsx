import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { a11yProps } from './a11y-props'
import './sheet.css'

export interface SheetProps {
  /** The question or topic; the sheet's heading and its name for screen readers. */
  readonly title: string
  readonly children: ReactNode
  /** Tapping the dimmed page behind; leave out when the sheet needs an explicit answer. */
  readonly onDismiss?: () => void
  /** Layering when two sheets could show at once; WeChat's privacy question goes on top. */
  readonly layer?: 'dialog' | 'consent' | 'authorization'
}

/**
 * A modal panel rising from the bottom edge, drawn inside the page (so it follows the text size)
 * with its buttons where a thumb reaches. Scrolling behind it is blocked on weapp.
 */
export function Sheet({ title, children, onDismiss, layer = 'dialog' }: SheetProps) {
  return (
    <View className={`ui-sheet ui-sheet--${layer}`} catchMove>
      <View className='ui-sheet__backdrop' onClick={onDismiss} {...a11yProps({ hidden: true })} />
      <View className='ui-sheet__panel' {...a11yProps({ role: 'dialog', modal: true, label: title })}>
        <Text className='ui-sheet__title' {...a11yProps({ role: 'heading', level: 2 })}>
          {title}
        </Text>
        {children}
      </View>
    </View>
  )
}
