import { closeSync, openSync } from 'node:fs'
import { join } from 'node:path'
import { dataSync, syncDirectory, writeAll } from './fs-sync'

/** The file name of operation-log segment n. */
export function segmentFileName(segment: number): string {
  return `oplog-${String(segment).padStart(6, '0')}.jsonl`
}

/** The segment number of an operation-log file name, or undefined for another file. */
export function segmentNumberOf(fileName: string): number | undefined {
  const match = /^oplog-(\d+)\.jsonl$/.exec(fileName)
  return match ? Number(match[1]) : undefined
}

interface Segment {
  readonly number: number
  readonly fd: number
}

interface PendingLine {
  readonly segment: Segment
  readonly line: string
  readonly resolve: () => void
  readonly reject: (error: unknown) => void
}

/**
 * An append-only, segmented log of journal lines with group commit: lines appended while a flush is
 * on disk are written together by the next one (one write + one fdatasync for all), so throughput
 * grows with concurrency while every append still resolves only once its line is on disk.
 */
export class OperationLog {
  private current: Segment
  private readonly open = new Map<number, Segment>()
  private pending: PendingLine[] = []
  private flushing = false
  private broken: unknown = undefined
  private last: Promise<void> = Promise.resolve()
  /** Bytes appended since the last rotation. */
  bytesInCurrentSegment = 0
  /** Called after each flush; the persistence layer uses it to decide when to compact. */
  onFlushed: (() => void) | undefined

  constructor(private readonly directory: string, firstSegment: number) {
    this.current = this.openSegment(firstSegment)
  }

  get currentSegment(): number {
    return this.current.number
  }

  /** Queues a line (no newline inside); resolves once it is on disk. */
  append(line: string): Promise<void> {
    if (this.broken !== undefined) return Promise.reject(new Error('the operation log failed earlier; the emulator cannot make writes durable', { cause: this.broken }))
    const promise = new Promise<void>((resolve, reject) => {
      this.pending.push({ segment: this.current, line, resolve, reject })
    })
    this.bytesInCurrentSegment += Buffer.byteLength(line) + 1
    this.last = promise.catch(() => undefined)
    if (!this.flushing) {
      this.flushing = true
      setImmediate(() => void this.flushLoop())
    }
    return promise
  }

  /** Sends later appends to a new segment; returns its number. Earlier segments are closed once flushed (see `closeSegmentsBefore`). */
  rotate(): number {
    this.current = this.openSegment(this.current.number + 1)
    this.bytesInCurrentSegment = 0
    syncDirectory(this.directory)
    return this.current.number
  }

  /** Resolves once every line appended so far is on disk (or failed). */
  flushed(): Promise<void> {
    return this.last
  }

  /** Closes the descriptors of segments before `segment` (call once they are flushed). */
  closeSegmentsBefore(segment: number): void {
    for (const [number, open] of this.open) {
      if (number < segment) {
        closeSync(open.fd)
        this.open.delete(number)
      }
    }
  }

  /** Flushes and closes every segment. */
  async close(): Promise<void> {
    await this.flushed()
    for (const open of this.open.values()) closeSync(open.fd)
    this.open.clear()
  }

  private openSegment(number: number): Segment {
    const segment = { number, fd: openSync(join(this.directory, segmentFileName(number)), 'a') }
    this.open.set(number, segment)
    return segment
  }

  private async flushLoop(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending
      this.pending = []
      try {
        let start = 0
        while (start < batch.length) {
          const segment = batch[start]?.segment
          if (segment === undefined) break
          let end = start
          while (end < batch.length && batch[end]?.segment === segment) end += 1
          const text = batch.slice(start, end).map(item => `${item.line}\n`).join('')
          await writeAll(segment.fd, Buffer.from(text, 'utf8'))
          await dataSync(segment.fd)
          start = end
        }
        for (const item of batch) item.resolve()
      } catch (error) {
        this.broken = error
        for (const item of [...batch, ...this.pending]) item.reject(error)
        this.pending = []
      }
      this.onFlushed?.()
    }
    this.flushing = false
  }
}
