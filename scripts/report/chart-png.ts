import { Resvg } from '@resvg/resvg-js'
import * as echarts from 'echarts'
import type { ReportChart } from '../../src/domain/reports/report-charts'

/** How a chart image is drawn: its size in pixels and the font file with Chinese glyphs (see scripts/cjk-font.ts). */
export interface ChartImageOptions {
  readonly width: number
  readonly height: number
  readonly fontFile: string | null
  readonly fontFamily: string
}

/** The chart as SVG, by ECharts' server-side renderer (no DOM, no canvas). */
export function chartSvg(chart: ReportChart, options: Pick<ChartImageOptions, 'width' | 'height' | 'fontFamily'>): string {
  // A dense chart (a bar a day): ECharts picks the day labels that fit, and zeros are left unprinted.
  const many = chart.dense
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width: options.width, height: options.height })
  try {
    instance.setOption({
      animation: false,
      backgroundColor: '#ffffff',
      textStyle: { fontFamily: options.fontFamily, fontSize: 20, color: '#222222' },
      title: { text: chart.title, left: 'center', textStyle: { fontFamily: options.fontFamily, fontSize: 24, fontWeight: 'normal' } },
      grid: { left: 60, right: 30, top: 70, bottom: 60 },
      xAxis: { type: 'category', data: chart.bars.map(bar => bar.label), axisLabel: { interval: many ? 'auto' : 0, fontSize: 18 } },
      yAxis: { type: 'value', name: chart.unit, minInterval: 1, nameTextStyle: { fontSize: 18 }, axisLabel: { fontSize: 18 } },
      series: [{ type: 'bar', data: chart.bars.map(bar => bar.value), itemStyle: { color: '#c0392b' }, label: { show: true, position: 'top', fontSize: 18, formatter: (bar: { value: unknown }) => (many && bar.value === 0 ? '' : String(bar.value)) }, barMaxWidth: 60 }],
    })
    return instance.renderToSVGString()
  } finally {
    instance.dispose()
  }
}

/** The chart as a PNG, the SVG drawn by resvg with only the given font (never whatever the machine has). */
export function chartPng(chart: ReportChart, options: ChartImageOptions): Buffer {
  const svg = chartSvg(chart, options)
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: options.width },
    font: {
      loadSystemFonts: false,
      fontFiles: options.fontFile === null ? [] : [options.fontFile],
      defaultFontFamily: options.fontFamily,
      sansSerifFamily: options.fontFamily,
    },
  })
  return resvg.render().asPng()
}
