import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useRef, useState } from 'react'
import type { MyReport } from '../../../domain/contracts/stations'
import { PROBLEM_REPORT_KINDS, REPORT_STATE_LABELS } from '../../../domain/stations/problem-report'
import { errorMessage } from '../../../lib/error-messages'
import { locateMe } from '../../../lib/location'
import { chooseAndUploadPhoto } from '../../../lib/photo-upload'
import { ensureConsent } from '../../../lib/privacy/consent-gate'
import { a11yProps } from '../../../ui/a11y-props'
import { Button } from '../../../ui/button'
import { Card } from '../../../ui/card'
import { classNames } from '../../../ui/class-names'
import { ErrorState } from '../../../ui/error-state'
import { LoadingState } from '../../../ui/loading-state'
import { Section } from '../../../ui/section'
import { StatusBadge } from '../../../ui/status-badge'
import { TextArea } from '../../../ui/text-area'
import { useReportProblem } from '../hooks/use-report-problem'
import { useStation } from '../hooks/use-station'
import { amenityViews } from '../model/amenity-view'
import { EMPTY_REPORT, NOTE_MAX, reportPayload, reportProblemWith, type ReportDraft } from '../model/report-form'
import { reportTitle } from '../model/report-view'
import { STATIONS_ERROR_MESSAGES } from '../model/stations-error-messages'
import { AmenityIcon } from './amenity-icon'
import './report-problem-form.css'

function Sent({ report, resultNotice, onBack }: { readonly report: MyReport; readonly resultNotice: string | null; readonly onBack: () => void }) {
  return (
    <Card className='report-form__sent'>
      <Text className='report-form__sent-title' {...a11yProps({ live: 'polite' })}>
        已提交，谢谢您！
      </Text>
      <Text>工作人员会尽快去核实。处理结果会显示在驿站页面和“我的反馈”里。</Text>
      {resultNotice === null ? null : (
        <Text className='report-form__result-notice' {...a11yProps({ live: 'polite' })}>
          {resultNotice}
        </Text>
      )}
      <View className='report-form__sent-state'>
        <Text>{report.stationName}</Text>
        <StatusBadge tone='pending' label={REPORT_STATE_LABELS[report.state]} />
      </View>
      <Button block onClick={onBack}>
        返回驿站
      </Button>
    </Card>
  )
}

export interface ReportProblemFormProps {
  readonly stationId: string
  /**
   * Asks WeChat, inside the 提交 tap, for one message with the result, and answers the sentence that says
   * how the person will hear of it. Called before anything is awaited, at most once per form.
   */
  readonly askForResult?: () => Promise<string>
}

