import { notifyContract, type InboxPage } from '../../../domain/contracts/notify'
import { callAction } from '../../../lib/cloud-client'

/** The caller's 消息, newest first, a page at a time, with the unread count. */
export function listInbox(cursor?: string): Promise<InboxPage> {
  return callAction(notifyContract, 'listInbox', cursor === undefined ? {} : { cursor })
}
