import { View } from '@tarojs/components'
import { BULLETIN_LIMITS } from '../../../domain/bulletins/bulletin'
import { Button } from '../../../ui/button'
import { TextArea } from '../../../ui/text-area'
import { TextField } from '../../../ui/text-field'
import { addSubPoint, removeSubPoint, updateSubPoint, type BulletinForm, type NodeRef } from '../model/editor-form'
import type { SubPointForm } from '../model/outline-form'

export interface SubPointFieldsProps {
  readonly subPoints: readonly SubPointForm[]
  readonly at: NodeRef
  /** The field path of the item or point (`items.2`, `items.2.points.0`), for the messages beside the fields. */
  readonly field: string
  /** The item or point in words, for what a screen reader says on the buttons: 第 3 项, 第 3 项的“（一）”. */
  readonly owner: string
  readonly errors: Readonly<Record<string, string>>
  readonly update: (change: (form: BulletinForm) => BulletinForm) => void
}

/** The 一是/二是 sub-points of an item or a point: each ordinal and text, removable, and a way to add one. */
export function SubPointFields({ subPoints, at, field, owner, errors, update }: SubPointFieldsProps) {
  return (
    <>
      {subPoints.map((point, j) => (
        <View key={point.key} className='bulletin-form__sub-point'>
          <TextField
            label={`第 ${j + 1} 个分项的序号`}
            value={point.ordinal}
            maxLength={8}
            error={errors[`${field}.subPoints.${j}.ordinal`]}
            onChange={ordinal => update(form => updateSubPoint(form, at, j, { ordinal }))}
          />
          <TextArea
            label={`第 ${j + 1} 个分项的内容`}
            value={point.text}
            maxLength={BULLETIN_LIMITS.subPointChars}
            error={errors[`${field}.subPoints.${j}.text`]}
            onChange={text => update(form => updateSubPoint(form, at, j, { text }))}
          />
          <Button variant='danger' icon='trash' onClick={() => update(form => removeSubPoint(form, at, j))} spokenLabel={`删除${owner}的第 ${j + 1} 个分项`}>
            删除这个分项
          </Button>
        </View>
      ))}
      <Button variant='secondary' icon='edit' onClick={() => update(form => addSubPoint(form, at))} spokenLabel={`给${owner}添加分项`}>
        添加分项
      </Button>
    </>
  )
}
