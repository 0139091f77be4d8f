import { View } from '@tarojs/components'
import { errorMessage } from '../../../lib/error-messages'
import { a11yProps } from '../../../ui/a11y-props'
import { Button } from '../../../ui/button'

/** Under a list: 加载更多 while there is more, and why the last attempt failed. */
export function PagedFooter({ hasMore, loading, error, onMore }: { readonly hasMore: boolean; readonly loading: boolean; readonly error: unknown; readonly onMore: () => void }) {
  if (!hasMore) return null
  return (
    <View className='training-paged-footer'>
      {error === undefined ? null : (
        <View className='training-problem' {...a11yProps({ live: 'assertive' })}>
          ⚠ {errorMessage(error)}
        </View>
      )}
      <Button variant='secondary' block loading={loading} onClick={onMore}>
        加载更多
      </Button>
    </View>
  )
}
