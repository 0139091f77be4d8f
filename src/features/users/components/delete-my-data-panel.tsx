import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { DELETE_MY_DATA_CONFIRMATION, type DeletionReport } from '../../../domain/contracts/users'
import { errorMessage } from '../../../lib/error-messages'
import { formatShanghaiFullDateTime } from '../../../lib/shanghai-time'
import { Button } from '../../../ui/button'
import { Card } from '../../../ui/card'
import { ConfirmDialog } from '../../../ui/confirm-dialog'
import { StatusBadge } from '../../../ui/status-badge'
import { TextField } from '../../../ui/text-field'
import { isDeleteConfirmation } from '../api/delete-my-data'
import { useDeleteMyData } from '../hooks/use-delete-my-data'
import { collectionLabel } from '../model/collection-labels'
import { USERS_ERROR_MESSAGES } from '../model/users-error-messages'
import './delete-my-data-panel.css'

function DeletionResult({ report }: { report: DeletionReport }) {
  const removed = Object.entries(report.removed).filter(([, count]) => count > 0)
  return (
    <Card className='delete-data__result'>
      <StatusBadge tone='success' label='已删除' />
      <Text className='delete-data__result-text'>
        {formatShanghaiFullDateTime(Date.parse(report.deletedAt))}，我们已删除您的信息。需要保留的办事记录已去掉能认出您的内容。
      </Text>
      {removed.length === 0 && report.filesDeleted === 0 ? (
        <Text className='delete-data__result-text'>没有找到需要删除的记录。</Text>
      ) : (
        removed.map(([collection, count]) => (
          <View key={collection} className='delete-data__line'>
            <Text>{collectionLabel(collection)}</Text>
            <Text className='delete-data__count'>{count} 条</Text>
          </View>
        ))
      )}
      {report.filesDeleted > 0 ? (
        <View className='delete-data__line'>
          <Text>您上传的照片</Text>
          <Text className='delete-data__count'>{report.filesDeleted} 张</Text>
        </View>
      ) : null}
      <Text className='delete-data__result-text'>以后再使用需要个人信息的功能时，会重新询问您是否同意。</Text>
    </Card>
  )
}

/** 删除 (PIPL art. 47): deletes everything, after the person types the confirmation words. */
export function DeleteMyDataPanel() {
  const remove = useDeleteMyData()
  const [asking, setAsking] = useState(false)
  const [typed, setTyped] = useState('')
  const [report, setReport] = useState<DeletionReport | null>(null)

  if (report !== null) return <DeletionResult report={report} />

  const confirm = async () => {
    if (!isDeleteConfirmation(typed)) return
    const result = await remove.run(typed)
    if (result === undefined) return
    setAsking(false)
    setReport(result)
  }
  const close = () => {
    setAsking(false)
    setTyped('')
    remove.reset()
  }

  return (
    <View className='delete-data'>
      <Text className='delete-data__intro'>删除后，您的资料、设置和提醒都会被删除，无法恢复；驿站问题反馈会去掉能认出您的内容。</Text>
      <Button variant='danger' icon='trash' block onClick={() => setAsking(true)}>
        删除我的数据
      </Button>
      <ConfirmDialog
        open={asking}
        title='确定删除您的全部数据？'
        message={`删除后无法恢复。请在下面输入“${DELETE_MY_DATA_CONFIRMATION}”确认。`}
        confirmLabel='永久删除'
        danger
        confirming={remove.pending}
        confirmDisabled={!isDeleteConfirmation(typed)}
        onConfirm={() => void confirm()}
        onCancel={close}
      >
        <TextField
          label={`请输入“${DELETE_MY_DATA_CONFIRMATION}”`}
          value={typed}
          onChange={setTyped}
          maxLength={12}
          error={remove.error === undefined ? undefined : errorMessage(remove.error, USERS_ERROR_MESSAGES)}
        />
      </ConfirmDialog>
    </View>
  )
}
