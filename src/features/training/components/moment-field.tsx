import { View } from '@tarojs/components'
import type { ShanghaiMoment } from '../../../domain/training/course-input'
import { TextField } from '../../../ui/text-field'
import './training.css'

/** A Shanghai day and time typed side by side (`2026-11-04`, `09:00`), labelled as one thing. */
export function MomentField({ label, value, onChange }: { readonly label: string; readonly value: ShanghaiMoment; readonly onChange: (value: ShanghaiMoment) => void }) {
  return (
    <View className='training-moment'>
      <TextField label={`${label}日期`} value={value.day} onChange={day => onChange({ ...value, day })} maxLength={10} placeholder='2026-11-04' />
      <TextField label={`${label}时间`} value={value.time} onChange={time => onChange({ ...value, time })} maxLength={5} placeholder='09:00' />
    </View>
  )
}
