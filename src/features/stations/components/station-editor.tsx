import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { StationDetail } from '../../../domain/contracts/stations'
import { DEFAULT_AMENITY_CATALOGUE } from '../../../domain/stations/amenities'
import { errorMessage } from '../../../lib/error-messages'
import { canPickOnMap, pickOnMap } from '../../../lib/location'
import { chooseAndUploadPhoto } from '../../../lib/photo-upload'
import { a11yProps } from '../../../ui/a11y-props'
import { Button } from '../../../ui/button'
import { classNames } from '../../../ui/class-names'
import { ErrorState } from '../../../ui/error-state'
import { LoadingState } from '../../../ui/loading-state'
import { Section } from '../../../ui/section'
import { StatusBadge } from '../../../ui/status-badge'
import { SwitchRow } from '../../../ui/switch-row'
import { TextField } from '../../../ui/text-field'
import { toast } from '../../../ui/toast'
import { useSaveStation, useStationStatus } from '../hooks/use-save-station'
import { useStation } from '../hooks/use-station'
import { CITY_CENTRE } from '../model/districts'
import { CRS_CHOICES, EMPTY_STATION_FORM, formFromStation, formLocation, stationFromForm, withPickedLocation, type StationForm, type StationFormField } from '../model/station-form'
import { STATIONS_ERROR_MESSAGES } from '../model/stations-error-messages'
import { AmenityIcon } from './amenity-icon'
import { HoursEditor } from './hours-editor'
import './station-editor.css'

const MAX_PHOTOS = 9

interface EditorProps {
  readonly existing: StationDetail | null
}

