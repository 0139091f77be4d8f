import { createCanvas, type Canvas } from '@napi-rs/canvas'
import type { WxmlElement } from '../wxml-element'
import { asyncApi, WxFailure, type FakeContext, type WxApi } from './fake-context'
import type { TempFiles } from './media'

/** A new `<canvas type="2d">` is 300×150, as in WeChat and browsers, until the app sizes it. */
const DEFAULT_SIZE = { width: 300, height: 150 }

/**
 * WeChat's Canvas 2D: a `<canvas type="2d">` on the page has a `node` (through createSelectorQuery's
 * `fields({ node: true })`) that draws for real, on Skia (@napi-rs/canvas), so what the app drew can be
 * read back as pixels; `canvasToTempFilePath` exports it as a PNG or JPEG temporary file. With `enabled`
 * false no canvas has a node, as on a phone where the canvas is not ready yet.
 */
export function createCanvases(context: FakeContext, files: TempFiles, enabled: boolean) {
  const nodes = new WeakMap<WxmlElement, Canvas>()
  const made = new WeakSet<object>()

  const apis: Record<string, WxApi> = {
    canvasToTempFilePath: asyncApi(context, 'canvasToTempFilePath', options => {
      const canvas = options.canvas
      if (typeof canvas !== 'object' || canvas === null || !made.has(canvas)) {
        // The old canvasId form belongs to the legacy canvas, which the app does not use.
        context.unexpected('canvasToTempFilePath', 'without the canvas node of a <canvas type="2d"> on the page')
      }
      const node = canvas as Canvas
      const fileType = options.fileType === 'jpg' ? 'jpg' : 'png'
      if (node.width === 0 || node.height === 0) throw new WxFailure('canvas is empty')
      const content = fileType === 'jpg' ? node.toBuffer('image/jpeg') : node.toBuffer('image/png')
      return { tempFilePath: files.add(content, fileType) }
    }),
  }

  return {
    apis,
    /** The node of a canvas element: one per element, kept while it is on the page; null for any other element. */
    nodeOf(element: WxmlElement): Canvas | null {
      if (!enabled || element.tag !== 'canvas' || element.attrs.type !== '2d') return null
      let node = nodes.get(element)
      if (node === undefined) {
        node = createCanvas(DEFAULT_SIZE.width, DEFAULT_SIZE.height)
        nodes.set(element, node)
        made.add(node)
      }
      return node
    },
  }
}

export type Canvases = ReturnType<typeof createCanvases>
