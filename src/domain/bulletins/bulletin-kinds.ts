/**
 * A kind of item on the 首页 news tab (工作简报, 通知公告…). Kinds are data, kept in the `bulletin_kinds`
 * collection: adding or renaming one needs no code change, and the list filters by its key.
 */
export interface BulletinKind {
  /** Stable key stored on each bulletin, e.g. `work-brief`. */
  readonly key: string
  /** The name people see, e.g. 工作简报. */
  readonly label: string
  /** Position in the filter row, smallest first. */
  readonly order: number
}

/** What a kind key looks like: short, lower-case, safe in a URL and a document id. */
export const BULLETIN_KIND_KEY_PATTERN = /^[a-z][a-z0-9-]{1,31}$/

/** The longest kind label: it sits in a filter chip on a narrow phone. */
export const BULLETIN_KIND_LABEL_MAX = 8

/** The four kinds the union publishes today; the seed and a fresh environment start with these. */
export const DEFAULT_BULLETIN_KINDS: readonly BulletinKind[] = [
  { key: 'work-brief', label: '工作简报', order: 10 },
  { key: 'notice', label: '通知公告', order: 20 },
  { key: 'policy', label: '政策法规', order: 30 },
  { key: 'rights-case', label: '维权案例', order: 40 },
]

/** Kinds in filter order: by `order`, then by key so that equal orders still sort the same way every time. */
export function sortBulletinKinds(kinds: readonly BulletinKind[]): BulletinKind[] {
  return [...kinds].sort((a, b) => a.order - b.order || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
}

/** The label of a kind, or the key itself for a kind this phone has not loaded yet. */
export function kindLabel(kinds: readonly BulletinKind[], key: string): string {
  return kinds.find((kind) => kind.key === key)?.label ?? key
}
