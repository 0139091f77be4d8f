/** A stored file. */
export interface StoredObject {
  readonly content: Buffer
  readonly contentType: string
  /** ISO time of the upload. */
  readonly uploadedAt: string
  /** The openid of the client that uploaded it (CloudBase's `resource.openid`); absent for server uploads. */
  readonly owner?: string
}

/** Where storage keeps files: memory, or the emulator's data folder. */
export interface BlobStore {
  put(key: string, object: StoredObject): void
  get(key: string): StoredObject | undefined
  /** True when a file was there to delete. */
  delete(key: string): boolean
  keys(): string[]
}

/** Files kept in memory: the in-memory emulator's storage. */
export class MemoryBlobStore implements BlobStore {
  private readonly objects = new Map<string, StoredObject>()

  put(key: string, object: StoredObject): void {
    this.objects.set(key, object)
  }

  get(key: string): StoredObject | undefined {
    return this.objects.get(key)
  }

  delete(key: string): boolean {
    return this.objects.delete(key)
  }

  keys(): string[] {
    return [...this.objects.keys()].sort()
  }
}
