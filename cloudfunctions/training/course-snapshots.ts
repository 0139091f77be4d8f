import type { CourseDocument } from '../../src/domain/training/stored-documents'

/** How old a course read may be for a sign-up's first look at it. */
export const COURSE_SNAPSHOT_MAX_AGE_MS = 1_000

/** More courses than a union runs at once; past it the snapshots are simply dropped. */
const MAX_SNAPSHOTS = 200

export type CourseSnapshots = (courseId: string) => Promise<CourseDocument | null>

/**
 * Each course as read within the last second, per function instance, shared by the calls that ask for it
 * meanwhile (one read in flight, not one per tap).
 *
 * Why: when sign-up opens, thousands tap 报名 for one course at once, and reading its document for each
 * tap was a round trip and its largest answer on the rush's path. A snapshot is only a first look: it
 * decides which rules to show and whether to try for a place or for the waitlist. Everything contended is
 * still decided by conditional writes on the stored course (a place is claimed only while one is free, a
 * waitlist ticket is drawn only while the course is as full as the snapshot said), so a snapshot a second
 * old can send a person down the wrong path, never to a wrong outcome.
 */
export function courseSnapshots(read: (courseId: string) => Promise<CourseDocument | null>, clock: () => number = Date.now): CourseSnapshots {
  const snapshots = new Map<string, { readonly at: number; readonly course: Promise<CourseDocument | null> }>()
  return courseId => {
    const at = clock()
    const kept = snapshots.get(courseId)
    if (kept !== undefined && at - kept.at <= COURSE_SNAPSHOT_MAX_AGE_MS) return kept.course
    if (snapshots.size >= MAX_SNAPSHOTS) snapshots.clear()
    const course = read(courseId)
    snapshots.set(courseId, { at, course })
    // A failed read is not kept: the next tap tries again.
    course.catch(() => {
      if (snapshots.get(courseId)?.course === course) snapshots.delete(courseId)
    })
    return course
  }
}
