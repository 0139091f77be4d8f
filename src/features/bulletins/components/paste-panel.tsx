import { View } from '@tarojs/components'
import { BULLETIN_LIMITS } from '../../../domain/bulletins/bulletin'
import { Button } from '../../../ui/button'
import { ErrorState } from '../../../ui/error-state'
import { Section } from '../../../ui/section'
import { TextArea } from '../../../ui/text-area'
import { ProblemList } from '../../../ui/problem-list'
import type { BulletinEditor } from '../hooks/use-bulletin-editor'
import './paste-panel.css'

/** Step one: paste the whole bulletin (or open the .txt file), then 识别; refusals list their lines. */
export function PastePanel({ editor }: { readonly editor: BulletinEditor }) {
  return (
    <Section title='粘贴简报全文' description='从 Word 或聊天里复制整期简报，原样粘贴即可：期号、日期、标题、各项内容、报送单位、责任编辑和电话都会自动识别。'>
      <View className='paste-panel'>
        <TextArea label='简报全文' value={editor.text} onChange={editor.setText} maxLength={BULLETIN_LIMITS.pastedChars} placeholder='在这里粘贴…' />
        <Button icon='search' block loading={editor.parsing} onClick={editor.parse}>
          识别
        </Button>
        <Button icon='folder' variant='secondary' block onClick={editor.pickFile}>
          打开文本文件（.txt）
        </Button>
        <Button icon='edit' variant='secondary' block onClick={editor.fillByHand}>
          不粘贴，直接填写
        </Button>
        {editor.parseFailure ? <ErrorState message={editor.parseFailure} onRetry={editor.parse} /> : null}
        <ProblemList title='没能识别，请改好这些地方再点“识别”：' problems={editor.parseErrors.map(issue => `第 ${issue.line} 行：${issue.reason}`)} />
      </View>
    </Section>
  )
}
