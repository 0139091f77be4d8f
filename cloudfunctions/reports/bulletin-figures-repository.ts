import type { BulletinDistribution, BulletinHeader } from '../../src/domain/bulletins/bulletin'
import type { BulletinStatus } from '../../src/domain/contracts/bulletins'
import type { BulletinFacts } from '../../src/domain/reports/monthly-figures'
import { shanghaiDateKey } from '../../src/domain/time/shanghai-time'
import type { Database } from '../runtime/cloudbase-app'
import { findEveryPage } from '../runtime/find-every-page'
import { typedCollection, type StoredDocument } from '../runtime/typed-collection'

/** The fields of a stored bulletin the report reads: when it went online, its reads, and its masthead. */
interface BulletinFigureFields extends StoredDocument {
  readonly kind: string
  readonly status: BulletinStatus
  readonly publishedAt: Date | null
  readonly readCount: number
  readonly header: BulletinHeader
  readonly body: { readonly distribution: BulletinDistribution; readonly editor: string | null; readonly phone: string | null }
}

/** The last published bulletin of a kind: who issued it, where it went, who edited it. */
export interface LastIssue {
  readonly header: BulletinHeader
  readonly distribution: BulletinDistribution
  readonly editor: string | null
  readonly phone: string | null
}

/** `bulletins`, read for the monthly report only (the bulletins function alone writes it). */
export function bulletinFiguresRepository(db: Database) {
  const bulletins = typedCollection<BulletinFigureFields>(db, 'bulletins')
  const _ = db.command
  return {
    /** Bulletins put online since `since`, with their reads so far. */
    async publishedSince(since: Date): Promise<BulletinFacts[]> {
      const rows = await findEveryPage(bulletins, { status: 'published', publishedAt: _.gte(since) }, ['publishedAt', 'readCount'])
      return rows.flatMap(row => (row.publishedAt === null ? [] : [{ publishedOn: shanghaiDateKey(row.publishedAt), readCount: row.readCount ?? 0 }]))
    },
    /** The published bulletin of `kind` with the latest issue date. */
    async lastIssue(kind: string): Promise<LastIssue | null> {
      const row = await bulletins.findOne(
        { kind, status: 'published', 'header.issuedOn': _.neq(null) },
        { orderBy: [['header.issuedOn', 'desc'], ['header.issueNumber', 'desc']], fields: { header: true, 'body.distribution': true, 'body.editor': true, 'body.phone': true } },
      )
      return row === null ? null : { header: row.header, distribution: row.body.distribution, editor: row.body.editor, phone: row.body.phone }
    },
    /** The highest issue number of the published bulletins of `kind` issued in `year`; 0 when there is none. */
    async lastIssueNumber(kind: string, year: number): Promise<number> {
      const row = await bulletins.findOne(
        { kind, status: 'published', 'header.issuedOn': _.and(_.gte(`${year}-01-01`), _.lte(`${year}-12-31`)), 'header.issueNumber': _.neq(null) },
        { orderBy: [['header.issueNumber', 'desc']], fields: { header: true } },
      )
      return row?.header.issueNumber ?? 0
    },
  }
}

export type BulletinFiguresRepository = ReturnType<typeof bulletinFiguresRepository>
