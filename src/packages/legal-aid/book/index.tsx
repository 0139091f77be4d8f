import { LEGAL_AID_BOOKED_TEMPLATE } from '../../../domain/notifications/subscribe-templates'
import { BookingScreen } from '../../../features/legal-aid/components/booking-screen'
import { useSubscribeAsk } from '../../../features/notifications/hooks/use-subscribe-ask'
import { PageHeader } from '../../../ui/page-header'
import { Screen } from '../../../ui/screen'

/** 预约法律援助: the lawyer on duty, the chairman's reception day, or a call back; free of charge. */
export default function BookLegalAidPage() {
  const askForConfirmation = useSubscribeAsk(LEGAL_AID_BOOKED_TEMPLATE.key, '预约结果')
  return (
    <Screen>
      <PageHeader title='预约法律援助' subtitle='工会请的律师和工会主席接待，都不收费' />
      <BookingScreen askForConfirmation={() => askForConfirmation().then(result => result.notice)} />
    </Screen>
  )
}
