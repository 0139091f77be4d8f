import { createHash, randomUUID } from 'node:crypto'
import type {
  BulletinDetail,
  BulletinStatus,
  IssueDuplicate,
  Page,
  ParseTextResult,
  SavedDraft,
  StaffBulletinListItem,
} from '../../src/domain/contracts/bulletins'
import { bulletinsContract } from '../../src/domain/contracts/bulletins'
import { CommonErrorCode } from '../../src/domain/contracts/error-codes'
import { sortBulletinKinds, type BulletinKind } from '../../src/domain/bulletins/bulletin-kinds'
import { checkBulletin, describeProblems } from '../../src/domain/bulletins/check-bulletin'
import { describeIssue, issueKeyOf } from '../../src/domain/bulletins/issue-key'
import { parseBulletin } from '../../src/domain/bulletins/parse-bulletin'
import { AppError } from '../runtime/app-error'
import { transactionOf, type CallerContext } from '../runtime/create-function'
import type { Transaction } from '../runtime/transaction'
import { enqueueBroadcast } from '../runtime/notifications/outbox'
import { contentFields, newDraft, searchFields } from './bulletin-document'
import type { BulletinKindsRepository } from './bulletin-kinds-repository'
import { decodePosition, encodePosition, feedPositionOf, positionKey } from './bulletin-position'
import { toDetail, toStaffListItem } from './bulletin-views'
import type { BulletinsRepository, StoredBulletin } from './bulletins-repository'
import { newIssueNotice } from './new-issue-notice'

export interface PublishingServiceDependencies {
  readonly bulletins: BulletinsRepository
  readonly kinds: BulletinKindsRepository
  readonly now: () => Date
}

export const STAFF_PAGE_SIZE = 20

/** Statuses whose content is saved as a draft; a published bulletin is corrected in place instead (`correct`). */
const EDITABLE: readonly BulletinStatus[] = ['draft', 'unpublished']

/** Content staff send to be stored: the kind and the bulletin, checked here before anything is written. */
export interface ContentRequest {
  readonly id?: string
  readonly kind: string
  readonly bulletin: unknown
  readonly revision?: number
}

/** What `publish` takes: a saved bulletin at a revision, or content to save and publish in the same step. */
export interface PublishRequest {
  readonly id?: string
  readonly revision?: number
  readonly kind?: string
  readonly bulletin?: unknown
}

const errors = bulletinsContract.errors

/**
 * The id of a new draft: derived from the caller and the request id when there is one, so a retried
 * create (a weak signal, a double tap) finds the draft it already made instead of making a second.
 */
function draftId(context: CallerContext): string {
  const seed = context.requestId === null ? randomUUID() : `${context.userId ?? 'server'}|${context.requestId}`
  return `b${createHash('sha256').update(`draft|${seed}`).digest('hex').slice(0, 23)}`
}

