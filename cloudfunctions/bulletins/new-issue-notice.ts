import { NEW_BULLETIN_TEMPLATE } from '../../src/domain/notifications/subscribe-templates'
import type { BroadcastRequest } from '../runtime/notifications/outbox'
import type { StoredBulletin } from './bulletins-repository'

/** News without a named issuer are the city union's own: it publishes everything in the app. */
const DEFAULT_ISSUER = '市总工会'

/**
 * 新资讯发布提醒 for a bulletin just published, to everyone who switched the notice on. One per
 * bulletin, ever: taking it down and publishing it again does not notify anyone twice.
 */
export function newIssueNotice(bulletin: StoredBulletin, publishedAt: Date): BroadcastRequest<typeof NEW_BULLETIN_TEMPLATE.key> {
  return {
    templateKey: NEW_BULLETIN_TEMPLATE.key,
    values: {
      thing1: bulletin.body.title,
      thing2: bulletin.header.issuer ?? DEFAULT_ISSUER,
      date3: bulletin.header.issuedOn ?? publishedAt.toISOString(),
    },
    page: `packages/bulletins/detail/index?id=${encodeURIComponent(bulletin._id)}`,
    dedupeKey: `${NEW_BULLETIN_TEMPLATE.key}:${bulletin._id}`,
  }
}
