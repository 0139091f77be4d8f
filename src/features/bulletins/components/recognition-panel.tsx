import { Text, View } from '@tarojs/components'
import type { IssueDuplicate } from '../../../domain/contracts/bulletins'
import { recognitionSummary } from '../../../domain/bulletins/recognition-summary'
import { classNames } from '../../../ui/class-names'
import { Section } from '../../../ui/section'
import type { Recognition } from '../hooks/use-bulletin-editor'
import { bulletinStatusLabel } from '../model/status-label'
import './recognition-panel.css'

export interface RecognitionPanelProps {
  readonly recognition: Recognition | null
  readonly duplicates: readonly IssueDuplicate[]
}

/** 识别结果: what the parser read, where it warned, and other bulletins of the same 第N期, to check before saving. */
export function RecognitionPanel({ recognition, duplicates }: RecognitionPanelProps) {
  if (recognition === null && duplicates.length === 0) return null
  return (
    <Section title='识别结果' description='请核对；识别错的地方在下面的表格里改。'>
      <View className='recognition'>
        {recognition
          ? recognitionSummary(recognition.bulletin).map(row => (
              <View key={`${row.label}-${row.value}`} className={classNames('recognition__row', row.depth > 0 && `recognition__row--depth-${row.depth}`)}>
                <Text className='recognition__label'>{row.label}</Text>
                <Text className='recognition__value'>{row.value}</Text>
              </View>
            ))
          : null}
        {recognition?.warnings.map(warning => (
          <Text key={`${warning.line}-${warning.reason}`} className='recognition__warning'>
            ⚠ 第 {warning.line} 行：{warning.reason}
          </Text>
        ))}
        {duplicates.map(duplicate => (
          <Text key={duplicate.id} className='recognition__warning'>
            ⚠ 同一期已经有一篇：“{duplicate.title}”（{bulletinStatusLabel(duplicate.status).label}）。同一期只能发布一篇。
          </Text>
        ))}
      </View>
    </Section>
  )
}
