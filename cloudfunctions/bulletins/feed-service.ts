import type { BulletinDetail, BulletinListItem, Page } from '../../src/domain/contracts/bulletins'
import { bulletinsContract } from '../../src/domain/contracts/bulletins'
import type { BulletinKind } from '../../src/domain/bulletins/bulletin-kinds'
import { STAFF } from '../../src/domain/contracts/roles'
import { shanghaiDateKey } from '../../src/domain/time/shanghai-time'
import { AppError } from '../runtime/app-error'
import type { CallerContext } from '../runtime/create-function'
import { signedInUser } from '../runtime/signed-in-user'
import type { BulletinKindsRepository } from './bulletin-kinds-repository'
import { decodePosition, encodePosition, feedPositionOf } from './bulletin-position'
import { toDetail, toListItem } from './bulletin-views'
import type { BulletinRow, BulletinsRepository } from './bulletins-repository'
import type { ReadMarksRepository } from './read-marks-repository'

export interface FeedServiceDependencies {
  readonly bulletins: BulletinsRepository
  readonly kinds: BulletinKindsRepository
  readonly readMarks: ReadMarksRepository
  readonly now: () => Date
}

/** Rows per page of the news list unless the client asks for fewer or more (at most 50). */
export const DEFAULT_PAGE_SIZE = 20

const NOT_FOUND = '这篇资讯不存在或已经撤回'

/** Where the next page starts: just after this published row. */
function feedPosition(row: BulletinRow): string {
  return encodePosition(feedPositionOf(row))
}

/** What workers read: the kinds, the news list, one bulletin, and the read count. */
export function feedService(deps: FeedServiceDependencies) {
  return {
    listKinds: (): Promise<BulletinKind[]> => deps.kinds.list(),

    async list(query: { kind?: string; cursor?: string; pageSize?: number }): Promise<Page<BulletinListItem>> {
      const limit = query.pageSize ?? DEFAULT_PAGE_SIZE
      const after = query.cursor === undefined ? null : decodePosition(query.cursor)
      // One row more than the page says whether there is a next page, without a count over thousands.
      const rows = await deps.bulletins.listPublished(query.kind ?? null, { after, limit: limit + 1 })
      const page = rows.slice(0, limit)
      const last = page[page.length - 1]
      return { items: page.map(toListItem), nextCursor: rows.length > limit && last ? feedPosition(last) : null }
    },

    /** A published bulletin for anyone; a draft or an unpublished one for staff only, and for nobody else to know of. */
    async get(id: string, context: CallerContext): Promise<BulletinDetail> {
      const bulletin = await deps.bulletins.findById(id)
      if (bulletin === null || (bulletin.status !== 'published' && !STAFF.includes(await context.role()))) {
        throw new AppError(bulletinsContract.errors.NotFound, NOT_FOUND)
      }
      return toDetail(bulletin)
    },

    /**
     * Counts the caller as a reader: once per person, bulletin and Shanghai day, however often they open it.
     * The mark is written first and decides (a duplicate `_id` means already counted), then the count goes up
     * by an atomic increment, so simultaneous opens count once and simultaneous readers all count.
     */
    async recordRead(id: string, context: CallerContext): Promise<{ readCount: number; counted: boolean }> {
      const { userId } = signedInUser(context)
      const bulletin = await deps.bulletins.findById(id)
      if (bulletin === null || bulletin.status !== 'published') throw new AppError(bulletinsContract.errors.NotFound, NOT_FOUND)
      const now = deps.now()
      const counted = (await deps.readMarks.mark(id, userId, shanghaiDateKey(now), now)) && (await deps.bulletins.countRead(id))
      return { readCount: (await deps.bulletins.readCountOf(id)) ?? bulletin.readCount, counted }
    },

    /** Nightly: forgets who read what on earlier days; only today's marks are needed to count once a day. */
    async pruneReadMarks(): Promise<{ removed: number }> {
      return { removed: await deps.readMarks.removeBefore(shanghaiDateKey(deps.now())) }
    },
  }
}

export type FeedService = ReturnType<typeof feedService>
