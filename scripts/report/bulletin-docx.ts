import {
  AlignmentType,
  BorderStyle,
  Document,
  ImageRun,
  LineRuleType,
  Packer,
  Paragraph,
  TabStopType,
  TextRun,
  type IRunOptions,
} from 'docx'
import type { Bulletin } from '../../src/domain/bulletins/bulletin'
import { parseIsoDate } from '../../src/domain/bulletins/calendar-date'

/** A chart image printed below one item of the bulletin. */
export interface BulletinFigureImage {
  /** The item it belongs to, 1-based. */
  readonly afterItem: number
  readonly png: Buffer
  /** Pixels, for the aspect ratio. */
  readonly width: number
  readonly height: number
  readonly title: string
}

/** Millimetres in twips, rounded (docx's own converter rounds down: A4 would come out 11905 wide, not Word's 11906). */
function twips(millimetres: number): number {
  return Math.round((millimetres * 1440) / 25.4)
}

/** GB/T 9704 fonts as Chinese government offices have them installed. */
const FANGSONG = '仿宋_GB2312'
const XIAOBIAOSONG = '方正小标宋简体'
const HEITI = '黑体'
const RED = 'FF0000'
/** Half-points: 三号 16 pt for the text, 二号 22 pt for the title, 小初 36 pt for the red masthead, 四号 14 pt for the 版记. */
const SANHAO = 32
const ERHAO = 44
const XIAOCHU = 72
const SIHAO = 28
/** GB/T 9704: 22 lines a page on a 225 mm type area, so each line is exactly 28.95 pt. */
const LINE = { line: 579, lineRule: LineRuleType.EXACT }
/** A first-line indent of two characters of 三号. */
const TWO_CHARS = 640
/** The type area is 156 mm wide (210 − 28 − 26): where a right tab stop puts the date. */
const TYPE_AREA_WIDTH = twips(156)
/** Images fill most of the type area: 150 mm at 96 dpi. */
const IMAGE_WIDTH_PX = Math.round((150 / 25.4) * 96)

function font(name: string): IRunOptions['font'] {
  return { ascii: name, hAnsi: name, eastAsia: name, cs: name }
}

function run(text: string, options: { readonly fontName?: string; readonly size?: number; readonly color?: string } = {}): TextRun {
  return new TextRun({ text, font: font(options.fontName ?? FANGSONG), size: options.size ?? SANHAO, ...(options.color ? { color: options.color } : {}) })
}

function bodyParagraph(children: TextRun[]): Paragraph {
  return new Paragraph({ children, indent: { firstLine: TWO_CHARS }, spacing: LINE, alignment: AlignmentType.JUSTIFIED })
}

function printedDate(iso: string | null): string {
  const date = iso === null ? null : parseIsoDate(iso)
  return date === null ? '' : `${date.year}年${date.month}月${date.day}日`
}

function masthead(bulletin: Bulletin): Paragraph[] {
  const { header } = bulletin
  const rule = { bottom: { style: BorderStyle.SINGLE, size: 18, color: RED, space: 4 } }
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [run(`${header.issuer ?? ''}工作简报`, { fontName: XIAOBIAOSONG, size: XIAOCHU, color: RED })] }),
    ...(header.issueNumber === null ? [] : [new Paragraph({ alignment: AlignmentType.CENTER, spacing: LINE, children: [run(`第${header.issueNumber}期`)] })]),
    new Paragraph({
      spacing: LINE,
      border: rule,
      tabStops: [{ type: TabStopType.RIGHT, position: TYPE_AREA_WIDTH }],
      children: [run(header.issuer ?? ''), run(`\t${printedDate(header.issuedOn)}`)],
    }),
  ]
}

function distributionLines(bulletin: Bulletin): Paragraph[] {
  const { distribution, editor, phone } = bulletin.body
  const thin = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 }
  const signature = [editor === null ? '' : `责任编辑：${editor}`, phone === null ? '' : `联系电话：${phone}`].filter(Boolean).join('　　')
  const texts = [
    ...([['报', distribution.reportTo], ['发', distribution.sendTo], ['抄送', distribution.copyTo]] as const)
      .filter(([, names]) => names.length > 0)
      .map(([label, names]) => `${label}：${names.join('、')}`),
    ...(signature === '' ? [] : [signature]),
  ]
  // The 版记 sits between two rules, as printed.
  return texts.map((text, i) => new Paragraph({
    spacing: LINE,
    indent: { left: 280, right: 280 },
    border: { ...(i === 0 ? { top: thin } : {}), ...(i === texts.length - 1 ? { bottom: thin } : {}) },
    children: [run(text, { size: SIHAO })],
  }))
}

function image(figure: BulletinFigureImage): Paragraph[] {
  const height = Math.round((IMAGE_WIDTH_PX * figure.height) / figure.width)
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new ImageRun({ type: 'png', data: figure.png, transformation: { width: IMAGE_WIDTH_PX, height }, altText: { name: figure.title, description: figure.title, title: figure.title } })],
    }),
  ]
}

/**
 * The bulletin as a Word file laid out as GB/T 9704 prints government documents: A4, margins 37/35/28/26 mm,
 * the red masthead (the issuer's name and a red rule) with 第N期, issuer and date, the 小标宋 二号 title, the
 * text in 仿宋_GB2312 三号 at 22 lines a page, item leads in 黑体, the charts under their items, and the 版记
 * (报/发, editor and phone) between rules.
 */
export async function bulletinDocx(bulletin: Bulletin, figures: readonly BulletinFigureImage[]): Promise<Buffer> {
  const { body } = bulletin
  const children: Paragraph[] = [...masthead(bulletin)]
  children.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 480, after: 240, ...LINE }, children: [run(body.title, { fontName: XIAOBIAOSONG, size: ERHAO })] }))
  for (const text of body.intro) children.push(bodyParagraph([run(text)]))
  for (const item of body.items) {
    const [first, ...rest] = item.paragraphs
    children.push(bodyParagraph([run(`${item.label}${item.lead}`, { fontName: HEITI }), ...(first === undefined ? [] : [run(first)])]))
    for (const text of rest) children.push(bodyParagraph([run(text)]))
    for (const subPoint of item.subPoints) children.push(bodyParagraph([run(`${subPoint.ordinal}${subPoint.text}`)]))
    for (const point of item.points) {
      children.push(bodyParagraph([run(`${point.label}${point.lead}`, { fontName: point.level === 2 ? '楷体_GB2312' : FANGSONG }), ...point.paragraphs.map(text => run(text))]))
    }
    for (const figure of figures.filter(entry => entry.afterItem === item.number)) children.push(...image(figure))
  }
  children.push(new Paragraph({ spacing: { before: 480 }, children: [] }))
  children.push(...distributionLines(bulletin))
  const document = new Document({
    creator: bulletin.header.issuer ?? '职工服务',
    title: body.title,
    styles: { default: { document: { run: { font: font(FANGSONG), size: SANHAO } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: twips(210), height: twips(297) },
            margin: { top: twips(37), bottom: twips(35), left: twips(28), right: twips(26) },
          },
        },
        children,
      },
    ],
  })
  return await Packer.toBuffer(document)
}
