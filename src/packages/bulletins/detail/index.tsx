import { useRouter, useShareAppMessage } from '@tarojs/taro'
import { BulletinDetail } from '../../../features/bulletins/components/bulletin-detail'
import { useBulletin } from '../../../features/bulletins/hooks/use-bulletin'
import { bulletinPagePath } from '../../../features/bulletins/model/share-link'
import { Screen } from '../../../ui/screen'

function param(value: string | undefined): string {
  if (value === undefined) return ''
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

/** A bulletin to read: `?id=` (a shared link opens here directly), `&q=` the search that led here, `&item=` where to open. */
export default function BulletinDetailPage() {
  const { params } = useRouter()
  const id = param(params.id)
  const item = Number(param(params.item))
  const state = useBulletin(id)
  useShareAppMessage(() => ({ title: state.bulletin?.body.title ?? '职工服务 · 资讯', path: bulletinPagePath(id) }))
  return (
    <Screen>
      <BulletinDetail id={id} state={state} query={param(params.q)} itemNumber={Number.isInteger(item) && item > 0 ? item : null} />
    </Screen>
  )
}
