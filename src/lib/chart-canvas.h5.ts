import type { ChartCanvas } from './chart-canvas-types'

/**
 * The DOM canvas inside Taro's `<Canvas id=…>` on H5, its backing store sized for the screen. Null when
 * the element is not on the page or has no size yet: the chart then shows its figures as a table.
 */
export function findChartCanvas(id: string): Promise<ChartCanvas | null> {
  return new Promise(resolve => {
    requestAnimationFrame(() => {
      const host = document.getElementById(id)
      const canvas = host instanceof HTMLCanvasElement ? host : host?.querySelector('canvas') ?? null
      const box = canvas?.getBoundingClientRect()
      const context = canvas?.getContext('2d') ?? null
      if (canvas === null || canvas === undefined || box === undefined || context === null || box.width === 0 || box.height === 0) {
        resolve(null)
        return
      }
      const pixelRatio = window.devicePixelRatio || 1
      canvas.width = Math.round(box.width * pixelRatio)
      canvas.height = Math.round(box.height * pixelRatio)
      resolve({ context, width: box.width, height: box.height, pixelRatio })
    })
  })
}
