import { Canvas, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Certificate } from '../../../domain/contracts/training'
import { errorMessage } from '../../../lib/error-messages'
import type { RemoteState } from '../../../lib/use-remote'
import { a11yProps } from '../../../ui/a11y-props'
import { Button } from '../../../ui/button'
import { ErrorState } from '../../../ui/error-state'
import { LoadingState } from '../../../ui/loading-state'
import { certificateFileName, certificateFoot, certificateLines, certificateTexts } from '../model/certificate-layout'
import { CERTIFICATE_CANVAS_ID, saveCertificateImage, type SaveImageOutcome } from './certificate-image'
import './training.css'

const OUTCOME_WORDS: Readonly<Record<SaveImageOutcome, string>> = {
  saved: process.env.TARO_ENV === 'h5' ? '证书图片已下载' : '已保存到手机相册',
  'privacy-declined': '您没有同意隐私授权，证书图片没有保存。想保存时再点一次“保存图片”。',
  'album-denied': '微信没有允许保存到相册。请点下面的“去设置里允许”，打开“保存到相册”后再保存。',
  failed: '没能保存图片，请稍后再试，或截屏保存。',
}

function CertificateView({ certificate }: { readonly certificate: Certificate }) {
  const [saving, setSaving] = useState(false)
  const [outcome, setOutcome] = useState<SaveImageOutcome | null>(null)
  const save = async () => {
    setSaving(true)
    setOutcome(await saveCertificateImage(certificateLines(certificate), certificateFileName(certificate)))
    setSaving(false)
  }
  return (
    <View className='training-certificate'>
      <View className='training-certificate__paper' {...a11yProps({ role: 'group', label: '结业证书' })}>
        {[...certificateTexts(certificate), ...certificateFoot(certificate)].map(item => (
          <Text key={item.text} className={item.size >= 56 ? 'training-certificate__big' : item.bold ? 'training-certificate__strong' : 'training-certificate__line'}>
            {item.text}
          </Text>
        ))}
      </View>
      {outcome === null ? null : (
        <View className={outcome === 'saved' ? 'training-notice' : 'training-problem'} {...a11yProps({ live: 'polite' })}>
          {outcome === 'saved' ? '✓ ' : '⚠ '}
          {OUTCOME_WORDS[outcome]}
        </View>
      )}
      <View className='training-certificate__actions'>
        <Button block icon='save' loading={saving} onClick={() => void save()}>
          保存图片
        </Button>
        {outcome === 'album-denied' ? (
          <Button variant='secondary' block openType='openSetting' onClick={() => setOutcome(null)}>
            去设置里允许
          </Button>
        ) : null}
        {process.env.TARO_ENV === 'weapp' ? (
          <Button variant='secondary' block icon='copy' openType='share'>
            分享给微信好友
          </Button>
        ) : null}
      </View>
      {/* Drawn only when saving; kept off screen (a native canvas would sit above the page). */}
      {process.env.TARO_ENV === 'weapp' ? <Canvas type='2d' id={CERTIFICATE_CANVAS_ID} className='training-certificate__canvas' /> : null}
    </View>
  )
}

/** 结业证书: the certificate as text on the page, saved as an image to the album and shared with friends. */
export function CertificateScreen({ certificate }: { readonly certificate: RemoteState<Certificate> }) {
  if (certificate.data === undefined) {
    if (certificate.status === 'error') return <ErrorState message={errorMessage(certificate.error)} onRetry={certificate.retry} />
    return <LoadingState label='正在打开结业证书…' />
  }
  return <CertificateView certificate={certificate.data} />
}
