import * as v from 'valibot'

/**
 * A CloudBase storage file id: `cloud://<env>.<bucket>/<path>`. The app names its uploads with letters,
 * digits, `-`, `_`, `.` and `/` only, so nothing else (spaces, controls, bidi characters) is accepted.
 */
export const storageFileIdSchema = v.pipe(
  v.string(),
  v.maxLength(512),
  v.regex(/^cloud:\/\/[A-Za-z0-9._-]+\/[A-Za-z0-9._/-]+$/, '图片文件编号不正确'),
)
