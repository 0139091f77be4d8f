import { notifyContract, type InboxItem, type InboxPage, type UnreadCount } from '../../src/domain/contracts/notify'
import { AppError } from '../runtime/app-error'
import type { CallerContext } from '../runtime/create-function'
import { offsetPage, pageOffset } from '../runtime/offset-page'
import type { InboxDocument, InboxRepository } from '../runtime/repositories/inbox-repository'
import { signedInUser } from '../runtime/signed-in-user'

export const INBOX_PAGE = 20

function toItem(entry: InboxDocument): InboxItem {
  return {
    id: entry._id,
    templateKey: entry.templateKey,
    title: entry.title,
    lines: entry.lines,
    page: entry.page === null ? null : `/${entry.page}`,
    createdAt: entry.createdAt.toISOString(),
    read: entry.readAt !== null,
  }
}

/** 消息: each person reads, and marks read, only their own messages. */
export function inboxService(deps: { readonly inbox: InboxRepository; readonly now: () => Date }) {
  const unreadOf = async (userId: string): Promise<UnreadCount> => ({ unread: await deps.inbox.countUnread(userId) })
  return {
    async list(request: { cursor?: string }, context: CallerContext): Promise<InboxPage> {
      const { userId } = signedInUser(context)
      const skip = pageOffset(request.cursor)
      const [rows, unread] = await Promise.all([deps.inbox.list(userId, skip, INBOX_PAGE + 1), deps.inbox.countUnread(userId)])
      const { items, nextCursor } = offsetPage(rows, skip, INBOX_PAGE)
      return { items: items.map(toItem), nextCursor, unread }
    },

    async countUnread(context: CallerContext): Promise<UnreadCount> {
      return await unreadOf(signedInUser(context).userId)
    },

    async markRead(id: string, context: CallerContext): Promise<UnreadCount> {
      const { userId } = signedInUser(context)
      // Someone else's message is answered exactly as one that does not exist.
      if (!(await deps.inbox.owns(userId, id))) throw new AppError(notifyContract.errors.MessageNotFound, '没有找到这条消息，可能已经过期')
      await deps.inbox.markRead(userId, id, deps.now())
      return await unreadOf(userId)
    },

    async markAllRead(context: CallerContext): Promise<UnreadCount> {
      const { userId } = signedInUser(context)
      await deps.inbox.markAllRead(userId, deps.now())
      return await unreadOf(userId)
    },
  }
}
