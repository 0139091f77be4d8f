import { useCallback, useEffect, useState } from 'react'
import type { BulletinStatus, IssueDuplicate } from '../../../domain/contracts/bulletins'
import type { Bulletin } from '../../../domain/bulletins/bulletin'
import { checkBulletin, type BulletinProblem } from '../../../domain/bulletins/check-bulletin'
import type { ParseIssue, RecognisedField } from '../../../domain/bulletins/parse-result'
import { errorMessage } from '../../../lib/error-messages'
import { useAction } from '../../../lib/use-action'
import { toast } from '../../../ui/toast'
import { getBulletin } from '../api/get-bulletin'
import { parseBulletinText } from '../api/parse-bulletin-text'
import { correctBulletin } from '../api/correct-bulletin'
import { publishBulletin, type ToPublish } from '../api/publish-bulletin'
import { saveBulletinDraft } from '../api/save-bulletin-draft'
import { unpublishBulletin } from '../api/unpublish-bulletin'
import { BULLETINS_ERROR_MESSAGES } from '../model/bulletins-error-messages'
import { bulletinFromForm, emptyForm, formFromBulletin, type BulletinForm } from '../model/editor-form'
import { pickTextFile } from './pick-text-file'

/** The stored bulletin being edited: its id, the revision the form started from, its status. */
export interface SavedRef {
  readonly id: string
  readonly revision: number
  readonly status: BulletinStatus
}

/** What the parser made of the pasted text, kept beside the form so staff can check it. */
export interface Recognition {
  readonly bulletin: Bulletin
  readonly report: readonly RecognisedField[]
  readonly warnings: readonly ParseIssue[]
}

export interface BulletinEditor {
  /** `paste`: the text box; `form`: the structured form (after parsing, or to fill by hand). */
  readonly step: 'loading' | 'paste' | 'form'
  readonly text: string
  readonly setText: (text: string) => void
  /** Lines the parser refused, with reasons; empty when none. */
  readonly parseErrors: readonly ParseIssue[]
  readonly parsing: boolean
  /** Why the text could not be sent for parsing (no signal…), or null. */
  readonly parseFailure: string | null
  readonly parse: () => void
  readonly pickFile: () => void
  readonly fillByHand: () => void
  readonly recognition: Recognition | null
  readonly form: BulletinForm | null
  readonly update: (change: (form: BulletinForm) => BulletinForm) => void
  /** Problems found by the last check (beside the fields), empty when none. */
  readonly problems: readonly BulletinProblem[]
  /** Checks the form; the bulletin to show or store, or null (the problems are then set). */
  readonly check: () => Bulletin | null
  readonly saved: SavedRef | null
  readonly dirty: boolean
  readonly duplicates: readonly IssueDuplicate[]
  readonly busy: boolean
  /** The bulletin to edit could not be opened. */
  readonly loadError: string | null
  /** The last save, publish or take-down failed: why. */
  readonly actionError: string | null
  readonly save: () => Promise<boolean>
  readonly publish: () => Promise<boolean>
  /** A published bulletin: saves the form over it in place (readers see the fix; nobody is notified again). */
  readonly correct: () => Promise<boolean>
  readonly unpublish: () => Promise<boolean>
}

const DEFAULT_KIND = 'work-brief'

/**
 * Staff publishing from plain text: paste (or open a .txt file), see it parsed, fix what the parser got
 * wrong in the form, save a draft, preview, publish, take down. The form is checked with the same rules
 * the function applies; the function checks again before storing.
 */
