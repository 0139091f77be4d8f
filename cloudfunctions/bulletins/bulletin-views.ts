import type { BulletinDetail, BulletinListItem, StaffBulletinListItem } from '../../src/domain/contracts/bulletins'
import type { BulletinRow, StoredBulletin } from './bulletins-repository'

/** A published row as the news list shows it. */
export function toListItem(row: BulletinRow): BulletinListItem {
  return {
    id: row._id,
    kind: row.kind,
    title: row.body.title,
    issueNumber: row.header.issueNumber,
    issuer: row.header.issuer,
    issuedOn: row.header.issuedOn,
    // Rows of the news list are published, so they have a publication time; the update time is the fallback.
    publishedAt: (row.publishedAt ?? row.updatedAt).toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    summary: row.summary,
    readCount: row.readCount,
  }
}

/** A row as the staff list shows it, whatever its status. */
export function toStaffListItem(row: BulletinRow): StaffBulletinListItem {
  return {
    id: row._id,
    kind: row.kind,
    status: row.status,
    title: row.body.title,
    issueNumber: row.header.issueNumber,
    issuedOn: row.header.issuedOn,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    readCount: row.readCount,
  }
}

/** The whole bulletin. */
export function toDetail(bulletin: StoredBulletin): BulletinDetail {
  return {
    id: bulletin._id,
    kind: bulletin.kind,
    status: bulletin.status,
    header: bulletin.header,
    body: bulletin.body,
    summary: bulletin.summary,
    readCount: bulletin.readCount,
    publishedAt: bulletin.publishedAt?.toISOString() ?? null,
    updatedAt: bulletin.updatedAt.toISOString(),
    revision: bulletin.revision,
  }
}
