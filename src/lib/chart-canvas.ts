import type { ChartCanvas } from './chart-canvas-types'

/**
 * A platform without a drawable canvas: charts show their figures as a table instead. weapp
 * (`chart-canvas.weapp.ts`) and H5 (`chart-canvas.h5.ts`) have their own; Taro picks the file for the platform.
 */
export function findChartCanvas(_id: string): Promise<ChartCanvas | null> {
  return Promise.resolve(null)
}
