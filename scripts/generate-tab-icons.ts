/**
 * Renders the tab-bar icons (81×81 PNG, normal and selected) from the same SVG paths the app's
 * Icon component uses, so the tab bar and the pages share one drawing. WeChat's tab bar accepts
 * only local PNG/JPG files, hence the rasterising. Dependency-free: a small path flattener, an
 * even-odd scanline filler with 8×8 supersampling and a PNG encoder on node:zlib.
 *
 *   npx tsx scripts/generate-tab-icons.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { deflateSync } from 'node:zlib'
import { ICON_PATHS, type IconName } from '../src/ui/icon-paths'

const SIZE = 81
const GLYPH = 64
const SUPERSAMPLE = 8
const OUTPUT_DIR = join(import.meta.dirname, '..', 'src', 'assets', 'tab-bar')

/** Tab name → icon; the colours match `tabBar.color` / `selectedColor` in src/app.config.ts. */
const TABS: ReadonlyArray<{ file: string; icon: IconName }> = [
  { file: 'home', icon: 'home' },
  { file: 'stations', icon: 'station' },
  { file: 'services', icon: 'services' },
  { file: 'me', icon: 'me' },
]
const NORMAL_COLOR: Rgb = [0x4a, 0x4a, 0x4a]
const SELECTED_COLOR: Rgb = [0xa5, 0x0f, 0x1a]

type Rgb = readonly [number, number, number]
type Point = readonly [number, number]
type Polygon = Point[]

function tokenize(d: string): string[] {
  return d.match(/[A-Za-z]|-?\d*\.?\d+(?:e-?\d+)?/g) ?? []
}

/** Endpoint-to-centre arc conversion (SVG 1.1 implementation notes, F.6.5), flattened to points. */
function arcPoints(from: Point, rx: number, ry: number, xAxisRotation: number, largeArc: boolean, sweep: boolean, to: Point): Point[] {
  const phi = (xAxisRotation * Math.PI) / 180
  const cos = Math.cos(phi)
  const sin = Math.sin(phi)
  const dx = (from[0] - to[0]) / 2
  const dy = (from[1] - to[1]) / 2
  const x1p = cos * dx + sin * dy
  const y1p = -sin * dx + cos * dy
  let rxa = Math.abs(rx)
  let rya = Math.abs(ry)
  const lambda = (x1p * x1p) / (rxa * rxa) + (y1p * y1p) / (rya * rya)
  if (lambda > 1) {
    rxa *= Math.sqrt(lambda)
    rya *= Math.sqrt(lambda)
  }
  const numerator = rxa * rxa * rya * rya - rxa * rxa * y1p * y1p - rya * rya * x1p * x1p
  const denominator = rxa * rxa * y1p * y1p + rya * rya * x1p * x1p
  const coefficient = (largeArc === sweep ? -1 : 1) * Math.sqrt(Math.max(0, numerator / denominator))
  const cxp = (coefficient * rxa * y1p) / rya
  const cyp = (-coefficient * rya * x1p) / rxa
  const cx = cos * cxp - sin * cyp + (from[0] + to[0]) / 2
  const cy = sin * cxp + cos * cyp + (from[1] + to[1]) / 2
  const angle = (ux: number, uy: number, vx: number, vy: number) => Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy)
  const theta1 = angle(1, 0, (x1p - cxp) / rxa, (y1p - cyp) / rya)
  let delta = angle((x1p - cxp) / rxa, (y1p - cyp) / rya, (-x1p - cxp) / rxa, (-y1p - cyp) / rya)
  if (!sweep && delta > 0) delta -= 2 * Math.PI
  if (sweep && delta < 0) delta += 2 * Math.PI
  const steps = Math.max(8, Math.ceil((Math.abs(delta) / (2 * Math.PI)) * 96))
  const points: Point[] = []
  for (let i = 1; i <= steps; i += 1) {
    const t = theta1 + (delta * i) / steps
    const ex = rxa * Math.cos(t)
    const ey = rya * Math.sin(t)
    points.push([cos * ex - sin * ey + cx, sin * ex + cos * ey + cy])
  }
  return points
}

function cubicPoints(p0: Point, p1: Point, p2: Point, p3: Point): Point[] {
  const points: Point[] = []
  for (let i = 1; i <= 32; i += 1) {
    const t = i / 32
    const u = 1 - t
    points.push([
      u * u * u * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t * t * t * p3[0],
      u * u * u * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t * t * t * p3[1],
    ])
  }
  return points
}

