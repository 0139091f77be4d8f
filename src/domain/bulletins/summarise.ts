import type { BulletinBody } from './bulletin'
import { endsSentence, isColon } from './punctuation'

// The intro, unless it is only a lead-in to the items (现将本月工作情况简报如下：), then the leads.
function summarySource(body: BulletinBody): string {
  const intro = body.intro.join('')
  const leadIn = isColon(intro[intro.length - 1])
  if (intro !== '' && (!leadIn || body.items.length === 0)) return intro
  const leads = body.items.map((item) => {
    const lead = isColon(item.lead[item.lead.length - 1]) ? item.lead.slice(0, -1) : item.lead
    return endsSentence(lead) ? lead : `${lead}；`
  })
  return leads.length > 0 ? leads.join('') : intro || body.title
}

const TRAILING_PUNCTUATION = /[\s，,、；;：:。.！!？?“‘「『（(《]+$/u

/**
 * The two-line summary under a bulletin in a list: the intro, or the items' leads when there is no intro,
 * at most `maxChars` characters including the … that marks a cut, cut between characters (never inside
 * one) and never just after a comma.
 */
export function bulletinSummary(body: BulletinBody, maxChars: number): string {
  const limit = Math.max(0, Math.floor(maxChars))
  const chars = Array.from(summarySource(body).replace(/\s+/g, ' ').trim())
  if (chars.length <= limit) return chars.join('')
  if (limit === 0) return ''
  const cut = chars.slice(0, limit - 1).join('').replace(TRAILING_PUNCTUATION, '')
  return `${cut}…`
}
