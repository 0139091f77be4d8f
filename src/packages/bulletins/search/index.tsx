import Taro, { useReachBottom, useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { BulletinSearch } from '../../../features/bulletins/components/bulletin-search'
import { useBulletinSearch } from '../../../features/bulletins/hooks/use-bulletin-search'
import { Screen } from '../../../ui/screen'

function initialQuery(value: string | undefined): string {
  if (value === undefined) return ''
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

/** Search results for `?q=`; searching again stays on this page. */
export default function BulletinSearchPage() {
  const { params } = useRouter()
  const [query, setQuery] = useState(() => initialQuery(params.q))
  const results = useBulletinSearch(query)
  useReachBottom(results.loadMore)
  const search = (next: string) => {
    setQuery(next)
    void Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined)
  }
  return (
    <Screen>
      <BulletinSearch query={query} onSearch={search} results={results} />
    </Screen>
  )
}
