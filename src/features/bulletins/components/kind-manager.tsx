import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { BULLETIN_KIND_KEY_PATTERN, BULLETIN_KIND_LABEL_MAX } from '../../../domain/bulletins/bulletin-kinds'
import { errorMessage } from '../../../lib/error-messages'
import { Button } from '../../../ui/button'
import { ListItem } from '../../../ui/list-item'
import { Section } from '../../../ui/section'
import { TextField } from '../../../ui/text-field'
import { toast } from '../../../ui/toast'
import { useKindManager } from '../hooks/use-kind-manager'
import { BULLETINS_ERROR_MESSAGES } from '../model/bulletins-error-messages'
import './kind-manager.css'

/** 栏目: the kinds of news, in their order; tap one to rename or move it, or add a new one. No code change needed. */
export function KindManager() {
  const { kinds, save } = useKindManager()
  const [key, setKey] = useState('')
  const [label, setLabel] = useState('')
  const [order, setOrder] = useState('')
  const [editing, setEditing] = useState(false)
  const existing = kinds.some(kind => kind.key === key)
  const keyError = key !== '' && !BULLETIN_KIND_KEY_PATTERN.test(key) ? '只能用小写英文字母、数字和 -，以字母开头，如 safety-tips' : undefined
  const orderValue = Number(order)
  const orderError = order !== '' && (!Number.isInteger(orderValue) || orderValue < 0 || orderValue > 9999) ? '填 0 到 9999 的整数，小的排在前面' : undefined

  const edit = (kindKey: string) => {
    const kind = kinds.find(candidate => candidate.key === kindKey)
    if (!kind) return
    setKey(kind.key)
    setLabel(kind.label)
    setOrder(String(kind.order))
    setEditing(true)
  }
  const clear = () => {
    setKey('')
    setLabel('')
    setOrder('')
    setEditing(false)
  }
  const submit = () => {
    if (keyError || orderError || key === '' || label.trim() === '' || order === '') {
      toast.failure('请把栏目填完整')
      return
    }
    void save.run({ key, label: label.trim(), order: orderValue }).then(result => {
      if (result === undefined) return
      toast.success('栏目已保存')
      clear()
    })
  }

  return (
    <Section title='栏目' description='首页按这些栏目筛选资讯。点一个栏目可以改名字或顺序；也可以新增栏目。'>
      <View className='kind-manager'>
        <View className='kind-manager__list'>
          {kinds.map(kind => (
            <ListItem key={kind.key} title={kind.label} subtitle={`代码 ${kind.key} · 顺序 ${kind.order}`} icon='folder' onClick={() => edit(kind.key)} />
          ))}
        </View>
        <TextField label='栏目代码' value={key} maxLength={32} hint='新栏目的英文代码，保存后不能改' error={keyError} disabled={editing} onChange={setKey} />
        <TextField label='栏目名称' value={label} maxLength={BULLETIN_KIND_LABEL_MAX} onChange={setLabel} />
        <TextField label='顺序' type='number' value={order} maxLength={4} error={orderError} onChange={setOrder} />
        {save.error !== undefined ? <Text className='kind-manager__error'>⚠ {errorMessage(save.error, BULLETINS_ERROR_MESSAGES)}</Text> : null}
        <Button icon='save' block loading={save.pending} onClick={submit}>
          {existing ? '保存栏目' : '新增栏目'}
        </Button>
        {editing ? (
          <Button variant='secondary' block onClick={clear}>
            不改了，新增栏目
          </Button>
        ) : null}
      </View>
    </Section>
  )
}
