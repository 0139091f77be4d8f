import type { BulletinDetail, BulletinListItem } from '../../../domain/contracts/bulletins'
import type { BulletinKind } from '../../../domain/bulletins/bulletin-kinds'

// What comes back from the phone's storage may be from an older app version or damaged: check before use.

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

const isString = (value: unknown): value is string => typeof value === 'string'
const isNullableString = (value: unknown): boolean => value === null || typeof value === 'string'
const isNullableNumber = (value: unknown): boolean => value === null || typeof value === 'number'
const isStringArray = (value: unknown): boolean => Array.isArray(value) && value.every(isString)

export function isBulletinListItem(value: unknown): value is BulletinListItem {
  return (
    isRecord(value) &&
    isString(value.id) &&
    isString(value.kind) &&
    isString(value.title) &&
    isNullableNumber(value.issueNumber) &&
    isNullableString(value.issuer) &&
    isNullableString(value.issuedOn) &&
    isString(value.publishedAt) &&
    isString(value.updatedAt) &&
    isString(value.summary) &&
    typeof value.readCount === 'number'
  )
}

export function isBulletinList(value: unknown): value is BulletinListItem[] {
  return Array.isArray(value) && value.every(isBulletinListItem)
}

export function isBulletinKinds(value: unknown): value is BulletinKind[] {
  return Array.isArray(value) && value.every(kind => isRecord(kind) && isString(kind.key) && isString(kind.label) && typeof kind.order === 'number')
}

// Label, lead, paragraphs and sub-points: what an item and a point both have.
function isNode(value: Record<string, unknown>): boolean {
  return (
    isString(value.label) &&
    isString(value.lead) &&
    isStringArray(value.paragraphs) &&
    Array.isArray(value.subPoints) &&
    value.subPoints.every(point => isRecord(point) && isString(point.ordinal) && isString(point.text))
  )
}

function isItem(value: unknown): boolean {
  return (
    isRecord(value) &&
    typeof value.number === 'number' &&
    isNode(value) &&
    Array.isArray(value.points) &&
    value.points.every(point => isRecord(point) && (point.level === 2 || point.level === 3 || point.level === 4) && isNode(point))
  )
}

export function isBulletinDetail(value: unknown): value is BulletinDetail {
  if (!isRecord(value) || !isRecord(value.header) || !isRecord(value.body)) return false
  const { header, body } = value
  const distribution = body.distribution
  return (
    isString(value.id) &&
    isString(value.kind) &&
    isString(value.status) &&
    isString(value.updatedAt) &&
    typeof value.readCount === 'number' &&
    isNullableNumber(header.issueNumber) &&
    isNullableString(header.issuer) &&
    isNullableString(header.issuedOn) &&
    isString(body.title) &&
    isStringArray(body.intro) &&
    Array.isArray(body.items) &&
    body.items.every(isItem) &&
    isRecord(distribution) &&
    isStringArray(distribution.reportTo) &&
    isStringArray(distribution.sendTo) &&
    isStringArray(distribution.copyTo) &&
    isNullableString(body.editor) &&
    isNullableString(body.phone)
  )
}
