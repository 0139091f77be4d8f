import { Text, View } from '@tarojs/components'
import { Icon } from './icon'
import { Button } from './button'
import { a11yProps } from './a11y-props'
import './error-state.css'

export interface ErrorStateProps {
  /** Plain words: what went wrong, from the person's side (网络不好，请稍后重试). */
  readonly message: string
  readonly onRetry?: () => void
  readonly retrying?: boolean
}

/** A failure in plain words with a 重试 button; announced to screen readers when it appears. */
export function ErrorState({ message, onRetry, retrying = false }: ErrorStateProps) {
  return (
    <View className='ui-error-state' {...a11yProps({ live: 'assertive' })}>
      <View className='ui-error-state__message'>
        <Icon name='warning' size='lg' />
        <Text>{message}</Text>
      </View>
      {onRetry ? (
        <Button variant='secondary' icon='refresh' block loading={retrying} onClick={onRetry}>
          重试
        </Button>
      ) : null}
    </View>
  )
}
