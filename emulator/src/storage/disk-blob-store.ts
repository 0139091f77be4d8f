import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import type { BlobStore, StoredObject } from './blob-store'

interface ObjectMeta {
  readonly contentType: string
  readonly uploadedAt: string
  readonly owner?: string
}

function isObjectMeta(value: unknown): value is ObjectMeta {
  if (typeof value !== 'object' || value === null) return false
  const record = value as Record<string, unknown>
  return typeof record.contentType === 'string' && typeof record.uploadedAt === 'string' && (record.owner === undefined || typeof record.owner === 'string')
}

/** Writes a file so that a crash leaves either the old or the new content, never a torn one. */
function writeFileAtomically(path: string, content: Buffer): void {
  mkdirSync(dirname(path), { recursive: true })
  const temporary = `${path}.${process.pid}.tmp`
  const fd = openSync(temporary, 'w')
  try {
    writeSync(fd, content)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  renameSync(temporary, path)
}

/**
 * Files under `<dataDir>/storage/`: contents in `files/<env>/<path>`, content type and upload
 * time in `meta/<env>/<path>.json`, two trees so no stored name can collide with metadata.
 */
export class DiskBlobStore implements BlobStore {
  private readonly filesRoot: string
  private readonly metaRoot: string

  constructor(root: string) {
    this.filesRoot = resolve(root, 'files')
    this.metaRoot = resolve(root, 'meta')
    mkdirSync(this.filesRoot, { recursive: true })
    mkdirSync(this.metaRoot, { recursive: true })
  }

  put(key: string, object: StoredObject): void {
    const meta: ObjectMeta = { contentType: object.contentType, uploadedAt: object.uploadedAt, ...(object.owner === undefined ? {} : { owner: object.owner }) }
    writeFileAtomically(this.inside(this.filesRoot, key), object.content)
    writeFileAtomically(this.inside(this.metaRoot, `${key}.json`), Buffer.from(JSON.stringify(meta)))
  }

  get(key: string): StoredObject | undefined {
    const metaPath = this.inside(this.metaRoot, `${key}.json`)
    const filePath = this.inside(this.filesRoot, key)
    if (!existsSync(metaPath) || !existsSync(filePath)) return undefined
    const meta: unknown = JSON.parse(readFileSync(metaPath, 'utf8'))
    if (!isObjectMeta(meta)) return undefined
    return { content: readFileSync(filePath), contentType: meta.contentType, uploadedAt: meta.uploadedAt, ...(meta.owner === undefined ? {} : { owner: meta.owner }) }
  }

  delete(key: string): boolean {
    const metaPath = this.inside(this.metaRoot, `${key}.json`)
    const existed = existsSync(metaPath)
    rmSync(metaPath, { force: true })
    rmSync(this.inside(this.filesRoot, key), { force: true })
    return existed
  }

  keys(): string[] {
    const keys: string[] = []
    const walk = (folder: string): void => {
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const path = join(folder, entry.name)
        if (entry.isDirectory()) walk(path)
        else if (entry.name.endsWith('.json')) keys.push(relative(this.metaRoot, path).slice(0, -'.json'.length).split(sep).join('/'))
      }
    }
    walk(this.metaRoot)
    return keys.sort()
  }

  /** The path of `key` under `root`; refuses any key that would resolve outside it. */
  private inside(root: string, key: string): string {
    const path = resolve(root, key)
    if (!path.startsWith(root + sep)) throw new Error(`storage key ${JSON.stringify(key)} escapes ${root}`)
    return path
  }
}
