import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { SATISFACTION_LABELS } from '../../../domain/legal-aid/case-outcomes'
import { errorMessage } from '../../../lib/error-messages'
import type { ActionState } from '../../../lib/use-action'
import type { MyCase } from '../../../domain/contracts/legal-aid'
import { a11yProps } from '../../../ui/a11y-props'
import { Button } from '../../../ui/button'
import { TextArea } from '../../../ui/text-area'
import { ChoiceList } from '../../../ui/choice-list'
import './case-rating.css'

const COMMENT_MAX = 200

/** After closing: how satisfied the worker was, in words (nobody has to read stars), once. */
export function CaseRating({ rate }: { readonly rate: ActionState<[score: number, comment: string], MyCase> }) {
  const [score, setScore] = useState<string | null>(null)
  const [comment, setComment] = useState('')
  return (
    <View className='legal-rating'>
      <ChoiceList
        compact
        label='满意程度'
        selected={score}
        onSelect={setScore}
        choices={SATISFACTION_LABELS.map((label, index) => ({ key: String(index + 1), label })).reverse()}
      />
      <TextArea label='想说的话（可不写）' value={comment} onChange={setComment} maxLength={COMMENT_MAX} />
      {rate.error === undefined ? null : (
        <View className='legal-rating__problem' {...a11yProps({ live: 'assertive' })}>
          ⚠ {errorMessage(rate.error)}
        </View>
      )}
      <Button block loading={rate.pending} disabled={score === null} onClick={() => void rate.run(Number(score), comment)}>
        提交评价
      </Button>
      <Text className='legal-rating__why'>您的评价只用来改进接待工作。</Text>
    </View>
  )
}
