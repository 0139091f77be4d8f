import { Axis, Canvas, Chart, createElement, Interval, TextGuide } from '@antv/f2'
import type { ReportChart } from '../../../domain/reports/report-charts'
import type { ChartCanvas } from '../../../lib/chart-canvas-types'

/** The union's red, as on the report's printed charts. */
const BAR_COLOR = '#c0392b'

/** F2's element factory; its types reject components whose props have required fields (Axis), which it accepts at run time. */
const element = (type: unknown, props: object, ...children: unknown[]) => createElement(type as Parameters<typeof createElement>[0], props, ...children)

/** Draws the chart's bars with F2 on the canvas, each bar with its figure above it; answers F2's canvas to destroy later. */
export function drawBarChart(target: ChartCanvas, chart: ReportChart): { destroy(): void } {
  const data = chart.bars.map(bar => ({ label: bar.label, value: bar.value }))
  // A dense chart (a bar a day): a few day labels, and figures only where there are some.
  const many = chart.dense
  const marked = many ? data.filter(record => record.value > 0) : data
  const { props } = element(
    Canvas,
    { context: target.context, pixelRatio: target.pixelRatio, width: target.width, height: target.height, animate: false },
    element(
      Chart,
      { data, scale: { value: { min: 0, tickCount: 4, nice: true }, ...(many ? { label: { tickCount: 6 } } : {}) } },
      element(Axis, { field: 'label', style: { label: { fontSize: 12 } } }),
      // Each bar carries its figure, so the value axis would only repeat them in small print.
      element(Axis, { field: 'value', visible: false }),
      element(Interval, { x: 'label', y: 'value', color: BAR_COLOR }),
      ...marked.map(record => element(TextGuide, { records: [record], content: `${record.value}`, offsetY: -12, style: { fill: '#222222', fontSize: 12, textAlign: 'center' } })),
    ),
  ) as { props: ConstructorParameters<typeof Canvas>[0] }
  const canvas = new Canvas(props)
  void canvas.render()
  return { destroy: () => canvas.destroy() }
}
