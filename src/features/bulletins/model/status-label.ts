import type { BulletinStatus } from '../../../domain/contracts/bulletins'
import type { StatusTone } from '../../../ui/status-badge'

const STATUS: Readonly<Record<BulletinStatus, { label: string; tone: StatusTone }>> = {
  draft: { label: '草稿', tone: 'pending' },
  published: { label: '已发布', tone: 'success' },
  unpublished: { label: '已撤回', tone: 'warning' },
}

/** A bulletin's status in words with its badge tone (the words carry it, the colour only helps). */
export function bulletinStatusLabel(status: BulletinStatus): { readonly label: string; readonly tone: StatusTone } {
  return STATUS[status]
}
