import { useRouter, useShareAppMessage } from '@tarojs/taro'
import { CertificateScreen } from '../../../features/training/components/certificate-screen'
import { useCertificate } from '../../../features/training/hooks/use-certificate'
import { certificateShareMessage } from '../../../features/training/model/certificate-layout'
import { trainingRoutes } from '../../../features/training/model/training-routes'
import { PageHeader } from '../../../ui/page-header'
import { Screen } from '../../../ui/screen'

/** 结业证书: shown as text, saved to the album as an image, shared with friends (who land on the course). */
export default function CertificatePage() {
  const { params } = useRouter()
  const courseId = params.id ?? ''
  const certificate = useCertificate(courseId)
  useShareAppMessage(() => certificateShareMessage(certificate.data, trainingRoutes.course(courseId)))
  return (
    <Screen>
      <PageHeader title='结业证书' />
      <CertificateScreen certificate={certificate} />
    </Screen>
  )
}
