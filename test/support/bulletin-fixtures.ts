import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { decodeText } from '../../scripts/decode-text'

/** Where the bulletin fixtures live: the reference 第 10 期 and the corpus written in its style. */
export const BULLETIN_FIXTURES_DIR = join(resolve(__dirname, '..', '..'), 'src', 'domain', 'bulletins', 'fixtures')

/** One fixture: its file, the kind it is imported as, and what it exercises. */
export interface BulletinFixture {
  readonly file: string
  readonly kind: 'work-brief' | 'notice'
  readonly encoding: 'UTF-8' | 'GB18030'
  readonly shows: string
}

/**
 * The corpus: bulletins and notices of different months, issuers and sizes, numbered in every form GB/T 9704
 * and offices use, with page-break debris, blank lines inside paragraphs, GBK files and CRLF line endings.
 */
export const BULLETIN_FIXTURES: readonly BulletinFixture[] = [
  { file: 'jingzhou-work-brief-2017-no10.txt', kind: 'work-brief', encoding: 'UTF-8', shows: 'the reference: 1、 items, 一是/二是, page-break debris' },
  { file: 'jingzhou-work-brief-2017-no11.txt', kind: 'work-brief', encoding: 'UTF-8', shows: '一、 items with （一）（二） run in after the lead, 一是/二是' },
  { file: 'jingzhou-work-brief-2017-no12.txt', kind: 'work-brief', encoding: 'GB18030', shows: 'GBK; masthead; issuer and date on one line; heading items; （一） and 1. on their own lines; page number; paragraph cut by a page break' },
  { file: 'jingzhou-work-brief-2017-no13.txt', kind: 'work-brief', encoding: 'UTF-8', shows: 'all four GB/T 9704 levels 一、（一）1.（1）; 抄送' },
  { file: 'jingzhou-work-brief-2018-no1.txt', kind: 'work-brief', encoding: 'UTF-8', shows: 'CRLF; 1、 items with （1） run in and on their own lines' },
  { file: 'jingzhou-work-brief-2018-no2.txt', kind: 'work-brief', encoding: 'UTF-8', shows: 'full-width １、 and （１）; ①② run in; page number inside a paragraph' },
  { file: 'jingzhou-work-brief-2018-no3.txt', kind: 'work-brief', encoding: 'GB18030', shows: 'GBK; 内部资料 and 工作简报 mastheads; 第3期（总第168期）; 二〇一八 date; 1. items with half-width (1) run in' },
  { file: 'shashi-work-brief-2018-no4.txt', kind: 'work-brief', encoding: 'UTF-8', shows: 'another issuer; 一、 items, 1． points, （1） below them' },
  { file: 'jingzhou-work-brief-2018-no5.txt', kind: 'work-brief', encoding: 'UTF-8', shows: 'twelve items; 第 2 页 page number; blank lines inside paragraphs; a skipped （三） kept as text' },
  { file: 'jingzhou-work-brief-2018-no6.txt', kind: 'work-brief', encoding: 'GB18030', shows: 'GBK; two heading items; heading points with paragraphs; ①②' },
  { file: 'jingzhou-work-brief-2018-no7.txt', kind: 'work-brief', encoding: 'UTF-8', shows: '(一) items, 1、 points, （1） below them' },
  { file: 'notice-summer-cooling-2018.txt', kind: 'notice', encoding: 'UTF-8', shows: 'a notice: salutation, no 报/发 block, 一、（一）1.' },
  { file: 'notice-spring-festival-aid-2018.txt', kind: 'notice', encoding: 'GB18030', shows: 'a GBK notice: four levels, （1）（2） run in, a blank line inside a paragraph, no 报/发 block' },
]

/** A fixture's bytes, as staff would hand the file to the import. */
export function fixtureBytes(file: string): Uint8Array {
  return readFileSync(join(BULLETIN_FIXTURES_DIR, file))
}

/** A fixture's text, decoded as the import and the staff page decode it. */
export function fixtureText(file: string): string {
  return decodeText(fixtureBytes(file)).text
}
