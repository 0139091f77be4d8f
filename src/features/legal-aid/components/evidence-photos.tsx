import { Image, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { chooseAndUploadPhoto } from '../../../lib/photo-upload'
import { Button } from '../../../ui/button'
import { EVIDENCE_PHOTOS_MAX, type EvidencePhoto } from '../model/booking-form'
import './evidence-photos.css'

export interface EvidencePhotosProps {
  readonly photos: readonly EvidencePhoto[]
  readonly onChange: (photos: readonly EvidencePhoto[]) => void
  /** Whether a photo is being uploaded, so the booking waits for it. */
  readonly onBusy: (busy: boolean) => void
}

/**
 * 证据照片: up to three photos (工资条, 合同, 伤处…) taken or picked, compressed on the phone and uploaded
 * to the worker's own folder; each can be taken back before booking.
 */
export function EvidencePhotos({ photos, onChange, onBusy }: EvidencePhotosProps) {
  const [state, setState] = useState<'idle' | 'uploading' | 'failed'>('idle')
  const add = async () => {
    setState('uploading')
    onBusy(true)
    const result = await chooseAndUploadPhoto('legal-evidence')
    onBusy(false)
    if (result.ok) {
      onChange([...photos, { fileId: result.fileId, previewUrl: result.previewUrl }])
      setState('idle')
    } else setState(result.reason === 'failed' ? 'failed' : 'idle')
  }
  return (
    <View className='evidence-photos'>
      {photos.map((photo, index) => (
        <View key={photo.fileId} className='evidence-photos__item'>
          <Image className='evidence-photos__image' src={photo.previewUrl} mode='aspectFit' ariaLabel={`第 ${index + 1} 张照片`} />
          <Button variant='secondary' spokenLabel={`删掉第 ${index + 1} 张照片`} onClick={() => onChange(photos.filter(other => other.fileId !== photo.fileId))}>
            删掉
          </Button>
        </View>
      ))}
      {photos.length < EVIDENCE_PHOTOS_MAX ? (
        <Button variant='secondary' icon='camera' loading={state === 'uploading'} onClick={() => void add()}>
          {photos.length === 0 ? '拍照或选照片' : '再加一张'}
        </Button>
      ) : (
        <Text className='evidence-photos__hint'>最多 {EVIDENCE_PHOTOS_MAX} 张</Text>
      )}
      {state === 'failed' ? <Text className='evidence-photos__hint'>照片没有传上去，可以再试一次，或不带照片预约</Text> : null}
    </View>
  )
}
