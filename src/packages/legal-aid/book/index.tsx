import { LEGAL_AID_BOOKED_TEMPLATE, LEGAL_AID_PROGRESS_TEMPLATE, SERVICE_REMINDER_TEMPLATE } from '../../../domain/notifications/subscribe-templates'
import { BookingScreen } from '../../../features/legal-aid/components/booking-screen'
import { useSubscribeAsk } from '../../../features/notifications/hooks/use-subscribe-ask'
import { PageHeader } from '../../../ui/page-header'
import { Screen } from '../../../ui/screen'

/**
 * The booking tap asks, in one WeChat prompt, for the confirmation, the reminder the day before and the
 * case's progress: none of those later messages has a tap of its own to ask in.
 */
const BOOKING_MESSAGES = [LEGAL_AID_BOOKED_TEMPLATE.key, SERVICE_REMINDER_TEMPLATE.key, LEGAL_AID_PROGRESS_TEMPLATE.key] as const

/** 预约法律援助: the lawyer on duty, the chairman's reception day, or a call back; free of charge. */
export default function BookLegalAidPage() {
  const askForConfirmation = useSubscribeAsk(BOOKING_MESSAGES, '预约结果')
  return (
    <Screen>
      <PageHeader title='预约法律援助' subtitle='工会请的律师和工会主席接待，都不收费' />
      <BookingScreen askForConfirmation={() => askForConfirmation().then(result => result.notice)} />
    </Screen>
  )
}
