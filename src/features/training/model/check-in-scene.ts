import * as v from 'valibot'
import { checkInSceneSchema } from '../../../domain/contracts/training'

/**
 * The scene a scanned mini-program code opens the check-in page with. WeChat URL-encodes it in the
 * page's options (`scene=ab%2Fc`), so it is decoded once; anything that is not a check-in scene is null.
 */
export function checkInSceneFrom(raw: string | undefined): string | null {
  if (raw === undefined || raw === '') return null
  let decoded: string
  try {
    decoded = decodeURIComponent(raw)
  } catch {
    return null
  }
  return v.is(checkInSceneSchema, decoded) ? decoded : null
}

/** `已签到 3 次，满 6 次结业`, or that the course is completed. */
export function attendanceWords(result: { readonly attendedCount: number; readonly requiredCount: number; readonly completed: boolean }): string {
  if (result.completed) return `已签到 ${result.attendedCount} 次，已达到结业要求`
  return `已签到 ${result.attendedCount} 次，满 ${result.requiredCount} 次可以结业，还差 ${Math.max(result.requiredCount - result.attendedCount, 0)} 次`
}
