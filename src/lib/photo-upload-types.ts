/** A photo the person chose, uploaded to cloud storage; or why there is none. */
export type PhotoUpload =
  | { readonly ok: true; readonly fileId: string; readonly previewUrl: string }
  /** `cancelled`: the person closed the picker; `failed`: the upload did not go through. */
  | { readonly ok: false; readonly reason: 'cancelled' | 'failed' }
