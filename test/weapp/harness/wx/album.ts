import { asyncApi, WxFailure, type FakeContext, type WxApi } from './fake-context'
import type { TempFiles } from './media'
import type { PrivacyFake } from './privacy'

const ALBUM_SCOPE = 'scope.writePhotosAlbum'

/**
 * `scope.writePhotosAlbum`: `allow`/`deny` is the person's answer when WeChat first asks;
 * `granted`/`denied` were answered on an earlier visit (WeChat then asks no more).
 */
export type AlbumPermission = 'allow' | 'deny' | 'granted' | 'denied'

/** An image the app saved to the phone's album. */
export interface SavedImage {
  readonly extension: string
  readonly content: Buffer
}

/**
 * Saving to the phone's album: `saveImageToPhotosAlbum` behind the privacy check and the album scope,
 * which `authorize` (or the save itself) asks for once. What was saved is `saved`, for the test to read.
 */
export function createAlbum(context: FakeContext, privacy: PrivacyFake, files: TempFiles, permission: AlbumPermission) {
  let scope: boolean | null = permission === 'granted' ? true : permission === 'denied' ? false : null
  const saved: SavedImage[] = []
  const asked: string[] = []

  const ensureScope = () => {
    if (scope === null) {
      asked.push(ALBUM_SCOPE)
      scope = permission === 'allow'
      context.changed()
    }
    if (!scope) throw new WxFailure('auth deny')
  }

  const apis: Record<string, WxApi> = {
    authorize: asyncApi(context, 'authorize', options => {
      if (options.scope !== ALBUM_SCOPE) context.unexpected('authorize', `scope ${String(options.scope)} (the harness knows ${ALBUM_SCOPE} only)`)
      ensureScope()
      return {}
    }),
    saveImageToPhotosAlbum: asyncApi(context, 'saveImageToPhotosAlbum', async options => {
      await privacy.authorize('saveImageToPhotosAlbum')
      ensureScope()
      const filePath = typeof options.filePath === 'string' ? options.filePath : ''
      const content = files.read(filePath)
      saved.push({ extension: /\.([A-Za-z0-9]+)$/.exec(filePath)?.[1] ?? '', content })
      context.changed()
      return {}
    }),
  }
  return {
    apis,
    /** The album scope as `getSetting` reports it: absent until asked. */
    authSetting(): Record<string, boolean> {
      return scope === null ? {} : { [ALBUM_SCOPE]: scope }
    },
    saved: saved as ReadonlyArray<SavedImage>,
    /** The permission prompts WeChat showed. */
    asked: asked as readonly string[],
  }
}
