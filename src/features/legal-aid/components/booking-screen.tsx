import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useRef, useState } from 'react'
import type { BookingOptions, MyCase, SlotView } from '../../../domain/contracts/legal-aid'
import { describeCutoff } from '../../../domain/legal-aid/cancel-cutoff'
import { caseConsentText } from '../../../domain/legal-aid/case-consent'
import { CASE_TYPES, type CaseType } from '../../../domain/legal-aid/case-types'
import { dayWords } from '../../../domain/legal-aid/when-words'
import { errorMessage } from '../../../lib/error-messages'
import { ensureConsent } from '../../../lib/privacy/consent-gate'
import { a11yProps } from '../../../ui/a11y-props'
import { Button } from '../../../ui/button'
import { Card } from '../../../ui/card'
import { EmptyState } from '../../../ui/empty-state'
import { ErrorState } from '../../../ui/error-state'
import { LoadingState } from '../../../ui/loading-state'
import { Section } from '../../../ui/section'
import { TextArea } from '../../../ui/text-area'
import { TextField } from '../../../ui/text-field'
import { useBookSlot } from '../hooks/use-book-slot'
import { useBookingOptions } from '../hooks/use-booking-options'
import { useSlots } from '../hooks/use-slots'
import { bookingPayload, bookingProblem, CONTACT_NAME_MAX, DESCRIPTION_MAX, emptyBookingDraft, EMPLOYER_MAX, needsConsent, PHONE_MAX, type BookingDraft } from '../model/booking-form'
import { LEGAL_AID_PAGES } from '../model/legal-aid-pages'
import { isBookable, slotButtonWords, slotWhen } from '../model/slot-words'
import { CallNumbersList } from './call-numbers'
import { ChoiceList } from '../../../ui/choice-list'
import { ConsentBox } from './consent-box'
import { EvidencePhotos } from './evidence-photos'
import './booking-screen.css'

export interface BookingScreenProps {
  /**
   * Asks WeChat, inside the 确认预约 tap, for the booking confirmation message, records the answer, and
   * answers the sentence that says how the person will hear of it. Called before anything is awaited.
   */
  readonly askForConfirmation?: () => Promise<string>
}

function Booked({ booked, notice }: { readonly booked: MyCase; readonly notice: string | null }) {
  return (
    <Card className='legal-booking__done'>
      <View className='legal-booking__done-title' {...a11yProps({ live: 'polite' })}>
        预约成功
      </View>
      <Text>
        {booked.serviceName}：{dayWords(booked.day)} {booked.start}–{booked.end}
      </Text>
      <Text>
        地点：{booked.room}（{booked.hostName}接待）
      </Text>
      <Text>请带上身份证和相关材料（合同、工资条、聊天记录等）。</Text>
      {notice === null ? null : <Text className='legal-booking__notice'>{notice}</Text>}
      <Button block onClick={() => void Taro.redirectTo({ url: LEGAL_AID_PAGES.myCase(booked.id) })}>
        查看我的预约
      </Button>
    </Card>
  )
}

function SlotDays({ days, selected, onSelect }: { readonly days: readonly { readonly day: string; readonly closedReason: string | null; readonly slots: readonly SlotView[] }[]; readonly selected: string | null; readonly onSelect: (slot: SlotView) => void }) {
  return (
    <View className='legal-booking__days'>
      {days.map(day => (
        <View key={day.day} className='legal-booking__day'>
          <Text className='legal-booking__day-title' {...a11yProps({ role: 'heading', level: 3 })}>
            {dayWords(day.day)}
            {day.closedReason === null ? '' : `（暂停接待：${day.closedReason}）`}
          </Text>
          <ChoiceList
            compact
            label={`${dayWords(day.day)}的时段`}
            selected={selected}
            onSelect={key => {
              const slot = day.slots.find(candidate => candidate.slotId === key)
              if (slot !== undefined) onSelect(slot)
            }}
            choices={day.slots.map(slot => ({ key: slot.slotId, label: slotButtonWords(slot).text, spoken: slotButtonWords(slot).spoken, disabled: !isBookable(slot) }))}
          />
        </View>
      ))}
    </View>
  )
}

