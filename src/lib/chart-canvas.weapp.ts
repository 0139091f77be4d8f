import Taro from '@tarojs/taro'
import type { ChartCanvas } from './chart-canvas-types'

interface CanvasNode {
  width: number
  height: number
  getContext(kind: '2d'): CanvasRenderingContext2D | null
}

function isCanvasNode(value: unknown): value is CanvasNode {
  return typeof value === 'object' && value !== null && typeof Reflect.get(value, 'getContext') === 'function'
}

/**
 * The `<Canvas type='2d' id=…>` of the page as WeChat hands it over: its node through a selector query,
 * its backing store sized for the screen. Null when WeChat gives no node (the element is gone, or the
 * base library has no 2D canvas): the chart then shows its figures as a table.
 */
export function findChartCanvas(id: string): Promise<ChartCanvas | null> {
  return new Promise(resolve => {
    Taro.createSelectorQuery()
      .select(`#${id}`)
      .fields({ node: true, size: true })
      .exec((answers: unknown[]) => {
        const answer: unknown = answers[0]
        const node: unknown = typeof answer === 'object' && answer !== null ? Reflect.get(answer, 'node') : undefined
        const width = Number(typeof answer === 'object' && answer !== null ? Reflect.get(answer, 'width') : 0)
        const height = Number(typeof answer === 'object' && answer !== null ? Reflect.get(answer, 'height') : 0)
        const context = isCanvasNode(node) ? node.getContext('2d') : null
        if (!isCanvasNode(node) || context === null || !(width > 0) || !(height > 0)) {
          resolve(null)
          return
        }
        const pixelRatio = Taro.getWindowInfo().pixelRatio
        node.width = Math.round(width * pixelRatio)
        node.height = Math.round(height * pixelRatio)
        resolve({ context, width, height, pixelRatio })
      })
  })
}
