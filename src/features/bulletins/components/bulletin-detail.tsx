import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useRef } from 'react'
import { kindLabel } from '../../../domain/bulletins/bulletin-kinds'
import { canRetry } from '../../../lib/cloud-error'
import { errorMessage } from '../../../lib/error-messages'
import { Button } from '../../../ui/button'
import { ErrorState } from '../../../ui/error-state'
import { LoadingState } from '../../../ui/loading-state'
import type { BulletinState } from '../hooks/use-bulletin'
import { useBulletinKinds } from '../hooks/use-bulletin-kinds'
import { useReadAloud } from '../hooks/use-read-aloud'
import { scrollToAnchor } from '../hooks/scroll-to-anchor'
import { itemAnchor } from '../model/bulletin-outline'
import { BULLETINS_ERROR_MESSAGES } from '../model/bulletins-error-messages'
import { readCountLabel } from '../model/read-count'
import { BulletinArticle } from './bulletin-article'
import { OfflineNotice } from './offline-notice'
import { ReadAloudBar } from './read-aloud-bar'
import { ShareBulletin } from './share-bulletin'
import './bulletin-detail.css'

export interface BulletinDetailProps {
  readonly id: string
  readonly state: BulletinState
  /** The search that led here (its hits are marked), or ''. */
  readonly query: string
  /** The item to open at (from a search hit), or null. */
  readonly itemNumber: number | null
}

/** Back to the list the person came from; opened from a shared link there is none, so to the feed on 首页. */
function backToNews(): void {
  if (Taro.getCurrentPages().length > 1) void Taro.navigateBack()
  else void Taro.switchTab({ url: '/pages/home/index' })
}

/** Opened from a shared link there is nothing to go back to: a way home instead. */
function goHome(): void {
  void Taro.switchTab({ url: '/pages/home/index' })
}

/** The bulletin page's content: 听简报, the article, its read count, sharing, and the offline and error states. */
export function BulletinDetail({ id, state, query, itemNumber }: BulletinDetailProps) {
  const kinds = useBulletinKinds()
  const jumped = useRef(false)
  const openedDirectly = Taro.getCurrentPages().length <= 1
  const { bulletin } = state
  const reader = useReadAloud(bulletin, bulletin?.publishedAt ?? null)

  const shown = bulletin !== undefined
  useEffect(() => {
    if (jumped.current || !shown || itemNumber === null) return
    jumped.current = true
    // After the article is laid out. Keyed on there being content, not on which copy: the live copy replacing
    // the saved one must not cancel the jump.
    const timer = setTimeout(() => scrollToAnchor(itemAnchor(itemNumber)), 300)
    return () => clearTimeout(timer)
  }, [shown, itemNumber])

  if (bulletin === undefined) {
    // A withdrawn or unknown bulletin stays so: 重试 only where the network may have been the trouble.
    const retryable = canRetry(state.error)
    return state.status === 'error' ? (
      <View className='bulletin-detail__state'>
        <ErrorState message={errorMessage(state.error, BULLETINS_ERROR_MESSAGES)} onRetry={retryable ? state.retry : undefined} />
        <Button variant={retryable ? 'secondary' : 'primary'} icon='news' block onClick={backToNews}>
          返回资讯
        </Button>
      </View>
    ) : (
      <LoadingState rows={6} label='正在打开资讯…' />
    )
  }

  return (
    <View className='bulletin-detail'>
      {state.savedAt !== null ? (
        <View className='bulletin-detail__notice'>
          <OfflineNotice savedAt={state.savedAt} onRetry={state.retry} retrying={state.status === 'loading'} />
        </View>
      ) : null}
      {bulletin.status !== 'published' ? <Text className='bulletin-detail__draft'>预览：这篇资讯还没有发布，职工看不到</Text> : null}
      <ReadAloudBar reader={reader} />
      <BulletinArticle bulletin={bulletin} kindLabel={kindLabel(kinds, bulletin.kind)} publishedAt={bulletin.publishedAt} query={query} readingAnchor={reader.readingAnchor} />
      <View className='bulletin-detail__footer'>
        {state.readCount !== null ? <Text className='bulletin-detail__reads'>{readCountLabel(state.readCount)}</Text> : null}
        {bulletin.status === 'published' ? <ShareBulletin id={id} title={bulletin.body.title} /> : null}
        {openedDirectly ? (
          <Button variant='secondary' icon='home' block onClick={goHome}>
            回到首页
          </Button>
        ) : null}
      </View>
    </View>
  )
}
