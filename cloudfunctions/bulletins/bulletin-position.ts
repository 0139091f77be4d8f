import { bulletinsContract } from '../../src/domain/contracts/bulletins'
import { bulletinFeedDate } from '../../src/domain/bulletins/feed-date'
import { AppError } from '../runtime/app-error'

/** A place in a list ordered by a date descending, then `_id` descending: what a cursor points just past. */
export interface ListPosition {
  readonly at: Date
  readonly id: string
}

/**
 * The sort key of a position: the ISO time (fixed width, so strings sort as times do) and the id. Stored on
 * each bulletin (`feedKey`, `staffKey`), it turns "after this position" into one range on one indexed field.
 */
export function positionKey(position: ListPosition): string {
  return `${position.at.toISOString()}~${position.id}`
}

/** What places a published bulletin in the news list and in search results. */
export interface FeedPlaced {
  readonly _id: string
  readonly header: { readonly issuedOn: string | null }
  readonly publishedAt: Date | null
}

/** A published bulletin's place in the news list: its own date (see `bulletinFeedDate`), then its id. */
export function feedPositionOf(bulletin: FeedPlaced): ListPosition {
  if (bulletin.publishedAt === null) throw new Error(`published bulletin ${bulletin._id} has no publication time`)
  return { at: bulletinFeedDate(bulletin.header.issuedOn, bulletin.publishedAt), id: bulletin._id }
}

const POSITION = /^([0-9a-z]{1,12})\.([A-Za-z0-9_-]{1,64})$/

/** `<ms in base 36>.<id>`: opaque to clients, short, and safe in any payload. */
export function encodePosition(position: ListPosition): string {
  return `${position.at.getTime().toString(36)}.${position.id}`
}

/** Reads a cursor this function handed out; anything else is refused, never guessed at. */
export function decodePosition(cursor: string): ListPosition {
  const match = POSITION.exec(cursor)
  const ms = match?.[1] === undefined ? Number.NaN : parseInt(match[1], 36)
  if (!match?.[2] || !Number.isSafeInteger(ms)) {
    throw new AppError(bulletinsContract.errors.InvalidCursor, '列表位置已失效，请下拉刷新后再看')
  }
  return { at: new Date(ms), id: match[2] }
}
