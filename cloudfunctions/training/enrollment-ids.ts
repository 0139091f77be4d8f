import { createHash } from 'node:crypto'

function digest(text: string, length: number): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length)
}

/**
 * A sign-up's id, from the person and the request: a retry of the same request (after a lost answer or
 * a crash) claims the same place and files the same enrollment, never a second one.
 */
export function enrollmentIdFor(userId: string, requestKey: string): string {
  return `te${digest(`${userId}|${requestKey}`, 24)}`
}

/** The person's one open enrollment in a course (a unique index); derived from the user id, so it goes with their data. */
export function openKeyFor(courseId: string, userId: string): string {
  return digest(`${courseId}|${userId}`, 32)
}

/** A new course's id, from who saved it and the request, so a retried save files one course. */
export function courseIdFor(userId: string, requestKey: string): string {
  return `tc${digest(`course|${userId}|${requestKey}`, 20)}`
}
