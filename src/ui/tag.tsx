import { Text } from '@tarojs/components'
import './tag.css'

export interface TagProps {
  /** A category or attribute in words (法律援助, 有饮水); for a status use StatusBadge. */
  readonly label: string
  readonly emphasis?: boolean
}

/** A small label for what something is, not for how it is doing. */
export function Tag({ label, emphasis = false }: TagProps) {
  return <Text className={emphasis ? 'ui-tag ui-tag--emphasis' : 'ui-tag'}>{label}</Text>
}
