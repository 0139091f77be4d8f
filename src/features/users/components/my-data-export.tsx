import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { MyDataExport as Exported } from '../../../domain/contracts/users'
import { APP_NAME } from '../../../lib/app-info'
import { errorMessage } from '../../../lib/error-messages'
import { formatShanghaiFullDateTime } from '../../../lib/shanghai-time'
import { useAction } from '../../../lib/use-action'
import { Button } from '../../../ui/button'
import { Card } from '../../../ui/card'
import { EmptyState } from '../../../ui/empty-state'
import { ErrorState } from '../../../ui/error-state'
import { toast } from '../../../ui/toast'
import { exportMyData } from '../api/export-my-data'
import { myDataAsJson, myDataAsText, presentMyData, type PresentedRecord } from '../model/my-data-presenter'
import { USERS_ERROR_MESSAGES } from '../model/users-error-messages'
import './my-data-export.css'

function RecordCard({ record }: { readonly record: PresentedRecord }) {
  return (
    <View className='data-export__record'>
      <Text className='data-export__record-heading'>{record.heading}</Text>
      {record.lines.map((entry, index) => (
        <View key={index} className='data-export__line'>
          {entry.label === '' ? null : <Text className='data-export__field'>{entry.label}</Text>}
          <Text className={entry.label === '' ? 'data-export__value data-export__value--continued' : 'data-export__value'}>{entry.value}</Text>
        </View>
      ))}
      {record.photos.length === 0 ? null : (
        <View className='data-export__photos'>
          {record.photos.map((photo, index) =>
            photo.url === null ? (
              <Text key={index} className='data-export__photo-gone'>照片已无法显示</Text>
            ) : (
              <Image key={index} className='data-export__photo' src={photo.url} mode='aspectFill' ariaLabel={`我上传的照片 ${index + 1}`} />
            ),
          )}
        </View>
      )}
    </View>
  )
}

function copyToClipboard(data: string, done: string) {
  void Taro.setClipboardData({ data }).then(
    () => toast.success(done),
    () => toast.failure('没能复制，请再试一次'),
  )
}

function ExportResult({ exported }: { exported: Exported }) {
  const sections = presentMyData(exported)
  return (
    <View className='data-export__result'>
      <Text className='data-export__generated'>生成时间：{formatShanghaiFullDateTime(Date.parse(exported.generatedAt))}</Text>
      {sections.length === 0 ? (
        <EmptyState icon='folder' title='没有保存您的任何记录' />
      ) : (
        sections.map(section => (
          <Card key={section.key} className='data-export__group'>
            <Text className='data-export__group-title'>
              {section.title}（{section.records.length} 条）
            </Text>
            {section.records.map((record, index) => (
              <RecordCard key={index} record={record} />
            ))}
          </Card>
        ))
      )}
      <Button icon='copy' block onClick={() => copyToClipboard(myDataAsText(exported, APP_NAME), '已复制')}>
        复制全部内容
      </Button>
      <Text className='data-export__intro'>要把数据带到别的应用：点下面的按钮复制成 JSON 格式的文件内容，粘贴保存为 .json 文件即可。</Text>
      <Button variant='secondary' icon='copy' block spokenLabel='复制为文件：JSON 格式' onClick={() => copyToClipboard(myDataAsJson(exported), '已复制 JSON')}>
        复制为文件
      </Button>
    </View>
  )
}

/** 查阅和复制 (PIPL art. 45): everything the server holds about the person, grouped, copyable. */
export function MyDataExport() {
  const [exported, setExported] = useState<Exported | null>(null)
  const load = useAction(async () => {
    const result = await exportMyData()
    setExported(result)
    return result
  })

  if (exported !== null) return <ExportResult exported={exported} />
  if (load.error !== undefined) {
    return <ErrorState message={errorMessage(load.error, USERS_ERROR_MESSAGES)} retrying={load.pending} onRetry={() => void load.run()} />
  }
  return (
    <View className='data-export__start'>
      <Text className='data-export__intro'>我们会把保存的您的信息列出来：个人资料、驿站问题反馈、提醒设置等。</Text>
      <Button icon='view' block loading={load.pending} onClick={() => void load.run()}>
        查看我的数据
      </Button>
    </View>
  )
}
