import { Text, View } from '@tarojs/components'
import { BULLETIN_LIMITS } from '../../../domain/bulletins/bulletin'
import { levelName } from '../../../domain/bulletins/level-name'
import { Button } from '../../../ui/button'
import { TextArea } from '../../../ui/text-area'
import { TextField } from '../../../ui/text-field'
import { removePoint, shiftPoint, updatePoint, type BulletinForm } from '../model/editor-form'
import { canDemote, canPromote, type PointForm } from '../model/outline-form'
import { SubPointFields } from './sub-point-fields'

export interface PointEditorProps {
  readonly points: readonly PointForm[]
  readonly itemIndex: number
  readonly index: number
  readonly errors: Readonly<Record<string, string>>
  readonly update: (change: (form: BulletinForm) => BulletinForm) => void
}

/**
 * One point below an item, indented for its level: its level in words, label, lead, paragraphs and
 * sub-points, and the buttons to move it a level up or down (with the points below it) when the parser
 * read its level wrong, or to remove it.
 */
export function PointEditor({ points, itemIndex, index, errors, update }: PointEditorProps) {
  const point = points[index]
  if (!point) return null
  const at = `items.${itemIndex}.points.${index}`
  const owner = `第 ${itemIndex + 1} 项的第 ${index + 1} 个小点`
  return (
    <View className={`bulletin-form__point bulletin-form__point--level-${point.level}`}>
      <Text className='bulletin-form__point-title'>
        {levelName(point.level)}小点 {point.label}
      </Text>
      <TextField label='编号' value={point.label} maxLength={8} hint='如 （一） 1. （1）' error={errors[`${at}.label`]} onChange={label => update(form => updatePoint(form, itemIndex, index, { label }))} />
      <TextField
        label='要点句'
        value={point.lead}
        maxLength={BULLETIN_LIMITS.leadChars}
        hint='这一点的第一句话，或不带标点的小标题'
        error={errors[`${at}.lead`]}
        onChange={lead => update(form => updatePoint(form, itemIndex, index, { lead }))}
      />
      <TextArea
        label='正文段落（每段一行）'
        value={point.paragraphs}
        maxLength={BULLETIN_LIMITS.paragraphChars * 4}
        error={errors[`${at}.paragraphs`]}
        onChange={paragraphs => update(form => updatePoint(form, itemIndex, index, { paragraphs }))}
      />
      <SubPointFields subPoints={point.subPoints} at={{ item: itemIndex, point: index }} field={at} owner={owner} errors={errors} update={update} />
      <View className='bulletin-form__row'>
        <Button
          variant='secondary'
          disabled={!canPromote(points, index)}
          onClick={() => update(form => shiftPoint(form, itemIndex, index, -1))}
          spokenLabel={`把${owner}升一级`}
        >
          升一级
        </Button>
        <Button
          variant='secondary'
          disabled={!canDemote(points, index)}
          onClick={() => update(form => shiftPoint(form, itemIndex, index, 1))}
          spokenLabel={`把${owner}降一级`}
        >
          降一级
        </Button>
        <Button variant='danger' icon='trash' onClick={() => update(form => removePoint(form, itemIndex, index))} spokenLabel={`删除${owner}`}>
          删除这个小点
        </Button>
      </View>
    </View>
  )
}