/** Staff: parse pasted text, save drafts, publish and take down, list everything, manage the kinds. */
export function publishingService(deps: PublishingServiceDependencies) {
  async function duplicatesOf(issueKey: string | null, exceptId: string | null): Promise<IssueDuplicate[]> {
    if (issueKey === null) return []
    const rows = await deps.bulletins.withIssueKey(issueKey)
    return rows.filter((row) => row._id !== exceptId).map((row) => ({ id: row._id, title: row.body.title, status: row.status }))
  }

  type Bulletins = ReturnType<BulletinsRepository['in']>

  async function mustFind(bulletins: Bulletins, id: string): Promise<StoredBulletin> {
    const bulletin = await bulletins.findById(id)
    if (bulletin === null) throw new AppError(errors.NotFound, '没有找到这篇资讯，可能已被删除')
    return bulletin
  }

  // A conditional update changed nothing: say why, from what the transaction sees now.
  async function refusal(
    bulletins: Bulletins,
    id: string,
    wanted: 'edit' | 'publish' | 'unpublish' | 'correct',
    revision: number | undefined,
  ): Promise<AppError> {
    const current = await mustFind(bulletins, id)
    if (wanted === 'unpublish') return new AppError(errors.NotPublished, '这篇资讯现在没有发布，不用撤回')
    if (wanted === 'correct' && current.status !== 'published') {
      return new AppError(errors.NotPublished, '这篇资讯现在没有发布，请保存草稿后再发布')
    }
    if (current.status === 'published' && wanted !== 'correct') {
      return wanted === 'publish'
        ? new AppError(errors.AlreadyPublished, '这篇资讯已经发布了')
        : new AppError(errors.NotEditable, '这篇资讯已经发布了：请用“保存更正”修改')
    }
    if (revision !== undefined && current.revision !== revision) {
      return new AppError(CommonErrorCode.Conflict, '这篇资讯刚被别人改过，请重新打开后再操作')
    }
    return new AppError(CommonErrorCode.Conflict, '这篇资讯的状态刚刚变了，请重新打开后再操作')
  }

  async function reload(bulletins: Bulletins, id: string): Promise<BulletinDetail> {
    return toDetail(await mustFind(bulletins, id))
  }

  async function checkedContent(request: { kind: string; bulletin: unknown }) {
    if (!(await deps.kinds.exists(request.kind))) throw new AppError(errors.UnknownKind, '没有这个栏目，请重新选择')
    const checked = checkBulletin(request.bulletin)
    if (!checked.ok) throw new AppError(errors.InvalidBulletin, describeProblems(checked.problems))
    return checked.bulletin
  }

  /** Stores content as a new draft or over a draft or taken-down bulletin at its revision; the id written. */
  async function writeDraft(bulletins: Bulletins, request: ContentRequest, context: CallerContext): Promise<{ id: string; created: boolean }> {
    const bulletin = await checkedContent(request)
    const now = deps.now()
    if (request.id === undefined) {
      const id = draftId(context)
      // false: this very request already created it (a retry); it is answered as the first time.
      await bulletins.insert(newDraft(id, request.kind, bulletin, now))
      return { id, created: true }
    }
    const saved = await bulletins.updateIf(
      request.id,
      { revision: request.revision, statuses: EDITABLE },
      { kind: request.kind, ...contentFields(bulletin) },
      'keep',
      now,
    )
    if (!saved) throw await refusal(bulletins, request.id, 'edit', request.revision)
    return { id: request.id, created: false }
  }

  /** Refuses putting a second copy of an issue online: now, and (by the unique index) when two commit at once. */
  async function refuseSecondCopy(transaction: Transaction, bulletin: StoredBulletin, issueKey: string | null): Promise<void> {
    const refuseDuplicate = (title: string) =>
      new AppError(errors.DuplicateIssue, `${describeIssue(bulletin.header)}已经发布过（“${title}”），同一期不能发布两次`)
    const duplicate = (await duplicatesOf(issueKey, bulletin._id)).find((other) => other.status === 'published')
    if (duplicate) throw refuseDuplicate(duplicate.title)
    transaction.refuseDuplicateWith(refuseDuplicate('同期简报'))
  }

  return {
    async parseText(text: string): Promise<ParseTextResult> {
      const parsed = parseBulletin(text)
      if (!parsed.ok) return { ok: false, errors: parsed.errors }
      return {
        ok: true,
        bulletin: parsed.bulletin,
        report: parsed.report,
        warnings: parsed.warnings,
        duplicates: await duplicatesOf(issueKeyOf(parsed.bulletin.header), null),
      }
    },

    async saveDraft(request: ContentRequest, context: CallerContext): Promise<SavedDraft> {
      const bulletins = deps.bulletins.in(transactionOf(context))
      const { id, created } = await writeDraft(bulletins, request, context)
      context.auditTarget({ bulletinId: id, change: created ? 'created' : 'edited' })
      const bulletin = await reload(bulletins, id)
      return { bulletin, duplicates: await duplicatesOf(issueKeyOf(bulletin.header), id) }
    },

    /**
     * Puts a draft (or a taken-down bulletin) online: indexed for search, placed in the list by its own date.
     * With content (`kind` and `bulletin`), saves it first in the same transaction, so a refusal (a second
     * copy of an issue, say) leaves no draft behind. Refused when another published bulletin is the same
     * 第N期 of the same issuer and year; the unique index on the published issue key makes that hold even
     * when two staff publish copies at the same moment.
     */
    async publish(request: PublishRequest, context: CallerContext): Promise<BulletinDetail> {
      const transaction = transactionOf(context)
      const bulletins = deps.bulletins.in(transaction)
      let target = { id: request.id, revision: request.revision }
      const content = request.kind === undefined || request.bulletin === undefined ? null : { kind: request.kind, bulletin: request.bulletin }
      if (content !== null) {
        const { id } = await writeDraft(bulletins, { ...target, ...content }, context)
        target = { id, revision: (await mustFind(bulletins, id)).revision }
      }
      if (target.id === undefined || target.revision === undefined) throw new AppError(CommonErrorCode.InvalidPayload, '请先保存这篇资讯')
      const bulletin = await mustFind(bulletins, target.id)
      if (bulletin.status === 'published') throw await refusal(bulletins, bulletin._id, 'publish', target.revision)
      await refuseSecondCopy(transaction, bulletin, bulletin.issueKey)
      const now = deps.now()
      // Taken down and published again, it keeps its first publication time, and so its place in the list.
      const publishedAt = bulletin.publishedAt ?? now
      const published = await bulletins.updateIf(
        bulletin._id,
        { revision: target.revision, statuses: EDITABLE },
        {
          status: 'published',
          publishedAt,
          feedKey: positionKey(feedPositionOf({ _id: bulletin._id, header: bulletin.header, publishedAt })),
          ...searchFields(bulletin.header, bulletin.body),
        },
        bulletin.issueKey === null ? 'keep' : { set: bulletin.issueKey },
        now,
      )
      if (!published) throw await refusal(bulletins, bulletin._id, 'publish', target.revision)
      // The notice to those who asked for it is written with the publication: both or neither.
      await enqueueBroadcast(transaction, newIssueNotice(bulletin, now), now)
      context.auditTarget({
        bulletinId: bulletin._id,
        kind: bulletin.kind,
        issueNumber: bulletin.header.issueNumber ?? 0,
        ...(content === null ? {} : { savedWithPublication: true }),
      })
      return await reload(bulletins, bulletin._id)
    },

    /**
     * Corrects a published bulletin in place: a new revision that readers see at once, with its search index
     * and its place in the list (its date may be what was wrong) following, audited in the same transaction.
     * Nobody is notified again: it is the same bulletin, put right.
     */
    async correct(request: Required<ContentRequest>, context: CallerContext): Promise<BulletinDetail> {
      const transaction = transactionOf(context)
      const bulletins = deps.bulletins.in(transaction)
      const corrected = await checkedContent(request)
      const current = await mustFind(bulletins, request.id)
      if (current.status !== 'published') throw await refusal(bulletins, request.id, 'correct', request.revision)
      const content = contentFields(corrected)
      await refuseSecondCopy(transaction, { ...current, header: corrected.header }, content.issueKey)
      const publishedAt = current.publishedAt ?? deps.now()
      const saved = await bulletins.updateIf(
        request.id,
        { revision: request.revision, statuses: ['published'] },
        {
          kind: request.kind,
          ...content,
          ...searchFields(corrected.header, corrected.body),
          feedKey: positionKey(feedPositionOf({ _id: request.id, header: corrected.header, publishedAt })),
        },
        content.issueKey === null ? 'remove' : { set: content.issueKey },
        deps.now(),
      )
      if (!saved) throw await refusal(bulletins, request.id, 'correct', request.revision)
      context.auditTarget({ bulletinId: request.id, change: 'corrected', revision: request.revision + 1 })
      return await reload(bulletins, request.id)
    },

    /** Takes a published bulletin down: out of the list, the search index and reach by id, for workers. */
    async unpublish(id: string, context: CallerContext): Promise<BulletinDetail> {
      const bulletins = deps.bulletins.in(transactionOf(context))
      const taken = await bulletins.updateIf(
        id,
        { statuses: ['published'] },
        { status: 'unpublished', feedKey: '', searchTerms: [], titleTerms: [] },
        'remove',
        deps.now(),
      )
      if (!taken) throw await refusal(bulletins, id, 'unpublish', undefined)
      context.auditTarget({ bulletinId: id })
      return await reload(bulletins, id)
    },

    async listForStaff(query: { status?: BulletinStatus; cursor?: string }): Promise<Page<StaffBulletinListItem>> {
      const after = query.cursor === undefined ? null : decodePosition(query.cursor)
      const rows = await deps.bulletins.listForStaff(query.status ?? null, { after, limit: STAFF_PAGE_SIZE + 1 })
      const page = rows.slice(0, STAFF_PAGE_SIZE)
      const last = page[page.length - 1]
      return {
        items: page.map(toStaffListItem),
        nextCursor: rows.length > STAFF_PAGE_SIZE && last ? encodePosition({ at: last.updatedAt, id: last._id }) : null,
      }
    },

    async saveKind(kind: BulletinKind, context: CallerContext): Promise<BulletinKind[]> {
      await deps.kinds.in(transactionOf(context)).save(kind, deps.now())
      context.auditTarget({ kind: kind.key, order: kind.order })
      // The list as it will be once this commits: the saved kind is not visible outside the transaction yet.
      const others = (await deps.kinds.list()).filter((existing) => existing.key !== kind.key)
      return sortBulletinKinds([...others, { key: kind.key, label: kind.label, order: kind.order }])
    },
  }
}

export type PublishingService = ReturnType<typeof publishingService>
