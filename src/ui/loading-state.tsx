import { Text, View } from '@tarojs/components'
import { a11yProps } from './a11y-props'
import './loading-state.css'

export interface LoadingStateProps {
  /** How many placeholder rows to draw: roughly what the loaded content will fill. */
  readonly rows?: number
  /** Said to screen readers (and shown under the skeleton on slow networks). */
  readonly label?: string
}

/** A grey skeleton in the shape of the coming content, plus words so nobody wonders if it froze. */
export function LoadingState({ rows = 3, label = '正在加载…' }: LoadingStateProps) {
  return (
    <View className='ui-loading-state' {...a11yProps({ busy: true, live: 'polite', label })}>
      {Array.from({ length: rows }, (_, index) => (
        <View key={index} className='ui-loading-state__row' {...a11yProps({ hidden: true })}>
          <View className='ui-loading-state__line ui-loading-state__line--title' />
          <View className='ui-loading-state__line' />
        </View>
      ))}
      <Text className='ui-loading-state__label'>{label}</Text>
    </View>
  )
}
