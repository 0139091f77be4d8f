import type { CaseStatus } from '../../../domain/legal-aid/case-status'
import type { StatusTone } from '../../../ui/status-badge'

/** The badge tone of a status; each tone has its own icon, so colour is never the only sign. */
export function caseTone(status: CaseStatus): StatusTone {
  switch (status) {
    case 'booked':
      return 'info'
    case 'attended':
    case 'mediating':
    case 'assigned':
      return 'pending'
    case 'closed':
      return 'success'
    case 'cancelled':
      return 'neutral'
    case 'no-show':
      return 'warning'
  }
}
