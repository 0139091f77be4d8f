import { Text, View } from '@tarojs/components'
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
import { exportAsText, groupExport } from '../model/data-export-view'
import { USERS_ERROR_MESSAGES } from '../model/users-error-messages'
import './my-data-export.css'

function ExportResult({ exported }: { exported: Exported }) {
  const groups = groupExport(exported)
  const copy = () => {
    void Taro.setClipboardData({ data: exportAsText(exported, APP_NAME) }).then(
      () => toast.success('已复制'),
      () => toast.failure('没能复制，请再试一次'),
    )
  }
  return (
    <View className='data-export__result'>
      <Text className='data-export__generated'>生成时间：{formatShanghaiFullDateTime(Date.parse(exported.generatedAt))}</Text>
      {groups.length === 0 ? (
        <EmptyState icon='folder' title='没有保存您的任何记录' />
      ) : (
        groups.map(group => (
          <Card key={group.collection} className='data-export__group'>
            <Text className='data-export__group-title'>
              {group.title}（{group.records.length} 条）
            </Text>
            {group.records.map((lines, index) => (
              <View key={index} className='data-export__record'>
                {lines.map(line => (
                  <View key={line.field} className='data-export__line'>
                    <Text className='data-export__field'>{line.field}</Text>
                    <Text className='data-export__value'>{line.value}</Text>
                  </View>
                ))}
              </View>
            ))}
          </Card>
        ))
      )}
      <Button icon='copy' block onClick={copy}>
        复制全部内容
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
