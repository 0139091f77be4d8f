import { asyncApi, syncApi, WxFailure, type FakeContext, type WxApi } from './fake-context'

/** The APIs WeChat holds until the person agrees to the mini-program's privacy guide. */
export const PRIVACY_APIS: ReadonlySet<string> = new Set([
  'getLocation', 'getFuzzyLocation', 'chooseLocation', 'choosePoi', 'startLocationUpdate', 'startLocationUpdateBackground',
  'chooseImage', 'chooseMedia', 'chooseVideo', 'chooseMessageFile', 'saveImageToPhotosAlbum', 'saveVideoToPhotosAlbum',
  'getClipboardData', 'setClipboardData', 'chooseAddress', 'chooseInvoiceTitle', 'getWeRunData', 'startRecord',
  'getPhoneNumber', 'getUserProfile',
])

type Resolution = { readonly event?: unknown; readonly buttonId?: unknown }

/**
 * WeChat's privacy authorisation (`__usePrivacyCheck__`): a privacy API called before the person
 * agreed is held, the app's `onNeedPrivacyAuthorization` listener is asked, and only a tap on a
 * button with `open-type="agreePrivacyAuthorization"` lets `resolve({ event: 'agree', buttonId })`
 * release it; `disagree` fails the held call with errno 104.
 */
export function createPrivacy(context: FakeContext, initiallyAgreed: boolean) {
  let agreed = initiallyAgreed
  let listener: ((resolve: (resolution: Resolution) => void, info: { referrer: string }) => void) | null = null
  const tappedButtons = new Set<string>()
  let held: Array<{ readonly api: string; readonly release: (ok: boolean) => void }> = []

  const refused = () => new WxFailure('privacy permission is not authorized', { errno: 104 })

  const settle = (ok: boolean) => {
    const waiting = held
    held = []
    waiting.forEach(entry => entry.release(ok))
    context.changed()
  }

  /** Resolves when the API may run now, or fails as WeChat fails a refused privacy call. */
  const authorize = (api: string): Promise<void> => {
    if (agreed) return Promise.resolve()
    if (listener === null) {
      context.unexpected(api, 'called before privacy agreement with no onNeedPrivacyAuthorization listener: WeChat would show its own pop-up')
    }
    const ask = listener
    return new Promise<void>((resolve, reject) => {
      held.push({ api, release: ok => (ok ? resolve() : reject(refused())) })
      tappedButtons.clear()
      context.later(() =>
        ask((resolution: Resolution) => {
          if (resolution?.event === 'exposureAuthorization') return
          if (resolution?.event === 'agree') {
            if (typeof resolution.buttonId !== 'string' || !tappedButtons.has(resolution.buttonId)) {
              context.unexpected('onNeedPrivacyAuthorization resolve', `agree with buttonId ${String(resolution.buttonId)}, but no agreePrivacyAuthorization button with that id was tapped`)
            }
            agreed = true
            return settle(true)
          }
          if (resolution?.event === 'disagree') return settle(false)
          context.unexpected('onNeedPrivacyAuthorization resolve', `unknown event ${JSON.stringify(resolution)}`)
        }, context.clone({ referrer: api })),
      )
    })
  }

  const apis: Record<string, WxApi> = {
    onNeedPrivacyAuthorization: syncApi(context, 'onNeedPrivacyAuthorization', handler => {
      if (typeof handler !== 'function') throw new WxFailure('parameter error: listener should be Function')
      listener = handler as typeof listener
    }),
    getPrivacySetting: asyncApi(context, 'getPrivacySetting', () => ({ needAuthorization: !agreed, privacyContractName: '《小程序隐私保护指引》' })),
    requirePrivacyAuthorize: asyncApi(context, 'requirePrivacyAuthorize', async () => {
      await authorize('requirePrivacyAuthorize')
      return {}
    }),
  }

  return {
    apis,
    authorize,
    /** A tap on an `agreePrivacyAuthorization` button: WeChat records the agreement itself. */
    agreeButtonTapped(buttonId: string): void {
      tappedButtons.add(buttonId)
      agreed = true
      context.changed()
    },
    get agreed(): boolean {
      return agreed
    },
    /** Privacy calls held while the app asks the person. */
    get waiting(): readonly string[] {
      return held.map(entry => entry.api)
    },
  }
}

export type PrivacyFake = ReturnType<typeof createPrivacy>
