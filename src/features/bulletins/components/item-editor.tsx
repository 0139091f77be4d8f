import { Text, View } from '@tarojs/components'
import { BULLETIN_LIMITS } from '../../../domain/bulletins/bulletin'
import { Button } from '../../../ui/button'
import { TextArea } from '../../../ui/text-area'
import { TextField } from '../../../ui/text-field'
import { addPoint, removeItem, updateItem, type BulletinForm, type ItemForm } from '../model/editor-form'
import { PointEditor } from './point-editor'
import { SubPointFields } from './sub-point-fields'

export interface ItemEditorProps {
  readonly item: ItemForm
  readonly index: number
  readonly errors: Readonly<Record<string, string>>
  readonly update: (change: (form: BulletinForm) => BulletinForm) => void
}

/** One numbered item in the form: label, lead, paragraphs, its sub-points, and the points below it, each removable. */
export function ItemEditor({ item, index, errors, update }: ItemEditorProps) {
  const at = `items.${index}`
  return (
    <View className='bulletin-form__item'>
      <Text className='bulletin-form__item-title'>第 {index + 1} 项</Text>
      <TextField label='编号' value={item.label} maxLength={8} hint='如 1、 一、 （一）' error={errors[`${at}.label`]} onChange={label => update(form => updateItem(form, index, { label }))} />
      <TextField
        label='要点句'
        value={item.lead}
        maxLength={BULLETIN_LIMITS.leadChars}
        hint='这一项的第一句话，以句号结尾'
        error={errors[`${at}.lead`]}
        onChange={lead => update(form => updateItem(form, index, { lead }))}
      />
      <TextArea
        label='正文段落（每段一行）'
        value={item.paragraphs}
        maxLength={BULLETIN_LIMITS.paragraphChars * 4}
        error={errors[`${at}.paragraphs`]}
        onChange={paragraphs => update(form => updateItem(form, index, { paragraphs }))}
      />
      {errors[`${at}.subPoints`] ? <Text className='bulletin-form__error'>⚠ {errors[`${at}.subPoints`]}</Text> : null}
      <SubPointFields subPoints={item.subPoints} at={{ item: index }} field={at} owner={`第 ${index + 1} 项`} errors={errors} update={update} />
      {errors[`${at}.points`] ? <Text className='bulletin-form__error'>⚠ {errors[`${at}.points`]}</Text> : null}
      {item.points.map((point, k) => (
        <PointEditor key={point.key} points={item.points} itemIndex={index} index={k} errors={errors} update={update} />
      ))}
      <View className='bulletin-form__row'>
        <Button variant='secondary' icon='edit' onClick={() => update(form => addPoint(form, index))} spokenLabel={`给第 ${index + 1} 项添加小点`}>
          添加小点
        </Button>
        <Button variant='danger' icon='trash' onClick={() => update(form => removeItem(form, index))} spokenLabel={`删除第 ${index + 1} 项`}>
          删除这一项
        </Button>
      </View>
    </View>
  )
}
