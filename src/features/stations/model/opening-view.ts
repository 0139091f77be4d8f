import type { OpeningStatus } from '../../../domain/stations/opening-hours'
import type { StatusTone } from '../../../ui/status-badge'

/** An opening status as the badge and the line beside it show it. */
export interface OpeningView {
  readonly tone: StatusTone
  /** 营业中 / 即将关闭 / 休息中 / 今日已关门 / 暂停开放: always in words, never colour alone. */
  readonly label: string
  /** `18:00 关门`, `明天 08:00 开门`, or null when there is nothing more to say. */
  readonly detail: string | null
  /** Closed stations are greyed in lists, not hidden. */
  readonly greyed: boolean
}

/** The badge and its detail line for an opening status. */
export function openingView(status: OpeningStatus): OpeningView {
  switch (status.state) {
    case 'open':
      return { tone: 'success', label: status.label, detail: status.closesAt === undefined ? '24 小时开放' : `${status.closesAt} 关门`, greyed: false }
    case 'closing-soon':
      return { tone: 'warning', label: status.label, detail: `${status.closesAt} 关门`, greyed: false }
    case 'closed':
      return {
        tone: 'neutral',
        label: status.label,
        detail: status.opensNext?.label ?? null,
        greyed: true,
      }
  }
}
