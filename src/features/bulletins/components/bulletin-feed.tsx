import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { kindLabel } from '../../../domain/bulletins/bulletin-kinds'
import { errorMessage } from '../../../lib/error-messages'
import { Button } from '../../../ui/button'
import { EmptyState } from '../../../ui/empty-state'
import { ErrorState } from '../../../ui/error-state'
import { LoadingState } from '../../../ui/loading-state'
import { SearchBar } from '../../../ui/search-bar'
import { Section } from '../../../ui/section'
import type { BulletinFeed as Feed } from '../hooks/use-bulletin-feed'
import { BULLETINS_ERROR_MESSAGES } from '../model/bulletins-error-messages'
import { BulletinCard } from './bulletin-card'
import { KindFilter } from './kind-filter'
import { NewIssueAlertSwitch } from './new-issue-alert-switch'
import { OfflineNotice } from './offline-notice'
import './bulletin-feed.css'
import { BULLETIN_SEARCH_PROMPT } from '../model/search-prompt'

/** Opens the search page for a query (the results have their own page, with 返回). */
function openSearch(query: string): void {
  const trimmed = query.trim()
  if (trimmed === '') return
  void Taro.navigateTo({ url: `/packages/bulletins/search/index?q=${encodeURIComponent(trimmed)}` })
}

/** 资讯 on the 首页 tab: search, the new-issue switch, the kinds, and the list newest first, page by page. */
export function BulletinFeed({ feed }: { readonly feed: Feed }) {
  const [query, setQuery] = useState('')
  const { state, loadMore, reload } = feed.list
  const labelOf = (key: string) => kindLabel(feed.kinds, key)

  return (
    <Section title='资讯' description='工作简报、通知公告、政策法规、维权案例'>
      <View className='bulletin-feed'>
        <SearchBar value={query} onChange={setQuery} onSearch={openSearch} placeholder={BULLETIN_SEARCH_PROMPT} />
        <NewIssueAlertSwitch />
        <KindFilter kinds={feed.kinds} selected={feed.kind} onSelect={feed.selectKind} />
        {state.savedAt !== null ? <OfflineNotice savedAt={state.savedAt} onRetry={reload} retrying={state.status === 'loading'} /> : null}
        {state.status === 'loading' && state.items.length === 0 ? <LoadingState rows={4} label='正在加载资讯…' /> : null}
        {state.status === 'error' ? <ErrorState message={errorMessage(state.error, BULLETINS_ERROR_MESSAGES)} onRetry={reload} /> : null}
        {state.status === 'empty' ? <EmptyState icon='news' title='这个栏目还没有资讯' description='换个栏目看看' /> : null}
        <View className='bulletin-feed__list'>
          {state.items.map(item => (
            <BulletinCard key={item.id} item={item} kindLabel={labelOf(item.kind)} />
          ))}
        </View>
        {state.status === 'ready' && state.savedAt === null ? (
          <View className='bulletin-feed__more'>
            {state.nextCursor !== null ? (
              <Button variant='secondary' block loading={state.loadingMore} onClick={loadMore} spokenLabel='加载更多资讯'>
                {state.error !== undefined ? '没加载出来，再试一次' : '加载更多'}
              </Button>
            ) : (
              <Text className='bulletin-feed__end'>没有更多了</Text>
            )}
          </View>
        ) : null}
      </View>
    </Section>
  )
}
