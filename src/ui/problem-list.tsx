import { Text, View } from '@tarojs/components'
import { a11yProps } from './a11y-props'
import { classNames } from './class-names'
import './problem-list.css'

export interface ProblemListProps {
  /** What the person should do about them, in plain words. */
  readonly title: string
  /** One line per problem; each is shown after ⚠, so the warning is not carried by colour alone. */
  readonly problems: readonly string[]
  readonly className?: string
}

/** What stops a form or a text from being accepted, all at once, announced to screen readers. */
export function ProblemList({ title, problems, className }: ProblemListProps) {
  if (problems.length === 0) return null
  return (
    <View className={classNames('ui-problem-list', className)} {...a11yProps({ live: 'assertive' })}>
      <Text className='ui-problem-list__title'>{title}</Text>
      {problems.map((problem, index) => (
        <Text key={`${index}-${problem}`} className='ui-problem-list__problem'>
          ⚠ {problem}
        </Text>
      ))}
    </View>
  )
}
