import type { Certificate } from '../../../domain/contracts/training'
import { shanghaiDateKey } from '../../../domain/time/shanghai-time'

/** The certificate image's size in canvas pixels: portrait, sharp enough to print on A5. */
export const CERTIFICATE_SIZE = { width: 750, height: 1060 } as const

export interface CertificateLine {
  readonly text: string
  /** Baseline, from the top. */
  readonly y: number
  readonly size: number
  readonly bold: boolean
}

/** Marks Chinese typesetting never starts a line with (closing brackets and quotes, pauses and stops). */
const NO_LINE_START: ReadonlySet<string> = new Set(Array.from('）》」』】〕〉”’，。、；：！？…·)]},.;:!?%'))
/** Marks it never ends a line with (opening brackets and quotes). */
const NO_LINE_END: ReadonlySet<string> = new Set(Array.from('（《「『【〔〈“‘([{'))

/**
 * Splits a long line at most `perLine` characters long, for a course title that does not fit the width,
 * by the rule of Chinese typesetting (避头尾): a line that would start with a closing mark, or end with an
 * opening one, gives its last character to the next line instead, so “（小班）》” never strands “）》”.
 */
export function wrapText(text: string, perLine: number): string[] {
  const characters = Array.from(text)
  const lines: string[] = []
  for (let start = 0; start < characters.length; ) {
    const full = Math.min(start + Math.max(1, perLine), characters.length)
    const breaksBadly = (at: number) => at < characters.length && (NO_LINE_START.has(characters[at] ?? '') || NO_LINE_END.has(characters[at - 1] ?? ''))
    let end = full
    while (end - start > 1 && breaksBadly(end)) end -= 1
    // A run of marks longer than a line cannot be kept whole: it breaks where the width does.
    if (breaksBadly(end)) end = full
    lines.push(characters.slice(start, end).join(''))
    start = end
  }
  return lines.length === 0 ? [''] : lines
}

/** The Shanghai day of an ISO instant, `2026-11-04`. */
function shanghaiDateKeyOf(instant: string): string {
  return shanghaiDateKey(Date.parse(instant))
}

/** `2026-11-04` as `2026年11月4日`; anything else as it came. */
function dayText(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  return match === null ? day : `${match[1]}年${Number(match[2])}月${Number(match[3])}日`
}

/** One line of the certificate's words, as the page shows it (a long one wraps on the image). */
export interface CertificateText {
  readonly text: string
  readonly size: number
  readonly bold: boolean
  /** Characters per line on the image. */
  readonly perLine: number
  /** Space above it on the image. */
  readonly gap: number
}

/** The certificate's words, top to bottom, with their size: shown as text on the page and drawn on the image. */
export function certificateTexts(certificate: Certificate): CertificateText[] {
  const first = dayText(certificate.firstDay)
  const last = dayText(certificate.lastDay)
  return [
    { text: '结业证书', size: 72, bold: true, perLine: 8, gap: 0 },
    { text: certificate.name, size: 56, bold: true, perLine: 10, gap: 60 },
    { text: `参加了${certificate.organiser}举办的${certificate.kindLabel}`, size: 32, bold: false, perLine: 18, gap: 40 },
    { text: `《${certificate.courseTitle}》`, size: 42, bold: true, perLine: 14, gap: 20 },
    { text: `${first === last ? first : `${first} 至 ${last}`}，出勤 ${certificate.attendedCount} / ${certificate.sessionCount} 次`, size: 30, bold: false, perLine: 22, gap: 50 },
    { text: '成绩合格，准予结业。', size: 32, bold: false, perLine: 18, gap: 20 },
  ]
}

/** The foot of the certificate, set at the bottom of the image: who issued it, when, its number. */
export function certificateFoot(certificate: Certificate): CertificateText[] {
  return [
    { text: certificate.organiser, size: 32, bold: false, perLine: 20, gap: 0 },
    { text: dayText(shanghaiDateKeyOf(certificate.completedAt)), size: 30, bold: false, perLine: 20, gap: 0 },
    { text: `证书编号：${certificate.certificateNo}`, size: 24, bold: false, perLine: 30, gap: 0 },
  ]
}

/** The image's lines, each at its baseline: the words wrapped to the width, the foot at the bottom. */
export function certificateLines(certificate: Certificate): CertificateLine[] {
  const lines: CertificateLine[] = []
  let y = 130
  for (const item of certificateTexts(certificate)) {
    y += item.gap
    for (const text of wrapText(item.text, item.perLine)) {
      y += Math.round(item.size * 1.4)
      lines.push({ text, y, size: item.size, bold: item.bold })
    }
  }
  certificateFoot(certificate).forEach((item, index) => lines.push({ text: item.text, y: 900 + index * 50, size: item.size, bold: item.bold }))
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
