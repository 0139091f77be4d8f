import type { Bulletin } from './bulletin'

/** A problem found in pasted text, with the line it is on (1-based, as pasted) and the reason in plain Chinese. */
export interface ParseIssue {
  readonly line: number
  readonly reason: string
}

/** The kinds of things the parser recognises, for the import report staff check before publishing. */
export type RecognisedKind =
  | 'masthead'
  | 'issueNumber'
  | 'issuer'
  | 'issuedOn'
  | 'title'
  | 'intro'
  | 'item'
  /** A numbered point below an item (（一）, 1., （1）). */
  | 'point'
  | 'paragraph'
  | 'subPoint'
  | 'reportTo'
  | 'sendTo'
  | 'copyTo'
  | 'editor'
  | 'phone'
  | 'pageNumber'
  | 'decoration'
  /** A line joined to the paragraph above it because a page break had cut that paragraph. */
  | 'continuation'

/** One recognised thing: where it is and a short preview of what was read. */
export interface RecognisedField {
  readonly line: number
  readonly kind: RecognisedKind
  readonly value: string
}

/** The outcome of parsing: the bulletin with what was recognised and any warnings, or the reasons it was refused. */
export type ParseResult =
  | {
      readonly ok: true
      readonly bulletin: Bulletin
      readonly report: readonly RecognisedField[]
      readonly warnings: readonly ParseIssue[]
    }
  | { readonly ok: false; readonly errors: readonly ParseIssue[] }
