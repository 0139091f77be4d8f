import type { BulletinBody } from './bulletin'

/** Characters of text in a body, for the overall cap. */
export function countBodyChars(body: BulletinBody): number {
  const texts = [
    body.title,
    ...body.intro,
    ...body.items.flatMap((item) => [
      item.label,
      item.lead,
      ...item.paragraphs,
      ...item.subPoints.flatMap((subPoint) => [subPoint.ordinal, subPoint.text]),
    ]),
    ...body.distribution.reportTo,
    ...body.distribution.sendTo,
    ...body.distribution.copyTo,
    body.editor ?? '',
    body.phone ?? '',
  ]
  return texts.reduce((sum, text) => sum + text.length, 0)
}
