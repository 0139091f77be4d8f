import { Text } from '@tarojs/components'
import type { HighlightSegment } from '../../../domain/bulletins/highlight'
import './highlighted-text.css'

export interface HighlightedTextProps {
  readonly segments: readonly HighlightSegment[]
  readonly className?: string
}

/** Text with the search hits marked: bold, tinted and underlined, so the mark survives a grey screen. */
export function HighlightedText({ segments, className }: HighlightedTextProps) {
  return (
    <Text className={className}>
      {segments.map((segment, i) =>
        segment.hit ? (
          <Text key={i} className='bulletin-hit'>
            {segment.text}
          </Text>
        ) : (
          segment.text
        ),
      )}
    </Text>
  )
}
