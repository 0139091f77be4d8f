import type { CourseDetail, EditableCourse } from '../../../domain/contracts/training'
import type { CourseToSave } from '../api/save-course'
import { useAction, type ActionState } from '../../../lib/use-action'
import { useRemote, type RemoteState } from '../../../lib/use-remote'
import { getEditableCourse } from '../api/get-editable-course'
import { saveCourse } from '../api/save-course'

export interface CourseEditorState {
  /** The saved course to edit; null data for a new one. */
  readonly editable: RemoteState<EditableCourse | null>
  readonly save: ActionState<[input: CourseToSave], CourseDetail>
}

/** Staff: a course to create (no id) or edit, and saving it once however often the tap is retried. */
export function useCourseEditor(courseId: string | null): CourseEditorState {
  const editable = useRemote(() => (courseId === null ? Promise.resolve(null) : getEditableCourse(courseId)), [courseId], { isEmpty: () => false })
  const save = useAction((requestId: string, input: CourseToSave) => saveCourse(input, courseId, requestId))
  return { editable, save }
}