/** Flattens one path (absolute commands only, as icon-paths.ts promises) into closed polygons. */
function flatten(d: string): Polygon[] {
  const tokens = tokenize(d)
  const polygons: Polygon[] = []
  let current: Polygon = []
  let cursor: Point = [0, 0]
  let index = 0
  const num = () => {
    const token = tokens[index++]
    if (token === undefined || Number.isNaN(Number(token))) throw new Error(`bad number in path "${d}" at token ${index}`)
    return Number(token)
  }
  while (index < tokens.length) {
    const command = tokens[index++]
    switch (command) {
      case 'M':
        if (current.length > 0) polygons.push(current)
        cursor = [num(), num()]
        current = [cursor]
        break
      case 'L':
        cursor = [num(), num()]
        current.push(cursor)
        break
      case 'H':
        cursor = [num(), cursor[1]]
        current.push(cursor)
        break
      case 'V':
        cursor = [cursor[0], num()]
        current.push(cursor)
        break
      case 'C': {
        const c1: Point = [num(), num()]
        const c2: Point = [num(), num()]
        const end: Point = [num(), num()]
        current.push(...cubicPoints(cursor, c1, c2, end))
        cursor = end
        break
      }
      case 'A': {
        const rx = num()
        const ry = num()
        const rotation = num()
        const largeArc = num() === 1
        const sweep = num() === 1
        const end: Point = [num(), num()]
        current.push(...arcPoints(cursor, rx, ry, rotation, largeArc, sweep, end))
        cursor = end
        break
      }
      case 'Z':
        if (current.length > 0) polygons.push(current)
        cursor = current[0] ?? cursor
        current = []
        break
      default:
        throw new Error(`unsupported path command "${command}" in "${d}" (icon-paths.ts uses absolute M/L/H/V/C/A/Z only)`)
    }
  }
  if (current.length > 0) polygons.push(current)
  return polygons
}

/** Even-odd coverage of one path at every subpixel sample, as a boolean grid. */
function coverage(polygons: readonly Polygon[], samples: number): Uint8Array {
  const grid = new Uint8Array(samples * samples)
  const scale = (GLYPH / 24) * SUPERSAMPLE
  const offset = ((SIZE - GLYPH) / 2) * SUPERSAMPLE
  const edges = polygons.flatMap(polygon =>
    polygon.map((point, i) => {
      const next = polygon[(i + 1) % polygon.length] ?? point
      return [point[0] * scale + offset, point[1] * scale + offset, next[0] * scale + offset, next[1] * scale + offset] as const
    }),
  )
  for (let row = 0; row < samples; row += 1) {
    const y = row + 0.5
    const crossings: number[] = []
    for (const [x0, y0, x1, y1] of edges) {
      if ((y0 <= y && y1 > y) || (y1 <= y && y0 > y)) crossings.push(x0 + ((y - y0) / (y1 - y0)) * (x1 - x0))
    }
    crossings.sort((a, b) => a - b)
    for (let i = 0; i + 1 < crossings.length; i += 2) {
      const start = Math.max(0, Math.ceil((crossings[i] ?? 0) - 0.5))
      const end = Math.min(samples - 1, Math.floor((crossings[i + 1] ?? 0) - 0.5))
      for (let column = start; column <= end; column += 1) grid[row * samples + column] = 1
    }
  }
  return grid
}

function render(icon: IconName, color: Rgb): Buffer {
  const samples = SIZE * SUPERSAMPLE
  const union = new Uint8Array(samples * samples)
  for (const d of ICON_PATHS[icon]) {
    const grid = coverage(flatten(d), samples)
    for (let i = 0; i < grid.length; i += 1) union[i] = union[i] === 1 || grid[i] === 1 ? 1 : 0
  }
  const rowBytes = SIZE * 4 + 1
  const raw = Buffer.alloc(rowBytes * SIZE)
  for (let y = 0; y < SIZE; y += 1) {
    raw[y * rowBytes] = 0
    for (let x = 0; x < SIZE; x += 1) {
      let covered = 0
      for (let sy = 0; sy < SUPERSAMPLE; sy += 1) {
        for (let sx = 0; sx < SUPERSAMPLE; sx += 1) covered += union[(y * SUPERSAMPLE + sy) * samples + x * SUPERSAMPLE + sx] ?? 0
      }
      const at = y * rowBytes + 1 + x * 4
      raw[at] = color[0]
      raw[at + 1] = color[1]
      raw[at + 2] = color[2]
      raw[at + 3] = Math.round((covered / (SUPERSAMPLE * SUPERSAMPLE)) * 255)
    }
  }
  return encodePng(raw)
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/** RGBA, 8 bits per channel, filter 0 on every row (already in `raw`). */
function encodePng(raw: Buffer): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(SIZE, 0)
  header.writeUInt32BE(SIZE, 4)
  header[8] = 8
  header[9] = 6
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

mkdirSync(OUTPUT_DIR, { recursive: true })
for (const tab of TABS) {
  for (const [suffix, color] of [['', NORMAL_COLOR], ['-active', SELECTED_COLOR]] as const) {
    const png = render(tab.icon, color)
    const file = join(OUTPUT_DIR, `${tab.file}${suffix}.png`)
    writeFileSync(file, png)
    console.log(`${file}  ${png.length} bytes`)
  }
}
