/** The code and message of what a promise rejected with; fails if it resolved. */
export async function rejectionOf(promise: Promise<unknown>): Promise<{ code: unknown; message: string }> {
  try {
    await promise
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined
    const message = error instanceof Error ? error.message : typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error)
    return { code, message }
  }
  throw new Error('expected the promise to reject, but it resolved')
}
