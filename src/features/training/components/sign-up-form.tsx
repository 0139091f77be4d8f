import { View } from '@tarojs/components'
import { useState } from 'react'
import type { CourseDetail } from '../../../domain/contracts/training'
import { DETAIL_FIELD_LABELS, type DetailField } from '../../../domain/training/course-kinds'
import { errorMessage } from '../../../lib/error-messages'
import { a11yProps } from '../../../ui/a11y-props'
import { Button } from '../../../ui/button'
import { ChoiceList } from '../../../ui/choice-list'
import { Section } from '../../../ui/section'
import { TextField } from '../../../ui/text-field'
import type { SignUpPayload } from '../api/sign-up'
import { audienceChoices, emptySignUpDraft, SIGN_UP_MAX, signUpPayload, signUpProblem, type SignUpDraft } from '../model/sign-up-form'
import './training.css'

const DETAIL_PLACEHOLDERS: Readonly<Record<DetailField, string>> = {
  age: '例如：45',
  employer: '例如：某某建筑公司',
  union: '例如：某某公司工会',
  trade: '例如：数控车工',
}

export interface SignUpFormProps {
  readonly course: CourseDetail
  readonly pending: boolean
  readonly error: unknown
  /** Called inside the 报名 tap with a checked payload. */
  readonly onSubmit: (payload: SignUpPayload) => void
}

/** The details the course asks for (name and phone always), then 报名, or 报名候补 when it is full. */
export function SignUpForm({ course, pending, error, onSubmit }: SignUpFormProps) {
  const [draft, setDraft] = useState<SignUpDraft>(() => emptySignUpDraft(course))
  const [tried, setTried] = useState(false)
  const update = (change: Partial<SignUpDraft>) => setDraft(current => ({ ...current, ...change }))
  const problem = signUpProblem(draft, course)
  const full = course.placesLeft === 0
  return (
    <Section title={full ? '报名候补' : '填写报名信息'} description={full ? '名额已满，报名后进入候补，按报名先后排队' : '只给主办单位用来联系您、安排上课'}>
      <View className='training-form'>
        <TextField label='姓名' value={draft.name} onChange={name => update({ name })} maxLength={SIGN_UP_MAX.name} placeholder='身份证上的名字' />
        <TextField label='手机号' type='number' value={draft.phone} onChange={phone => update({ phone })} maxLength={SIGN_UP_MAX.phone} placeholder='11 位手机号' />
        {course.audiences.length > 1 ? <ChoiceList label='您属于哪一类' selected={draft.audience} onSelect={audience => update({ audience })} choices={audienceChoices(course)} /> : null}
        {course.detailFields.map(field => (
          <TextField
            key={field}
            label={DETAIL_FIELD_LABELS[field]}
            type={field === 'age' ? 'number' : 'text'}
            value={draft[field]}
            onChange={value => update({ [field]: value })}
            maxLength={SIGN_UP_MAX[field]}
            placeholder={DETAIL_PLACEHOLDERS[field]}
          />
        ))}
        {tried && problem !== null ? (
          <View className='training-problem' {...a11yProps({ live: 'assertive' })}>
            ⚠ {problem}
          </View>
        ) : null}
        {error === undefined ? null : (
          <View className='training-problem' {...a11yProps({ live: 'assertive' })}>
            ⚠ {errorMessage(error)}
          </View>
        )}
        <Button
          block
          icon='training'
          loading={pending}
          onClick={() => {
            setTried(true)
            const payload = signUpPayload(course.courseId, draft, course)
            if (payload !== null) onSubmit(payload)
          }}
        >
          {full ? '报名候补' : '报名'}
        </Button>
      </View>
    </Section>
  )
}
