/** A 2D canvas ready to draw on, sized in CSS pixels with its backing store scaled for the screen. */
export interface ChartCanvas {
  readonly context: CanvasRenderingContext2D
  readonly width: number
  readonly height: number
  readonly pixelRatio: number
}
