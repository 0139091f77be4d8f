import type { BulletinBody, BulletinSubPoint } from './bulletin'

const nodeTexts = (node: { label: string; lead: string; paragraphs: readonly string[]; subPoints: readonly BulletinSubPoint[] }): string[] => [
  node.label,
  node.lead,
  ...node.paragraphs,
  ...node.subPoints.flatMap((subPoint) => [subPoint.ordinal, subPoint.text]),
]

/** Characters of text in a body, for the overall cap. */
export function countBodyChars(body: BulletinBody): number {
  const texts = [
    body.title,
    ...body.intro,
    ...body.items.flatMap((item) => [...nodeTexts(item), ...item.points.flatMap(nodeTexts)]),
    ...body.distribution.reportTo,
    ...body.distribution.sendTo,
    ...body.distribution.copyTo,
    body.editor ?? '',
    body.phone ?? '',
  ]
  return texts.reduce((sum, text) => sum + text.length, 0)
}
