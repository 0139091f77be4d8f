import type { Certificate } from '../../../domain/contracts/training'
import { formatShanghaiFullDateTime } from '../../../lib/shanghai-time'

/** The certificate image's size in canvas pixels: portrait, sharp enough to print on A5. */
export const CERTIFICATE_SIZE = { width: 750, height: 1060 } as const

export interface CertificateLine {
  readonly text: string
  /** Baseline, from the top. */
  readonly y: number
  readonly size: number
  readonly bold: boolean
}

/** Splits a long line at `perLine` characters, for a course title that does not fit the width. */
export function wrapText(text: string, perLine: number): string[] {
  const characters = Array.from(text)
  const lines: string[] = []
  for (let start = 0; start < characters.length; start += perLine) lines.push(characters.slice(start, start + perLine).join(''))
  return lines.length === 0 ? [''] : lines
}

/** `2026年11月4日`, from the certificate's completion instant. */
function completionDay(completedAt: string): string {
  return formatShanghaiFullDateTime(Date.parse(completedAt)).split(' ')[0] ?? ''
}

/** `2026-11-04` as `2026年11月4日`; anything else as it came. */
function dayText(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  return match === null ? day : `${match[1]}年${Number(match[2])}月${Number(match[3])}日`
}

/** The words of the certificate, line by line with their size, centred on the canvas; the page shows the same words as text. */
export function certificateLines(certificate: Certificate): CertificateLine[] {
  const lines: CertificateLine[] = [
    { text: '结业证书', y: 190, size: 72, bold: true },
    { text: certificate.name, y: 330, size: 56, bold: true },
  ]
  let y = 420
  for (const line of wrapText(`参加了${certificate.organiser}举办的${certificate.kindLabel}`, 18)) {
    lines.push({ text: line, y, size: 32, bold: false })
    y += 50
  }
  for (const line of wrapText(`《${certificate.courseTitle}》`, 14)) {
    lines.push({ text: line, y: y + 20, size: 42, bold: true })
    y += 62
  }
  y += 40
  lines.push({ text: `${dayText(certificate.firstDay)} 至 ${dayText(certificate.lastDay)}，出勤 ${certificate.attendedCount} / ${certificate.sessionCount} 次`, y, size: 30, bold: false })
  lines.push({ text: '成绩合格，准予结业。', y: y + 60, size: 32, bold: false })
  lines.push({ text: certificate.organiser, y: 900, size: 32, bold: false })
  lines.push({ text: completionDay(certificate.completedAt), y: 950, size: 30, bold: false })
  lines.push({ text: `证书编号：${certificate.certificateNo}`, y: 1010, size: 24, bold: false })
  return lines
}

/** What sharing the certificate sends: the person's achievement, opening the course for whoever taps it. */
export function certificateShareMessage(certificate: Certificate | undefined, coursePath: string): { readonly title: string; readonly path: string } {
  const title = certificate === undefined ? '工会的免费技能培训，一起来参加' : `${certificate.name}完成了《${certificate.courseTitle}》，工会的免费培训，一起来参加`
  return { title, path: coursePath }
}

/** The saved image's file name (H5 download). */
export function certificateFileName(certificate: Certificate): string {
  return `结业证书-${certificate.certificateNo}.png`
}
