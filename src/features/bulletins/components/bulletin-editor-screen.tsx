import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { kindLabel } from '../../../domain/bulletins/bulletin-kinds'
import type { Bulletin } from '../../../domain/bulletins/bulletin'
import { Button } from '../../../ui/button'
import { ConfirmDialog } from '../../../ui/confirm-dialog'
import { ErrorState } from '../../../ui/error-state'
import { LoadingState } from '../../../ui/loading-state'
import { PageHeader } from '../../../ui/page-header'
import { Screen } from '../../../ui/screen'
import { StatusBadge } from '../../../ui/status-badge'
import { useBulletinEditor } from '../hooks/use-bulletin-editor'
import { useBulletinKinds } from '../hooks/use-bulletin-kinds'
import { scrollToAnchor } from '../hooks/scroll-to-anchor'
import { bulletinStatusLabel } from '../model/status-label'
import { BulletinArticle } from './bulletin-article'
import { BulletinFormView } from './bulletin-form'
import { PastePanel } from './paste-panel'
import { RecognitionPanel } from './recognition-panel'
import './bulletin-editor-screen.css'

type Confirming = 'publish' | 'correct' | 'unpublish' | null

const TOP = 'bulletin-editor-top'

/**
 * Staff: publish a bulletin from plain text. Paste or open the text, check what was recognised, fix it in
 * the form, save a draft, preview it as workers will see it, publish, or take a published one down.
 */
export function BulletinEditorScreen({ id }: { readonly id: string | null }) {
  const editor = useBulletinEditor(id)
  const kinds = useBulletinKinds()
  const [preview, setPreview] = useState<Bulletin | null>(null)
  const [confirming, setConfirming] = useState<Confirming>(null)
  const status = editor.saved === null ? null : bulletinStatusLabel(editor.saved.status)
  const published = editor.saved?.status === 'published'

  // The pasted text is long: once it is read, start at the top, where the recognition report is.
  useEffect(() => {
    if (editor.step === 'form') scrollToAnchor(TOP)
  }, [editor.step])

  const showPreview = () => {
    const bulletin = editor.check()
    if (bulletin !== null) setPreview(bulletin)
  }
  const confirm = async () => {
    const done =
      confirming === 'publish' ? await editor.publish() : confirming === 'correct' ? await editor.correct() : await editor.unpublish()
    if (done) {
      setConfirming(null)
      setPreview(null)
    }
  }

  const footer =
    editor.step === 'form' && editor.form !== null ? (
      <View className='bulletin-editor__actions'>
        <View className='bulletin-editor__status'>
          {status ? <StatusBadge tone={status.tone} label={status.label} /> : <Text>还没有保存</Text>}
          {editor.dirty && editor.saved !== null ? <Text className='bulletin-editor__dirty'>有修改未保存</Text> : null}
        </View>
        {preview === null ? (
          <View className='bulletin-editor__buttons'>
            {!published ? (
              <Button variant='secondary' icon='save' loading={editor.busy} onClick={() => void editor.save()}>
                保存草稿
              </Button>
            ) : null}
            <Button variant='secondary' icon='search' onClick={showPreview}>
              预览
            </Button>
          </View>
        ) : (
          <Button variant='secondary' icon='edit' block onClick={() => setPreview(null)}>
            返回修改
          </Button>
        )}
        {published ? (
          <>
            <Button icon='success' block disabled={editor.busy || !editor.dirty} onClick={() => setConfirming('correct')}>
              保存更正
            </Button>
            <Button variant='danger' icon='close' block onClick={() => setConfirming('unpublish')}>
              撤回
            </Button>
          </>
        ) : (
          <Button icon='success' block disabled={editor.busy} onClick={() => setConfirming('publish')}>
            发布
          </Button>
        )}
      </View>
    ) : undefined

  return (
    <Screen footer={footer}>
      <View id={TOP}>
        <PageHeader title={id === null ? '发布资讯' : '修改资讯'} subtitle='工作人员专用' />
      </View>
      {editor.step === 'loading' ? (
        editor.loadError ? <ErrorState message={editor.loadError} /> : <LoadingState label='正在打开…' />
      ) : null}
      {editor.step === 'paste' ? <PastePanel editor={editor} /> : null}
      {editor.actionError ? (
        <View className='bulletin-editor__error'>
          <ErrorState message={editor.actionError} />
        </View>
      ) : null}
      {editor.step === 'form' && editor.form !== null && preview === null ? (
        <>
          {published ? (
            <Text className='bulletin-editor__locked'>这篇已经发布：直接改好后点“保存更正”，职工马上看到改正后的内容，不会再通知订阅的人。</Text>
          ) : null}
          <RecognitionPanel recognition={editor.recognition} duplicates={editor.duplicates} />
          <BulletinFormView editor={editor} form={editor.form} kinds={kinds} />
        </>
      ) : null}
      {preview !== null && editor.form !== null ? (
        <View className='bulletin-editor__preview'>
          <Text className='bulletin-editor__preview-note'>预览：职工看到的样子</Text>
          <BulletinArticle bulletin={preview} kindLabel={kindLabel(kinds, editor.form.kind)} publishedAt={new Date().toISOString()} />
        </View>
      ) : null}
      <ConfirmDialog
        open={confirming === 'publish'}
        title='发布这篇资讯？'
        message='发布后，所有职工都能在首页看到、搜索到，也能分享给别人。'
        confirmLabel='确认发布'
        confirming={editor.busy}
        onConfirm={() => void confirm()}
        onCancel={() => setConfirming(null)}
      />
      <ConfirmDialog
        open={confirming === 'correct'}
        title='保存更正？'
        message='职工打开这篇资讯、搜索时看到的都是改正后的内容。不会再次通知订阅的人。'
        confirmLabel='确认更正'
        confirming={editor.busy}
        onConfirm={() => void confirm()}
        onCancel={() => setConfirming(null)}
      />
      <ConfirmDialog
        open={confirming === 'unpublish'}
        title='撤回这篇资讯？'
        message='撤回后，职工在列表、搜索和分享的链接里都看不到它了。可以改好后重新发布。'
        confirmLabel='确认撤回'
        danger
        confirming={editor.busy}
        onConfirm={() => void confirm()}
        onCancel={() => setConfirming(null)}
      />
    </Screen>
  )
}
