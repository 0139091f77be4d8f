import { Canvas, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { ReportChart } from '../../../domain/reports/report-charts'
import { findChartCanvas } from '../../../lib/chart-canvas'
import { a11yProps } from '../../../ui/a11y-props'
import { drawBarChart } from './draw-bar-chart'
import './report-bar-chart.css'

type ChartState = 'drawing' | 'drawn' | 'table'

/** The bars in words, for screen readers and for the table a phone without a canvas shows. */
function spokenBars(chart: ReportChart): string {
  return chart.bars.map(bar => `${bar.label}${bar.value}${chart.unit}`).join('，')
}

/**
 * One of the report's bar charts, drawn with F2 on a 2D canvas; where there is no canvas to draw on (an
 * old base library, a test without one) the same figures show as a table. Either way the figures are
 * read out in words.
 */
export function ReportBarChart({ chart }: { readonly chart: ReportChart }) {
  const id = `report-chart-${chart.key}`
  const [state, setState] = useState<ChartState>('drawing')
  const signature = spokenBars(chart)
  useEffect(() => {
    let drawn: { destroy(): void } | null = null
    let current = true
    setState('drawing')
    void findChartCanvas(id).then(target => {
      if (!current) return
      if (target === null) {
        setState('table')
        return
      }
      try {
        drawn = drawBarChart(target, chart)
        setState('drawn')
      } catch {
        setState('table')
      }
    })
    return () => {
      current = false
      drawn?.destroy()
    }
    // Drawn again only when the figures change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, signature])
  return (
    <View className='report-chart'>
      <Text className='report-chart__title' {...a11yProps({ role: 'heading', level: 3 })}>
        {chart.title}
      </Text>
      {state === 'table' ? (
        <View className='report-chart__table' {...a11yProps({ role: 'table', label: chart.title })}>
          {chart.bars.map(bar => (
            <View key={bar.label} className='report-chart__row' {...a11yProps({ role: 'row' })}>
              <Text className='report-chart__label'>{bar.label}</Text>
              <Text className='report-chart__value'>
                {bar.value}
                {chart.unit}
              </Text>
            </View>
          ))}
        </View>
      ) : (
        <View {...a11yProps({ role: 'img', label: `${chart.title}：${signature}` })}>
          <Canvas type='2d' id={id} className='report-chart__canvas' />
        </View>
      )}
    </View>
  )
}
