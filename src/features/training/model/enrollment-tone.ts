import type { MyEnrollment } from '../../../domain/contracts/training'
import type { StatusTone } from '../../../ui/status-badge'

/** The badge tone of a sign-up; each tone has its own icon, so colour is never the only sign. */
export function enrollmentTone(enrollment: Pick<MyEnrollment, 'state' | 'completed'>): StatusTone {
  if (enrollment.completed) return 'success'
  switch (enrollment.state) {
    case 'enrolled':
      return 'success'
    case 'offered':
      return 'warning'
    case 'waiting':
      return 'pending'
    case 'expired':
    case 'course-cancelled':
      return 'danger'
    case 'cancelled':
    case 'left':
      return 'neutral'
  }
}