function BookingForm({ options, askForConfirmation }: { readonly options: BookingOptions; readonly askForConfirmation?: () => Promise<string> }) {
  const [serviceKey, setServiceKey] = useState(options.services[0]?.key ?? '')
  const [slotsVersion, setSlotsVersion] = useState(0)
  const slots = useSlots(serviceKey, slotsVersion)
  const [chosen, setChosen] = useState<SlotView | null>(null)
  const [draft, setDraft] = useState<BookingDraft>(() => emptyBookingDraft(options.nickname, options.boundPhoneMasked !== null))
  const [tried, setTried] = useState(false)
  const [booked, setBooked] = useState<MyCase | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const asked = useRef(false)
  const book = useBookSlot()
  const consent = caseConsentText(options.retentionYears)
  const update = (change: Partial<BookingDraft>) => setDraft(current => ({ ...current, ...change }))
  const [uploading, setUploading] = useState(false)

  if (booked !== null) return <Booked booked={booked} notice={notice} />

  // The chosen slot as last counted: one that filled up or closed meanwhile is no longer chosen.
  const fresh = chosen === null ? undefined : slots.data?.days.flatMap(day => day.slots).find(candidate => candidate.slotId === chosen.slotId)
  const slot = fresh === undefined ? (slots.data === undefined ? chosen : null) : isBookable(fresh) ? fresh : null
  const problem = bookingProblem(draft, slot !== null)
  const submit = async () => {
    setTried(true)
    const payload = bookingPayload(slot?.slotId ?? null, draft, options.consentVersion)
    if (payload === null) return
    // A booking keeps who made it: someone who chose 暂不同意 is asked now, and books after agreeing.
    if (!ensureConsent()) return
    if (askForConfirmation !== undefined && !asked.current) {
      // Asked in the tap itself, before anything is awaited: WeChat shows its prompt only then. The
      // booking waits for the answer to be recorded, since its confirmation is sent with the booking.
      asked.current = true
      setNotice(await askForConfirmation())
    }
    const result = await book.run(payload)
    if (result !== undefined) setBooked(result)
    // Refused (someone took the last place, the day closed): the places on screen are counted again.
    else setSlotsVersion(value => value + 1)
  }

  return (
    <View className='legal-booking'>
      {options.pause === null ? null : (
        <Card className='legal-booking__paused'>
          <Text className='legal-booking__paused-title'>暂时不能在小程序里预约</Text>
          <Text>{options.pause.reason}</Text>
          <Text>需要帮助请直接打电话。</Text>
        </Card>
      )}

      <Section title='选择服务'>
        <ChoiceList
          label='服务'
          selected={serviceKey}
          onSelect={key => {
            setServiceKey(key)
            setChosen(null)
          }}
          choices={options.services.map(service => ({ key: service.key, label: service.name, hint: service.description }))}
        />
      </Section>

      <Section title='选择时间' description={`未来 ${options.horizonDays} 天，约满的时段也列出来`}>
        {slots.data === undefined ? (
          slots.status === 'error' ? (
            <ErrorState message={errorMessage(slots.error)} onRetry={slots.retry} />
          ) : (
            <LoadingState label='正在查看可以预约的时间…' />
          )
        ) : slots.data.days.length === 0 ? (
          <EmptyState title='这两周没有安排' description='可以换一项服务看看，或直接打电话咨询' />
        ) : (
          <SlotDays days={slots.data.days} selected={slot?.slotId ?? null} onSelect={setChosen} />
        )}
      </Section>

      <Section title='您要咨询什么？'>
        <ChoiceList<CaseType> label='咨询的事情' selected={draft.caseType} onSelect={caseType => update({ caseType })} choices={CASE_TYPES.map(type => ({ key: type.key, label: type.label, hint: type.hint }))} />
      </Section>

      <Section title='情况说明（可不写）' description='写了可以让接待的人提前了解；不写也能预约，见面再说'>
        <TextArea label='简单说说您的情况' value={draft.description} onChange={description => update({ description })} maxLength={DESCRIPTION_MAX} placeholder='例如：在某工地干了三个月，老板一直没发工资' />
      </Section>

      <Section title='证据照片（可不传）' description='工资条、合同、受伤的地方……拍下来，接待的人能提前看到'>
        <EvidencePhotos photos={draft.photos} onChange={photos => update({ photos })} onBusy={setUploading} />
        {needsConsent(draft) ? <ConsentBox text={consent} checked={draft.consent} onChange={checked => update({ consent: checked })} /> : null}
      </Section>

      <Section title='怎么联系您' description='电话号码只给接待您的人看，页面上只显示前三位和后四位'>
        <TextField label='怎么称呼您' value={draft.contactName} onChange={contactName => update({ contactName })} maxLength={CONTACT_NAME_MAX} placeholder='例如：张师傅' />
        {options.boundPhoneMasked === null ? null : (
          <ChoiceList<'bound' | 'typed'>
            label='联系电话'
            selected={draft.phoneChoice}
            onSelect={phoneChoice => update({ phoneChoice })}
            choices={[
              { key: 'bound', label: `用微信绑定的号码 ${options.boundPhoneMasked}` },
              { key: 'typed', label: '填写其他号码' },
            ]}
          />
        )}
        {draft.phoneChoice === 'typed' ? <TextField label='联系电话' type='number' value={draft.phone} onChange={phone => update({ phone })} maxLength={PHONE_MAX} placeholder='手机号或带区号的座机' /> : null}
        <TextField label='单位名称（可不填）' value={draft.employer} onChange={employer => update({ employer })} maxLength={EMPLOYER_MAX} placeholder='例如：某某建筑公司' />
      </Section>

      <View className='legal-booking__submit'>
        {tried && problem !== null ? (
          <View className='legal-booking__problem' {...a11yProps({ live: 'assertive' })}>
            ⚠ {problem}
          </View>
        ) : null}
        {book.error === undefined ? null : (
          <View className='legal-booking__problem' {...a11yProps({ live: 'assertive' })}>
            ⚠ {errorMessage(book.error)}
          </View>
        )}
        <Button block loading={book.pending} disabled={options.pause !== null || uploading} onClick={() => void submit()}>
          {slot === null ? '确认预约' : `确认预约：${slotWhen(slot)}`}
        </Button>
        <Text className='legal-booking__rule'>
          不能来请在开始前 {describeCutoff(options.cancelCutoffMinutes)}取消；每人同时最多约 {options.maxOpenBookings} 个。
        </Text>
      </View>

      <Section title='不想等，现在就打电话'>
        <CallNumbersList numbers={options.numbers} />
      </Section>
    </View>
  )
}

/** 预约法律援助: choose the service and a time, say what it is about, and book; the numbers to call are always there. */
export function BookingScreen({ askForConfirmation }: BookingScreenProps) {
  const options = useBookingOptions()
  if (options.data === undefined) {
    if (options.status === 'error') return <ErrorState message={errorMessage(options.error)} onRetry={options.retry} />
    return <LoadingState label='正在打开预约…' />
  }
  if (options.data.services.length === 0) return <EmptyState title='暂时没有可以预约的服务' description='请拨打 12351 咨询' />
  return <BookingForm options={options.data} askForConfirmation={askForConfirmation} />
}
