import { Text, View } from '@tarojs/components'
import { BULLETIN_LIMITS } from '../../../domain/bulletins/bulletin'
import { Button } from '../../../ui/button'
import { TextArea } from '../../../ui/text-area'
import { TextField } from '../../../ui/text-field'
import { addSubPoint, removeItem, removeSubPoint, updateItem, updateSubPoint, type BulletinForm, type ItemForm } from '../model/editor-form'

export interface ItemEditorProps {
  readonly item: ItemForm
  readonly index: number
  readonly errors: Readonly<Record<string, string>>
  readonly update: (change: (form: BulletinForm) => BulletinForm) => void
}

/** One numbered item in the form: label, lead, paragraphs, and its sub-points, each removable. */
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
      {item.subPoints.map((point, j) => (
        <View key={point.key} className='bulletin-form__sub-point'>
          <TextField
            label={`第 ${j + 1} 个分项的序号`}
            value={point.ordinal}
            maxLength={8}
            error={errors[`${at}.subPoints.${j}.ordinal`]}
            onChange={ordinal => update(form => updateSubPoint(form, index, j, { ordinal }))}
          />
          <TextArea
            label={`第 ${j + 1} 个分项的内容`}
            value={point.text}
            maxLength={BULLETIN_LIMITS.subPointChars}
            error={errors[`${at}.subPoints.${j}.text`]}
            onChange={text => update(form => updateSubPoint(form, index, j, { text }))}
          />
          <Button variant='danger' icon='trash' onClick={() => update(form => removeSubPoint(form, index, j))} spokenLabel={`删除第 ${index + 1} 项的第 ${j + 1} 个分项`}>
            删除这个分项
          </Button>
        </View>
      ))}
      <View className='bulletin-form__row'>
        <Button variant='secondary' icon='edit' onClick={() => update(form => addSubPoint(form, index))} spokenLabel={`给第 ${index + 1} 项添加分项`}>
          添加分项
        </Button>
        <Button variant='danger' icon='trash' onClick={() => update(form => removeItem(form, index))} spokenLabel={`删除第 ${index + 1} 项`}>
          删除这一项
        </Button>
      </View>
    </View>
  )
}
