import { View } from '@tarojs/components'
import { BULLETIN_LIMITS } from '../../../domain/bulletins/bulletin'
import type { BulletinKind } from '../../../domain/bulletins/bulletin-kinds'
import { Button } from '../../../ui/button'
import { Section } from '../../../ui/section'
import { TextArea } from '../../../ui/text-area'
import { TextField } from '../../../ui/text-field'
import { ProblemList } from '../../../ui/problem-list'
import type { BulletinEditor } from '../hooks/use-bulletin-editor'
import { addItem, type BulletinForm } from '../model/editor-form'
import { problemsByField } from '../model/form-problems'
import { ItemEditor } from './item-editor'
import { KindPicker } from './kind-picker'
import './bulletin-form.css'

type TextKey = 'issueNumber' | 'issuer' | 'issuedOn' | 'title' | 'intro' | 'reportTo' | 'sendTo' | 'copyTo' | 'editor' | 'phone'

/** Step two: every part of the bulletin as a field, with the rules' messages beside the fields they concern. */
export function BulletinFormView({ editor, form, kinds }: { readonly editor: BulletinEditor; readonly form: BulletinForm; readonly kinds: readonly BulletinKind[] }) {
  const { byField, summary } = problemsByField(editor.problems)
  const set = (key: TextKey) => (value: string) => editor.update(current => ({ ...current, [key]: value }))
  return (
    <>
      <ProblemList className='bulletin-form__problems' title={`还有 ${summary.length} 处要改：`} problems={summary} />
      <Section title='栏目和报头'>
        <View className='bulletin-form'>
          <KindPicker kinds={kinds} selected={form.kind} onSelect={kind => editor.update(current => ({ ...current, kind }))} />
          <TextField label='期号' type='number' value={form.issueNumber} maxLength={4} hint='第几期；通知公告等可不填' error={byField.issueNumber} onChange={set('issueNumber')} />
          <TextField label='日期' value={form.issuedOn} maxLength={12} hint='如 2017-09-30' error={byField.issuedOn} onChange={set('issuedOn')} />
          <TextField label='发文单位' value={form.issuer} maxLength={BULLETIN_LIMITS.issuerChars} error={byField.issuer} onChange={set('issuer')} />
          <TextField label='标题' value={form.title} maxLength={BULLETIN_LIMITS.titleChars} error={byField.title} onChange={set('title')} />
          <TextArea label='导语（每段一行）' value={form.intro} maxLength={BULLETIN_LIMITS.paragraphChars * 4} error={byField.intro} onChange={set('intro')} />
        </View>
      </Section>
      <Section title={`条目（${form.items.length} 项）`} description='每一项有编号和要点句，下面是正文段落或“一是”“二是”分项。'>
        <View className='bulletin-form'>
          {form.items.map((item, index) => (
            <ItemEditor key={item.key} item={item} index={index} errors={byField} update={editor.update} />
          ))}
          <Button variant='secondary' icon='edit' block onClick={() => editor.update(addItem)}>
            添加一项
          </Button>
        </View>
      </Section>
      <Section title='报送和落款' description='单位之间用顿号“、”隔开。'>
        <View className='bulletin-form'>
          <TextArea label='报' value={form.reportTo} maxLength={2000} error={byField.reportTo} onChange={set('reportTo')} />
          <TextArea label='发' value={form.sendTo} maxLength={2000} error={byField.sendTo} onChange={set('sendTo')} />
          <TextArea label='抄送' value={form.copyTo} maxLength={2000} error={byField.copyTo} onChange={set('copyTo')} />
          <TextField label='责任编辑' value={form.editor} maxLength={BULLETIN_LIMITS.editorChars} error={byField.editor} onChange={set('editor')} />
          <TextField label='联系电话' value={form.phone} maxLength={BULLETIN_LIMITS.phoneChars} error={byField.phone} onChange={set('phone')} />
        </View>
      </Section>
    </>
  )
}