export function useBulletinEditor(id: string | null): BulletinEditor {
  const [step, setStep] = useState<BulletinEditor['step']>(id === null ? 'paste' : 'loading')
  const [text, setText] = useState('')
  const [parseErrors, setParseErrors] = useState<readonly ParseIssue[]>([])
  const [recognition, setRecognition] = useState<Recognition | null>(null)
  const [form, setForm] = useState<BulletinForm | null>(null)
  const [problems, setProblems] = useState<readonly BulletinProblem[]>([])
  const [saved, setSaved] = useState<SavedRef | null>(null)
  const [dirty, setDirty] = useState(false)
  const [duplicates, setDuplicates] = useState<readonly IssueDuplicate[]>([])
  const [loadError, setLoadError] = useState<string | null>(null)

  useEffect(() => {
    if (id === null) return
    let current = true
    getBulletin(id).then(
      detail => {
        if (!current) return
        setForm(formFromBulletin(detail.kind, { header: detail.header, body: detail.body }))
        setSaved({ id: detail.id, revision: detail.revision, status: detail.status })
        setStep('form')
      },
      (error: unknown) => {
        if (current) setLoadError(errorMessage(error, BULLETINS_ERROR_MESSAGES))
      },
    )
    return () => {
      current = false
    }
  }, [id])

  const parseAction = useAction(async (_requestId: string, pasted: string) => {
    const result = await parseBulletinText(pasted)
    if (!result.ok) {
      setParseErrors(result.errors)
      return result
    }
    setParseErrors([])
    setRecognition({ bulletin: result.bulletin, report: result.report, warnings: result.warnings })
    setDuplicates(result.duplicates)
    setForm(previous => formFromBulletin(previous?.kind ?? DEFAULT_KIND, result.bulletin))
    setProblems([])
    setDirty(true)
    setStep('form')
    return result
  })

  const parse = useCallback(() => {
    if (text.trim() === '') {
      setParseErrors([{ line: 1, reason: '请先粘贴简报全文' }])
      return
    }
    void parseAction.run(text)
  }, [parseAction, text])

  const pickFile = useCallback(() => {
    void pickTextFile().then(picked => {
      if (picked === null) return
      if (!picked.ok) {
        setParseErrors([{ line: 1, reason: picked.reason }])
        return
      }
      setText(picked.text)
      void parseAction.run(picked.text)
    })
  }, [parseAction])

  const check = useCallback((): Bulletin | null => {
    if (form === null) return null
    const { bulletin, problems: formProblems } = bulletinFromForm(form)
    const checked = checkBulletin(bulletin)
    const all = [...formProblems, ...(checked.ok ? [] : checked.problems)]
    setProblems(all)
    return all.length === 0 && checked.ok ? checked.bulletin : null
  }, [form])

  const saveAction = useAction(async (requestId: string, bulletin: Bulletin, kind: string, ref: SavedRef | null) => {
    const result = await saveBulletinDraft({ id: ref?.id ?? null, revision: ref?.revision ?? null, kind, bulletin }, requestId)
    setSaved({ id: result.bulletin.id, revision: result.bulletin.revision, status: result.bulletin.status })
    setDuplicates(result.duplicates)
    setDirty(false)
    return result
  })
  const publishAction = useAction((requestId: string, target: ToPublish) => publishBulletin(target, requestId))
  const correctAction = useAction(async (requestId: string, bulletin: Bulletin, kind: string, ref: SavedRef) => {
    const corrected = await correctBulletin({ id: ref.id, revision: ref.revision, kind, bulletin }, requestId)
    setSaved({ id: corrected.id, revision: corrected.revision, status: corrected.status })
    setDirty(false)
    return corrected
  })
  const unpublishAction = useAction((requestId: string, ref: SavedRef) => unpublishBulletin(ref.id, requestId))

  const save = useCallback(async (): Promise<boolean> => {
    const bulletin = check()
    if (bulletin === null || form === null) {
      toast.failure('还有内容要改，请看红字提示')
      return false
    }
    const result = await saveAction.run(bulletin, form.kind, saved)
    if (result === undefined) return false
    toast.success('草稿已保存')
    return true
  }, [check, form, saveAction, saved])

  const publish = useCallback(async (): Promise<boolean> => {
    if (saved?.status === 'published') return false
    let target: ToPublish
    if (saved !== null && !dirty) {
      target = { id: saved.id, revision: saved.revision }
    } else {
      // Unsaved content is saved by the publication itself: refused, it leaves no draft behind.
      const bulletin = check()
      if (bulletin === null || form === null) {
        toast.failure('还有内容要改，请看红字提示')
        return false
      }
      target = { id: saved?.id ?? null, revision: saved?.revision ?? null, content: { kind: form.kind, bulletin } }
    }
    const published = await publishAction.run(target)
    if (published === undefined) return false
    setSaved({ id: published.id, revision: published.revision, status: published.status })
    setDirty(false)
    toast.success('已发布')
    return true
  }, [check, dirty, form, publishAction, saved])

  const correct = useCallback(async (): Promise<boolean> => {
    if (saved === null || saved.status !== 'published') return false
    const bulletin = check()
    if (bulletin === null || form === null) {
      toast.failure('还有内容要改，请看红字提示')
      return false
    }
    const corrected = await correctAction.run(bulletin, form.kind, saved)
    if (corrected === undefined) return false
    toast.success('更正已发布')
    return true
  }, [check, correctAction, form, saved])

  const unpublish = useCallback(async (): Promise<boolean> => {
    if (saved === null || saved.status !== 'published') return false
    const taken = await unpublishAction.run(saved)
    if (taken === undefined) return false
    setSaved({ id: taken.id, revision: taken.revision, status: taken.status })
    toast.success('已撤回')
    return true
  }, [saved, unpublishAction])

  const failure = saveAction.error ?? publishAction.error ?? correctAction.error ?? unpublishAction.error
  return {
    step,
    text,
    setText,
    parseErrors,
    parsing: parseAction.pending,
    parseFailure: parseAction.error === undefined ? null : errorMessage(parseAction.error, BULLETINS_ERROR_MESSAGES),
    parse,
    pickFile,
    fillByHand: () => {
      setForm(previous => previous ?? emptyForm(DEFAULT_KIND))
      setStep('form')
    },
    recognition,
    form,
    update: change => {
      setForm(previous => (previous === null ? previous : change(previous)))
      setDirty(true)
    },
    problems,
    check,
    saved,
    dirty,
    duplicates,
    busy: saveAction.pending || publishAction.pending || correctAction.pending || unpublishAction.pending,
    loadError,
    actionError: failure === undefined ? null : errorMessage(failure, BULLETINS_ERROR_MESSAGES),
    save,
    publish,
    correct,
    unpublish,
  }
}