/** Report a problem with a station: what is wrong, optionally which amenity, a note, a photo, where it really is. */
export function ReportProblemForm({ stationId, askForResult }: ReportProblemFormProps) {
  const page = useStation(stationId)
  const send = useReportProblem()
  const [draft, setDraft] = useState<ReportDraft>(EMPTY_REPORT)
  const [sent, setSent] = useState<MyReport | null>(null)
  const [photoPreview, setPhotoPreview] = useState<string | null>(null)
  const [photoState, setPhotoState] = useState<'idle' | 'uploading' | 'failed'>('idle')
  const [locating, setLocating] = useState<'idle' | 'locating' | 'failed'>('idle')
  const [tried, setTried] = useState(false)
  const [resultNotice, setResultNotice] = useState<string | null>(null)
  const asked = useRef(false)

  if (page.data === undefined) {
    if (page.status === 'error') return <ErrorState message={errorMessage(page.error, STATIONS_ERROR_MESSAGES)} onRetry={page.retry} />
    return <LoadingState label='正在打开驿站…' />
  }
  const { station } = page.data
  if (sent !== null) return <Sent report={sent} resultNotice={resultNotice} onBack={() => void Taro.navigateBack().catch(() => undefined)} />

  const amenityChoices = amenityViews(station.amenities.length > 0 ? station.amenities : station.catalogue.map(amenity => amenity.key), station.catalogue)
  const missing = reportProblemWith(draft)
  const update = (change: Partial<ReportDraft>) => setDraft(current => ({ ...current, ...change }))

  const addPhoto = async () => {
    setPhotoState('uploading')
    const result = await chooseAndUploadPhoto('station-reports')
    if (result.ok) {
      update({ photo: result.fileId })
      setPhotoPreview(result.previewUrl)
      setPhotoState('idle')
    } else setPhotoState(result.reason === 'failed' ? 'failed' : 'idle')
  }

  const takeMyLocation = async () => {
    setLocating('locating')
    const fix = await locateMe()
    if (fix.ok) {
      update({ suggestedLocation: fix.point })
      setLocating('idle')
    } else setLocating('failed')
  }

  const submit = async () => {
    setTried(true)
    const payload = reportPayload(station.id, draft)
    if (payload === null) return
    // A report keeps who sent it: someone who chose 暂不同意 is asked now, and taps 提交 again after agreeing.
    if (!ensureConsent()) return
    if (askForResult !== undefined && !asked.current) {
      // In the tap itself, before anything is awaited: WeChat shows its prompt only then.
      asked.current = true
      void askForResult().then(setResultNotice)
    }
    const report = await send.run(payload)
    if (report !== undefined) setSent(report)
  }

  return (
    <View className='report-form'>
      <Text className='report-form__station'>{station.name}</Text>
      <Section title='遇到了什么问题？'>
        <View className='report-form__kinds' {...a11yProps({ role: 'radiogroup', label: '问题类型' })}>
          {PROBLEM_REPORT_KINDS.map(({ kind, label }) => {
            const on = draft.kind === kind
            return (
              <View
                key={kind}
                className={classNames('report-form__choice', on && 'report-form__choice--on')}
                onClick={() => update({ kind, amenity: kind === 'missing-amenity' ? draft.amenity : null })}
                {...a11yProps({ role: 'radio', checked: on, label })}
              >
                <Text>{on ? '◉' : '○'}</Text>
                <Text>{label}</Text>
              </View>
            )
          })}
        </View>
      </Section>

      {draft.kind === 'missing-amenity' ? (
        <Section title='缺了哪样？'>
          <View className='report-form__amenities' {...a11yProps({ role: 'radiogroup', label: '缺少的设施' })}>
            {amenityChoices.map(amenity => {
              const on = draft.amenity === amenity.key
              return (
                <View
                  key={amenity.key}
                  className={classNames('report-form__choice', on && 'report-form__choice--on')}
                  onClick={() => update({ amenity: amenity.key })}
                  {...a11yProps({ role: 'radio', checked: on, label: amenity.label })}
                >
                  <AmenityIcon icon={amenity.icon} />
                  <Text>{amenity.label}</Text>
                </View>
              )
            })}
          </View>
        </Section>
      ) : null}

      {draft.kind === 'wrong-location' ? (
        <Section title='驿站在哪里？' description='如果您现在就在驿站门口，可以把您的位置发给工作人员'>
          <Button variant='secondary' icon='station' loading={locating === 'locating'} onClick={() => void takeMyLocation()}>
            {draft.suggestedLocation === null ? '用我现在的位置' : '已记下您的位置，点此重新定位'}
          </Button>
          {locating === 'failed' ? <Text className='report-form__hint'>没能定位，可以在说明里写一下驿站实际在哪</Text> : null}
        </Section>
      ) : null}

      {/* The field's own label is the heading here: a 说明 title above 补充说明 said it twice. */}
      <View className='report-form__note'>
        <TextArea
          label={draft.kind === 'other' ? '请说明情况（必填）' : '补充说明（可不填）'}
          value={draft.note}
          onChange={note => update({ note })}
          maxLength={NOTE_MAX}
          placeholder='例如：下午三点来，门锁着'
        />
      </View>

      <Section title='照片（可不拍）'>
        {photoPreview === null ? null : <Image className='report-form__photo' src={photoPreview} mode='aspectFit' ariaLabel='您选的照片' />}
        <View className='report-form__photo-actions'>
          <Button variant='secondary' icon='camera' loading={photoState === 'uploading'} onClick={() => void addPhoto()}>
            {draft.photo === null ? '拍照或选照片' : '换一张'}
          </Button>
          {draft.photo === null ? null : (
            <Button
              variant='secondary'
              icon='close'
              onClick={() => {
                update({ photo: null })
                setPhotoPreview(null)
              }}
            >
              不用照片
            </Button>
          )}
        </View>
        {photoState === 'failed' ? <Text className='report-form__hint'>照片没有传上去，可以再试一次，或不带照片提交</Text> : null}
      </Section>

      <View className='report-form__submit'>
        {tried && missing !== null ? (
          <Text className='report-form__hint' {...a11yProps({ live: 'assertive' })}>
            ⚠ {missing}
          </Text>
        ) : null}
        {send.error === undefined ? null : (
          <Text className='report-form__hint' {...a11yProps({ live: 'assertive' })}>
            ⚠ {errorMessage(send.error, STATIONS_ERROR_MESSAGES)}
          </Text>
        )}
        <Button block loading={send.pending} disabled={photoState === 'uploading'} onClick={() => void submit()}>
          {draft.kind === null ? '提交' : `提交：${reportTitle({ kind: draft.kind, amenity: draft.amenity }, station.catalogue)}`}
        </Button>
      </View>
    </View>
  )
}
