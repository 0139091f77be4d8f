import type { MyDataExport } from '../../../domain/contracts/users'
import { formatShanghaiFullDateTime } from '../../../lib/shanghai-time'
import { collectionLabel } from './collection-labels'

/** One field of one record, ready to print. */
export interface ExportLine {
  readonly field: string
  readonly value: string
}

/** The records of one collection, under its name in words. */
export interface ExportGroup {
  readonly collection: string
  readonly title: string
  readonly records: readonly (readonly ExportLine[])[]
}

function printValue(value: unknown): string {
  if (value === null || value === undefined) return '（空）'
  if (typeof value === 'boolean') return value ? '是' : '否'
  if (typeof value === 'string') return value === '' ? '（空）' : value
  if (typeof value === 'number' || typeof value === 'bigint') return String(value)
  return JSON.stringify(value)
}

/** Groups an export for the screen: non-empty collections first in the server's order, each record as lines. */
export function groupExport(exported: MyDataExport): ExportGroup[] {
  return Object.entries(exported.records)
    .filter(([, records]) => records.length > 0)
    .map(([collection, records]) => ({
      collection,
      title: collectionLabel(collection),
      records: records.map(record => Object.entries(record).map(([field, value]) => ({ field, value: printValue(value) }))),
    }))
}

/** The whole export as plain text, for the clipboard: what a person can paste and keep. */
export function exportAsText(exported: MyDataExport, appName: string): string {
  const groups = groupExport(exported)
  const header = `${appName} 个人数据副本\n生成时间：${formatShanghaiFullDateTime(Date.parse(exported.generatedAt))}`
  if (groups.length === 0) return `${header}\n\n没有保存您的任何记录。`
  const body = groups.map(group => {
    const records = group.records.map((lines, index) => [`  第 ${index + 1} 条`, ...lines.map(line => `    ${line.field}：${line.value}`)].join('\n'))
    return [`【${group.title}】共 ${group.records.length} 条`, ...records].join('\n')
  })
  return [header, ...body].join('\n\n')
}
