import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { DeletionReport } from '../../../domain/contracts/users'
import { errorMessage } from '../../../lib/error-messages'
import { formatShanghaiFullDateTime } from '../../../lib/shanghai-time'
import { Button } from '../../../ui/button'
import { Card } from '../../../ui/card'
import { ConfirmDialog } from '../../../ui/confirm-dialog'
import { StatusBadge } from '../../../ui/status-badge'
import { useDeleteMyData } from '../hooks/use-delete-my-data'
import { collectionLabel } from '../model/collection-labels'
import { DELETION_SUMMARY } from '../model/deletion-summary'
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

type Step = 'idle' | 'summary' | 'confirm'

/**
 * 删除 (PIPL art. 47): two taps, no typing (typing words is hard with handwriting input). The first
 * shows plainly what goes; the second, on its own screen, deletes for good.
 */
export function DeleteMyDataPanel() {
  const remove = useDeleteMyData()
  const [step, setStep] = useState<Step>('idle')
  const [report, setReport] = useState<DeletionReport | null>(null)

  if (report !== null) return <DeletionResult report={report} />

  const confirm = async () => {
    const result = await remove.run()
    if (result === undefined) return
    setStep('idle')
    setReport(result)
  }
  const close = () => {
    setStep('idle')
    remove.reset()
  }

  return (
    <View className='delete-data'>
      <Text className='delete-data__intro'>删除后，您的资料、设置和提醒都会被删除，无法恢复；驿站问题反馈会去掉能认出您的内容。</Text>
      <Button variant='danger' icon='trash' block onClick={() => setStep('summary')}>
        删除我的数据
      </Button>
      <ConfirmDialog
        open={step === 'summary'}
        title='删除前，请看清会删除什么'
        message='下面这些都会被删除，删除后无法恢复：'
        confirmLabel='下一步'
        onConfirm={() => setStep('confirm')}
        onCancel={close}
      >
        <View className='delete-data__summary'>
          {DELETION_SUMMARY.map(line => (
            <Text key={line} className='delete-data__summary-line'>
              · {line}
            </Text>
          ))}
        </View>
      </ConfirmDialog>
      <ConfirmDialog
        open={step === 'confirm'}
        title='最后确认：永久删除您的数据？'
        message='点“永久删除”后马上删除，不能恢复。以后再用需要个人信息的功能时，会重新问您是否同意。'
        confirmLabel='永久删除'
        cancelLabel='不删了'
        danger
        confirming={remove.pending}
        onConfirm={() => void confirm()}
        onCancel={close}
      >
        {remove.error === undefined ? null : <Text className='delete-data__error'>⚠ {errorMessage(remove.error, USERS_ERROR_MESSAGES)}</Text>}
      </ConfirmDialog>
    </View>
  )
}
