import { Text } from '@tarojs/components'
import { highlightSegments } from '../../../domain/bulletins/highlight'
import { HighlightedText } from './highlighted-text'

export interface BulletinTextProps {
  readonly text: string
  /** The search that led here: its words are marked in the text. */
  readonly query: string
  readonly className?: string
}

/** A run of bulletin text, with the hits of the search marked when the reader came from one. */
export function BulletinText({ text, query, className }: BulletinTextProps) {
  if (query === '') return <Text className={className}>{text}</Text>
  return <HighlightedText segments={highlightSegments(text, query)} className={className} />
}
