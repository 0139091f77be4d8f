import { Text, View } from '@tarojs/components'
import { Fragment, useState } from 'react'
import { kindLabel } from '../../../domain/bulletins/bulletin-kinds'
import { errorMessage } from '../../../lib/error-messages'
import { Button } from '../../../ui/button'
import { EmptyState } from '../../../ui/empty-state'
import { ErrorState } from '../../../ui/error-state'
import { LoadingState } from '../../../ui/loading-state'
import { SearchBar } from '../../../ui/search-bar'
import { useBulletinKinds } from '../hooks/use-bulletin-kinds'
import type { PagedList } from '../hooks/use-paged-list'
import type { BulletinSearchHit } from '../../../domain/contracts/bulletins'
import { BULLETINS_ERROR_MESSAGES } from '../model/bulletins-error-messages'
import { resultsHeading, startsRelated } from '../model/search-results'
import { SearchHelp } from './search-help'
import { SearchHitCard } from './search-hit-card'
import './bulletin-search.css'
import { BULLETIN_SEARCH_PROMPT } from '../model/search-prompt'

export interface BulletinSearchProps {
  readonly query: string
  readonly onSearch: (query: string) => void
  readonly results: PagedList<BulletinSearchHit>
}

/** The search page: the box (to search again) and the results, title hits first, page by page. */
export function BulletinSearch({ query, onSearch, results }: BulletinSearchProps) {
  const [typed, setTyped] = useState(query)
  const kinds = useBulletinKinds()
  const { state, loadMore, reload } = results
  return (
    <View className='bulletin-search'>
      <SearchBar value={typed} onChange={setTyped} onSearch={value => onSearch(value.trim())} placeholder={BULLETIN_SEARCH_PROMPT} />
      {query === '' ? <EmptyState icon='search' title='输入要找的字词' description='比如“驿站”“农民工维权”“工伤认定”' /> : null}
      {query !== '' && state.status === 'loading' ? <LoadingState rows={4} label={`正在搜索“${query}”…`} /> : null}
      {state.status === 'error' ? <ErrorState message={errorMessage(state.error, BULLETINS_ERROR_MESSAGES)} onRetry={reload} /> : null}
      {query !== '' && state.status === 'empty' ? (
        <>
          <EmptyState icon='search' title={`资讯里没有找到“${query}”`} description='换个说法，或少写几个字再试。遇到欠薪、工伤等难处，可以直接找工会：' />
          <SearchHelp />
        </>
      ) : null}
      {state.status === 'ready' ? <Text className='bulletin-search__count'>{resultsHeading(state.items)}</Text> : null}
      <View className='bulletin-search__results'>
        {state.items.map((hit, index) => (
          <Fragment key={hit.id}>
            {startsRelated(state.items, index) ? <Text className='bulletin-search__related'>下面这些说法不完全一样，意思相近：</Text> : null}
            <SearchHitCard hit={hit} kindLabel={kindLabel(kinds, hit.kind)} query={query} />
          </Fragment>
        ))}
      </View>
      {state.status === 'ready' ? (
        state.nextCursor !== null ? (
          <Button variant='secondary' block loading={state.loadingMore} onClick={loadMore} spokenLabel='加载更多搜索结果'>
            {state.error !== undefined ? '没加载出来，再试一次' : '加载更多'}
          </Button>
        ) : (
          <Text className='bulletin-search__end'>没有更多了</Text>
        )
      ) : null}
    </View>
  )
}