function Editor({ existing }: EditorProps) {
  const [form, setForm] = useState<StationForm>(() => (existing === null ? EMPTY_STATION_FORM : formFromStation(existing)))
  const [current, setCurrent] = useState<StationDetail | null>(existing)
  const [errors, setErrors] = useState<Partial<Record<StationFormField, string>>>({})
  const [photoPreviews, setPhotoPreviews] = useState<Readonly<Record<string, string>>>(() =>
    Object.fromEntries((existing?.photos ?? []).flatMap(photo => (photo.url === null ? [] : [[photo.fileId, photo.url]]))),
  )
  const [uploading, setUploading] = useState(false)
  const save = useSaveStation()
  const status = useStationStatus()
  const catalogue = current?.catalogue ?? DEFAULT_AMENITY_CATALOGUE
  const set = (change: Partial<StationForm>) => setForm(previous => ({ ...previous, ...change }))
  const located = formLocation(form)

  const pick = async () => {
    const point = await pickOnMap(located.ok ? located.point : CITY_CENTRE.centre)
    if (point !== null) setForm(previous => withPickedLocation(previous, point))
  }

  const addPhoto = async () => {
    setUploading(true)
    const result = await chooseAndUploadPhoto('station-photos')
    setUploading(false)
    if (result.ok) {
      set({ photos: [...form.photos, result.fileId] })
      setPhotoPreviews(previews => ({ ...previews, [result.fileId]: result.previewUrl }))
    } else if (result.reason === 'failed') toast.failure('照片没有传上去')
  }

  const submit = async () => {
    const checked = stationFromForm(form)
    if (!checked.ok) {
      setErrors(checked.errors)
      toast.failure('请按提示修改')
      return
    }
    setErrors({})
    const saved = await save.run(current === null ? { kind: 'new' } : { kind: 'existing', stationId: current.id, version: current.version }, checked.station, form.verifiedToday)
    if (saved !== undefined) {
      toast.success('已保存')
      setCurrent(saved)
      setForm(formFromStation(saved))
    }
  }

  const flipStatus = async () => {
    if (current === null) return
    const changed = await status.run(current.id, current.status === 'active' ? 'closed' : 'active')
    if (changed !== undefined) {
      setCurrent(changed)
      set({ status: changed.status })
      toast.success(changed.status === 'active' ? '已恢复开放' : '已暂停开放')
    }
  }

  return (
    <View className='station-editor'>
      {current === null ? null : (
        <View className='station-editor__status'>
          <StatusBadge tone={current.status === 'active' ? 'success' : 'neutral'} label={current.status === 'active' ? '开放中' : '暂停开放'} />
          <Button variant={current.status === 'active' ? 'danger' : 'primary'} icon={current.status === 'active' ? 'warning' : 'success'} loading={status.pending} onClick={() => void flipStatus()}>
            {current.status === 'active' ? '暂停开放' : '恢复开放'}
          </Button>
          {status.error === undefined ? null : <Text className='station-editor__error'>⚠ {errorMessage(status.error, STATIONS_ERROR_MESSAGES)}</Text>}
        </View>
      )}

      <Section title='基本信息'>
        <TextField label='驿站名称' value={form.name} onChange={name => set({ name })} maxLength={40} error={errors.name} />
        <TextField label='详细地址' value={form.address} onChange={address => set({ address })} maxLength={100} error={errors.address} />
        <TextField label='所属区县' value={form.district} onChange={district => set({ district })} maxLength={20} placeholder='沙市区' error={errors.district} />
        <TextField label='联系电话' value={form.phone} onChange={phone => set({ phone })} maxLength={30} placeholder='0716-8123456 或手机号' error={errors.phone} />
        <TextField label='驿站编号（可不填）' value={form.code} onChange={code => set({ code })} maxLength={32} hint='工会登记的编号，导入时按它对应' error={errors.code} />
        <TextField label='建设标准（可不填）' value={form.standard} onChange={standard => set({ standard })} maxLength={20} placeholder='七个一' error={errors.standard} />
      </Section>

      <Section title='位置' description='在地图上选点，或填写经纬度'>
        {canPickOnMap ? (
          <Button icon='station' onClick={() => void pick()}>
            在地图上选点
          </Button>
        ) : null}
        <View className='station-editor__choices' {...a11yProps({ role: 'radiogroup', label: '坐标来自哪种地图' })}>
          {CRS_CHOICES.map(choice => {
            const on = form.crs === choice.crs
            return (
              <View
                key={choice.crs}
                className={classNames('station-editor__choice', on && 'station-editor__choice--on')}
                onClick={() => set({ crs: choice.crs })}
                {...a11yProps({ role: 'radio', checked: on, label: choice.label })}
              >
                <Text>{choice.label}</Text>
              </View>
            )
          })}
        </View>
        <View className='station-editor__coordinates'>
          <TextField label='经度' value={form.lng} onChange={lng => set({ lng })} maxLength={14} placeholder='112.239' />
          <TextField label='纬度' value={form.lat} onChange={lat => set({ lat })} maxLength={14} placeholder='30.327' />
        </View>
        {errors.location === undefined ? (
          located.ok && form.crs !== 'gcj02' ? <Text className='station-editor__hint'>保存时换算为微信地图坐标：{located.point.lng.toFixed(6)}, {located.point.lat.toFixed(6)}</Text> : null
        ) : (
          <Text className='station-editor__error'>⚠ {errors.location}</Text>
        )}
      </Section>

      <Section title='开放时间'>
        <HoursEditor draft={form.hours} error={errors.hours} onChange={hours => set({ hours })} />
      </Section>

      <Section title='设施'>
        <View className='station-editor__choices'>
          {catalogue.map(amenity => {
            const on = form.amenities.includes(amenity.key)
            return (
              <View
                key={amenity.key}
                className={classNames('station-editor__choice', on && 'station-editor__choice--on')}
                onClick={() => set({ amenities: on ? form.amenities.filter(key => key !== amenity.key) : [...form.amenities, amenity.key] })}
                {...a11yProps({ role: 'checkbox', checked: on, label: amenity.label })}
              >
                <AmenityIcon icon={amenity.icon} />
                <Text>{amenity.label}</Text>
              </View>
            )
          })}
        </View>
        {errors.amenities === undefined ? null : <Text className='station-editor__error'>⚠ {errors.amenities}</Text>}
      </Section>

      <Section title='照片' description={`最多 ${MAX_PHOTOS} 张`}>
        <View className='station-editor__photos'>
          {form.photos.map((fileId, index) => (
            <View key={fileId} className='station-editor__photo'>
              {photoPreviews[fileId] === undefined ? (
                <Text className='station-editor__hint'>照片 {index + 1}</Text>
              ) : (
                <Image className='station-editor__image' src={photoPreviews[fileId] ?? ''} mode='aspectFill' ariaLabel={`照片 ${index + 1}`} />
              )}
              <Button variant='danger' icon='trash' spokenLabel={`删除照片 ${index + 1}`} onClick={() => set({ photos: form.photos.filter(photo => photo !== fileId) })}>
                删除
              </Button>
            </View>
          ))}
        </View>
        {form.photos.length < MAX_PHOTOS ? (
          <Button variant='secondary' icon='camera' loading={uploading} onClick={() => void addPhoto()}>
            添加照片
          </Button>
        ) : null}
      </Section>

      <Section title='核实'>
        <SwitchRow label='今天已到现场核实' description='保存时把“最近核实”日期记为今天' checked={form.verifiedToday} onChange={verifiedToday => set({ verifiedToday })} />
      </Section>

      <View className='station-editor__save'>
        {save.error === undefined ? null : (
          <Text className='station-editor__error' {...a11yProps({ live: 'assertive' })}>
            ⚠ {errorMessage(save.error, STATIONS_ERROR_MESSAGES)}
          </Text>
        )}
        <Button block loading={save.pending} disabled={uploading} onClick={() => void submit()}>
          {current === null ? '保存并新增驿站' : '保存修改'}
        </Button>
        <Button variant='secondary' block onClick={() => void Taro.navigateBack().catch(() => undefined)}>
          返回
        </Button>
      </View>
    </View>
  )
}

/** Staff: add a station (no id) or edit one: details, place, hours, amenities, photos, close or reopen. */
export function StationEditor({ stationId }: { readonly stationId: string | null }) {
  if (stationId === null) return <Editor existing={null} />
  return <ExistingStationEditor stationId={stationId} />
}

function ExistingStationEditor({ stationId }: { readonly stationId: string }) {
  const page = useStation(stationId)
  if (page.data === undefined) {
    if (page.status === 'error') return <ErrorState message={errorMessage(page.error, STATIONS_ERROR_MESSAGES)} onRetry={page.retry} />
    return <LoadingState label='正在打开驿站…' />
  }
  if (page.data.offlineSavedAt !== null) return <ErrorState message='现在没有网络，驿站信息需要联网才能修改' onRetry={page.retry} />
  return <Editor key={page.data.station.id} existing={page.data.station} />
}
