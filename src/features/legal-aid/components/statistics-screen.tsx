import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { errorMessage } from '../../../lib/error-messages'
import { a11yProps } from '../../../ui/a11y-props'
import { Button } from '../../../ui/button'
import { LoadingState } from '../../../ui/loading-state'
import { Section } from '../../../ui/section'
import { TextField } from '../../../ui/text-field'
import { useStatistics } from '../hooks/use-statistics'
import { headlineFigures, monthTyped, rangeWords, statisticsTables } from '../model/statistics-view'
import { FigureTable } from './figure-table'
import './statistics-screen.css'

/** 接待统计: the reception room's figures for a range of months, as large tables (the monthly report draws them). */
export function StatisticsScreen() {
  const { range, choose, figures } = useStatistics()
  const [from, setFrom] = useState(range.from)
  const [to, setTo] = useState(range.to)
  const answer = figures.data
  return (
    <View className='figures'>
      <View className='figures__range'>
        <View className='figures__fields'>
          <TextField label='从哪个月' value={from} onChange={setFrom} maxLength={10} placeholder='2026-01' />
          <TextField label='到哪个月' value={to} onChange={setTo} maxLength={10} placeholder='2026-12' />
        </View>
        <Button block loading={figures.status === 'loading'} onClick={() => choose({ from: monthTyped(from), to: monthTyped(to) })}>
          查看统计
        </Button>
      </View>
      {figures.status === 'error' ? (
        <View className='figures__problem' {...a11yProps({ live: 'assertive' })}>
          <Text>⚠ {errorMessage(figures.error)}</Text>
          <Button variant='secondary' onClick={figures.retry}>
            重试
          </Button>
        </View>
      ) : null}
      {answer === undefined ? (
        figures.status === 'error' ? null : <LoadingState label='正在统计…' />
      ) : (
        <>
          <Text className='figures__title' {...a11yProps({ role: 'heading', level: 2 })}>
            {rangeWords(answer)}
          </Text>
          <View className='figures__headline'>
            {headlineFigures(answer).map(figure => (
              <View key={figure.label} className='figures__tile' {...a11yProps({ label: `${figure.label} ${figure.value}` })}>
                <Text className='figures__tile-label'>{figure.label}</Text>
                <Text className='figures__tile-value'>{figure.value}</Text>
              </View>
            ))}
          </View>
          <Text className='figures__note'>接待、未到场按预约的月份算；办结、化解按办结的月份算。</Text>
          {statisticsTables(answer).map(table => (
            <Section key={table.title} title={table.title}>
              <FigureTable table={table} />
            </Section>
          ))}
        </>
      )}
    </View>
  )
}
