import { useCallback, useState } from 'react'
import type { CourseDetail, MyEnrollment } from '../../../domain/contracts/training'
import { useAction, type ActionState } from '../../../lib/use-action'
import { useRemote, type RemoteState } from '../../../lib/use-remote'
import { claimOffer } from '../api/claim-offer'
import { getCourse } from '../api/get-course'
import { signUp, type SignUpPayload } from '../api/sign-up'
import { withdraw } from '../api/withdraw'
import { serverClockOffset } from '../model/countdown'

export interface CourseState {
  readonly remote: RemoteState<{ readonly course: CourseDetail; readonly clockOffsetMs: number }>
  /** The caller's standing as the last answer left it (a sign-up's answer arrives before the course reloads). */
  readonly mine: MyEnrollment | null
  readonly signUp: ActionState<[payload: SignUpPayload], MyEnrollment>
  readonly claim: ActionState<[], MyEnrollment>
  readonly withdraw: ActionState<[], MyEnrollment>
  readonly reload: () => void
}

/** One course for a worker: its details with the server's clock, and signing up, claiming an offer, withdrawing. */
export function useCourse(courseId: string): CourseState {
  const [version, setVersion] = useState(0)
  const remote = useRemote(
    async () => {
      const course = await getCourse(courseId)
      return { course, clockOffsetMs: serverClockOffset(course.at, Date.now()) }
    },
    [courseId, version],
    { isEmpty: () => false },
  )
  const [changed, setChanged] = useState<{ readonly from: unknown; readonly mine: MyEnrollment } | null>(null)
  const reload = useCallback(() => setVersion(value => value + 1), [])
  // Each answer replaces the standing shown at once, and the course is loaded again for its places left.
  const settle = (mine: MyEnrollment) => {
    setChanged({ from: remote.data, mine })
    reload()
    return mine
  }
  const signUpAction = useAction(async (requestId: string, payload: SignUpPayload) => settle(await signUp(payload, requestId)))
  const claim = useAction(async (requestId: string) => settle(await claimOffer(courseId, requestId)))
  const withdrawAction = useAction(async (requestId: string) => settle(await withdraw(courseId, requestId)))
  const mine = changed !== null && changed.from === remote.data ? changed.mine : (remote.data?.course.mine ?? changed?.mine ?? null)
  return { remote, mine, signUp: signUpAction, claim, withdraw: withdrawAction, reload }
}
