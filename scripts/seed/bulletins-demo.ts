import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Bulletin } from '../../src/domain/bulletins/bulletin'
import { DEFAULT_BULLETIN_KINDS } from '../../src/domain/bulletins/bulletin-kinds'
import { checkBulletin, describeProblems } from '../../src/domain/bulletins/check-bulletin'
import { parseBulletin } from '../../src/domain/bulletins/parse-bulletin'
import { shanghaiInstant } from '../../src/domain/time/shanghai-time'
import { publishedDocument } from '../../cloudfunctions/bulletins/bulletin-document'
import { bulletinKindsRepository } from '../../cloudfunctions/bulletins/bulletin-kinds-repository'
import { bulletinsRepository } from '../../cloudfunctions/bulletins/bulletins-repository'
import { searchSynonymsRepository } from '../../cloudfunctions/bulletins/search-synonyms-repository'
import type { Database } from '../../cloudfunctions/runtime/cloudbase-app'
import { monthEnd, NEWS_ITEMS, newsBulletin, workBrief } from './bulletin-corpus'
import { seededRandom } from './seeded-random'

const root = resolve(__dirname, '..', '..')

/** The reference bulletin as the union printed it: the text the product was born from. */
export const REFERENCE_BULLETIN_FILE = join(root, 'src', 'domain', 'bulletins', 'fixtures', 'jingzhou-work-brief-2017-no10.txt')

/** The id of the reference bulletin in the demo data (browser tests open it). */
export const REFERENCE_BULLETIN_ID = 'demo-jingzhou-2017-no10'

interface DemoBulletin {
  readonly id: string
  readonly kind: string
  readonly bulletin: Bulletin
}

function readReference(): Bulletin {
  const parsed = parseBulletin(readFileSync(REFERENCE_BULLETIN_FILE, 'utf8'))
  if (!parsed.ok) throw new Error(`the reference bulletin does not parse: ${JSON.stringify(parsed.errors)}`)
  return parsed.bulletin
}

/**
 * The demo bulletins: the reference 第 10 期 and the rest of 荆州市总工会's monthly briefs around it (each
 * issue reports on the month before it is printed, as 第 10 期 of 30 September reports on September: 2017
 * 第 1–12 期, 2018 第 1–3 期), and the notices, policy explainers and rights cases of the same months, so the
 * list pages, every kind has items, and search finds several issues for 驿站 or 农民工.
 */
export function demoBulletins(): DemoBulletin[] {
  const random = seededRandom(2017)
  const briefs: DemoBulletin[] = []
  for (const [year, issues] of [
    [2017, 12],
    [2018, 3],
  ] as const) {
    for (let issue = 1; issue <= issues; issue++) {
      const id = `demo-jingzhou-${year}-no${issue}`
      if (id === REFERENCE_BULLETIN_ID) {
        briefs.push({ id, kind: 'work-brief', bulletin: readReference() })
        continue
      }
      // Issue 1 reports on the December before, printed early in January; the others at the end of their month.
      const reportMonth = issue === 1 ? 12 : issue - 1
      const issuedOn = issue === 1 ? `${year}-01-05` : monthEnd(random, year, reportMonth)
      briefs.push({ id, kind: 'work-brief', bulletin: workBrief(random, '荆州市总工会', issue, reportMonth, issuedOn) })
    }
  }
  const news = NEWS_ITEMS.map((item, i) => ({ id: `demo-news-${String(i + 1).padStart(2, '0')}`, kind: item.kind, bulletin: newsBulletin(item) }))
  return [...briefs, ...news]
}

/** Publication time of a demo bulletin: its printed date at 10:00 in Shanghai. */
function publishedAtOf(bulletin: Bulletin, fallback: Date): Date {
  return bulletin.header.issuedOn === null ? fallback : shanghaiInstant(bulletin.header.issuedOn, 10 * 60)
}

/** Seeds the four kinds, the search synonym table and the demo bulletins, published; what is there already is left as it is. */
export async function seedBulletinsDemo(db: Database, now: Date): Promise<number> {
  const kinds = bulletinKindsRepository(db)
  const bulletins = bulletinsRepository(db)
  let added = 0
  for (const kind of DEFAULT_BULLETIN_KINDS) if (await kinds.addIfMissing(kind, now)) added += 1
  if (await searchSynonymsRepository(db).seedDefaults(now)) added += 1
  const random = seededRandom(10)
  for (const demo of demoBulletins()) {
    // Demo data goes through the same rules as a staff member's draft: a bad demo is a bug, said loudly.
    const checked = checkBulletin(demo.bulletin)
    if (!checked.ok) throw new Error(`demo bulletin ${demo.id} breaks the rules: ${describeProblems(checked.problems)}`)
    const readCount = 20 + Math.floor(random() * 600)
    if (await bulletins.insert(publishedDocument(demo.id, demo.kind, checked.bulletin, publishedAtOf(checked.bulletin, now), readCount))) added += 1
  }
  return added
}
