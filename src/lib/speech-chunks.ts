/** The most one request to a speech engine may hold: characters, and bytes of UTF-8. */
export interface SpeechLimits {
  readonly chars: number
  readonly bytes: number
}

// Where a sentence ends, and where a clause does when a sentence alone is too long.
const SENTENCE_ENDS = new Set(['。', '！', '？', '；', '!', '?', ';', '…', '\n'])
const CLAUSE_ENDS = new Set(['，', '、', '：', ',', ':'])
// Closing quotes and brackets stay with the sentence they close.
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '》'])

const SAYS_SOMETHING = /[\p{L}\p{N}]/u

function utf8Bytes(ch: string): number {
  const code = ch.codePointAt(0) ?? 0
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4
}

function fits(chars: readonly string[], limits: SpeechLimits): boolean {
  return chars.length <= limits.chars && chars.reduce((sum, ch) => sum + utf8Bytes(ch), 0) <= limits.bytes
}

// The text cut after each character of `ends` (and any closers after it), as arrays of characters.
function cutAfter(chars: readonly string[], ends: ReadonlySet<string>): string[][] {
  const pieces: string[][] = []
  let current: string[] = []
  chars.forEach((ch, i) => {
    current.push(ch)
    const next = chars[i + 1]
    if (ends.has(ch) || (CLOSERS.has(ch) && current.length > 1 && ends.has(current[current.length - 2] ?? ''))) {
      if (next === undefined || !CLOSERS.has(next)) {
        pieces.push(current)
        current = []
      }
    }
  })
  if (current.length > 0) pieces.push(current)
  return pieces
}

// A piece no longer than the limits: cut at clauses, then, for a clause that is still too long, anywhere.
function withinLimits(piece: readonly string[], limits: SpeechLimits): string[][] {
  if (fits(piece, limits)) return [[...piece]]
  const clauses = cutAfter(piece, CLAUSE_ENDS)
  if (clauses.length > 1) return clauses.flatMap((clause) => withinLimits(clause, limits))
  const parts: string[][] = []
  let current: string[] = []
  for (const ch of piece) {
    if (!fits([...current, ch], limits)) {
      parts.push(current)
      current = []
    }
    current.push(ch)
  }
  if (current.length > 0) parts.push(current)
  return parts
}

/**
 * Cuts text into the pieces a speech engine is given one at a time, each within `limits`: whole sentences
 * packed together where they fit, so the voice pauses where the text does; a sentence too long for one
 * piece is cut at its commas, and only a clause longer than a piece is cut inside. Nothing that is said is
 * dropped (only spaces at the ends of pieces, and punctuation left alone in a piece), and pieces come back in
 * reading order.
 */
export function splitForSpeech(text: string, limits: SpeechLimits): string[] {
  const chars = Array.from(text.replace(/\s+/g, (space) => (space.includes('\n') ? '\n' : ' ')))
  const pieces = cutAfter(chars, SENTENCE_ENDS).flatMap((sentence) => withinLimits(sentence, limits))
  const chunks: string[] = []
  let current: string[] = []
  for (const piece of pieces) {
    if (current.length > 0 && !fits([...current, ...piece], limits)) {
      chunks.push(current.join(''))
      current = []
    }
    current.push(...piece)
  }
  if (current.length > 0) chunks.push(current.join(''))
  // A piece of punctuation alone says nothing, and some engines refuse it.
  return chunks.map((chunk) => chunk.replace(/\n/g, ' ').trim()).filter((chunk) => SAYS_SOMETHING.test(chunk))
}
