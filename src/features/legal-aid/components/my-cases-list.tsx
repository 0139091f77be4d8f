import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { MyCaseSummary } from '../../../domain/contracts/legal-aid'
import { dayWords } from '../../../domain/legal-aid/when-words'
import { errorMessage } from '../../../lib/error-messages'
import { a11yProps } from '../../../ui/a11y-props'
import { Button } from '../../../ui/button'
import { EmptyState } from '../../../ui/empty-state'
import { ErrorState } from '../../../ui/error-state'
import { LoadingState } from '../../../ui/loading-state'
import { Section } from '../../../ui/section'
import { StatusBadge } from '../../../ui/status-badge'
import { useMyCases } from '../hooks/use-my-cases'
import { caseTone } from '../model/case-tone'
import { LEGAL_AID_PAGES } from '../model/legal-aid-pages'
import { CallNumbersList } from './call-numbers'
import './my-cases-list.css'

function CaseRow({ item }: { readonly item: MyCaseSummary }) {
  const when = `${dayWords(item.day)} ${item.start}–${item.end}`
  return (
    <View
      className='legal-my-cases__item'
      hoverClass='legal-my-cases__item--pressed'
      onClick={() => void Taro.navigateTo({ url: LEGAL_AID_PAGES.myCase(item.id) })}
      {...a11yProps({ role: 'button', label: `${item.serviceName}，${item.caseTypeLabel}，${when}，${item.statusLabel}` })}
    >
      <View className='legal-my-cases__head'>
        <Text className='legal-my-cases__title'>
          {item.serviceName} · {item.caseTypeLabel}
        </Text>
        <StatusBadge tone={caseTone(item.status)} label={item.statusLabel} />
      </View>
      <Text>{when}</Text>
    </View>
  )
}

/** 我的咨询: every booking and case of the person, newest first; one tap opens its timeline. */
export function MyCasesList() {
  const cases = useMyCases()
  const book = <Button onClick={() => void Taro.navigateTo({ url: LEGAL_AID_PAGES.book })}>预约法律援助</Button>
  if (cases.data === undefined) {
    if (cases.status === 'error') return <ErrorState message={errorMessage(cases.error)} onRetry={cases.retry} />
    return <LoadingState label='正在查找您的咨询…' />
  }
  const numbers = (
    <Section title='有问题，打电话'>
      <CallNumbersList numbers={cases.data.numbers} />
    </Section>
  )
  if (cases.data.items.length === 0) {
    return (
      <>
        <EmptyState title='您还没有预约过' description='被拖欠工资、受了工伤，可以预约律师免费咨询' action={book} />
        {numbers}
      </>
    )
  }
  return (
    <View className='legal-my-cases'>
      {cases.data.items.map(item => (
        <CaseRow key={item.id} item={item} />
      ))}
      {numbers}
    </View>
  )
}
