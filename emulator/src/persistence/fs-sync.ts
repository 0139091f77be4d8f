import { closeSync, fdatasync, fsyncSync, openSync, write } from 'node:fs'

/** Writes a whole buffer at the end of an append-mode file descriptor. */
export function writeAll(fd: number, data: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    const writeFrom = (offset: number): void => {
      write(fd, data, offset, data.length - offset, null, (error, written) => {
        if (error) reject(error)
        else if (offset + written < data.length) writeFrom(offset + written)
        else resolve()
      })
    }
    writeFrom(0)
  })
}

/** Flushes a file's data to the disk (not just the OS), off the event loop. */
export function dataSync(fd: number): Promise<void> {
  return new Promise((resolve, reject) => fdatasync(fd, error => (error ? reject(error) : resolve())))
}

/** Makes a rename or unlink in a directory durable. */
export function syncDirectory(path: string): void {
  const fd = openSync(path, 'r')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}
