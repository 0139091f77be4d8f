import { asyncApi, WxFailure, type FakeContext, type WxApi } from './fake-context'
import type { PrivacyFake } from './privacy'

/** A modal dialog WeChat is showing, waiting for the person. */
export interface ShownModal {
  readonly title: string
  readonly content: string
  readonly confirmText: string
  readonly cancelText: string | null
  /** The person's answer: the button they tap. */
  answer(choice: 'confirm' | 'cancel'): void
}

/** What WeChat draws outside the page: toasts, loading, modals, the tab bar, the clipboard, calls. */
export function createInterface(context: FakeContext, privacy: PrivacyFake) {
  const toasts: string[] = []
  let loading: string | null = null
  let modal: ShownModal | null = null
  const badges = new Map<number, string>()
  const redDots = new Set<number>()
  const phoneCalls: string[] = []
  let clipboard = ''
  const titles: string[] = []
  const scrolls: Array<Record<string, unknown>> = []
  let pullDownStops = 0

  const text = (value: unknown, fallback = '') => (typeof value === 'string' ? value : fallback)
  const indexOf = (options: Record<string, unknown>) => {
    if (typeof options.index !== 'number' || !Number.isInteger(options.index) || options.index < 0) throw new WxFailure('parameter error: parameter.index should be Number')
    return options.index
  }

  const apis: Record<string, WxApi> = {
    showToast: asyncApi(context, 'showToast', options => {
      toasts.push(text(options.title))
      context.changed()
      return {}
    }),
    hideToast: asyncApi(context, 'hideToast', () => ({})),
    showLoading: asyncApi(context, 'showLoading', options => {
      loading = text(options.title)
      context.changed()
      return {}
    }),
    hideLoading: asyncApi(context, 'hideLoading', () => {
      loading = null
      context.changed()
      return {}
    }),
    showModal: asyncApi(
      context,
      'showModal',
      options =>
        new Promise(resolve => {
          modal = {
            title: text(options.title),
            content: text(options.content),
            confirmText: text(options.confirmText, '确定'),
            cancelText: options.showCancel === false ? null : text(options.cancelText, '取消'),
            answer: choice => {
              if (choice === 'cancel' && options.showCancel === false) throw new Error('this modal has no cancel button')
              modal = null
              context.changed()
              resolve({ confirm: choice === 'confirm', cancel: choice === 'cancel' })
            },
          }
          context.changed()
        }),
    ),
    setNavigationBarTitle: asyncApi(context, 'setNavigationBarTitle', options => {
      titles.push(text(options.title))
      return {}
    }),
    setTabBarBadge: asyncApi(context, 'setTabBarBadge', options => {
      badges.set(indexOf(options), text(options.text))
      context.changed()
      return {}
    }),
    removeTabBarBadge: asyncApi(context, 'removeTabBarBadge', options => {
      badges.delete(indexOf(options))
      context.changed()
      return {}
    }),
    showTabBarRedDot: asyncApi(context, 'showTabBarRedDot', options => {
      redDots.add(indexOf(options))
      context.changed()
      return {}
    }),
    hideTabBarRedDot: asyncApi(context, 'hideTabBarRedDot', options => {
      redDots.delete(indexOf(options))
      context.changed()
      return {}
    }),
    stopPullDownRefresh: asyncApi(context, 'stopPullDownRefresh', () => {
      pullDownStops += 1
      return {}
    }),
    pageScrollTo: asyncApi(context, 'pageScrollTo', options => {
      scrolls.push({ scrollTop: options.scrollTop, selector: options.selector })
      return {}
    }),
    setClipboardData: asyncApi(context, 'setClipboardData', async options => {
      await privacy.authorize('setClipboardData')
      clipboard = text(options.data)
      toasts.push('内容已复制')
      context.changed()
      return {}
    }),
    makePhoneCall: asyncApi(context, 'makePhoneCall', options => {
      const number = text(options.phoneNumber)
      if (!/^[0-9+\-() ]{3,20}$/.test(number)) throw new WxFailure('parameter error: phoneNumber is invalid')
      phoneCalls.push(number)
      context.changed()
      return {}
    }),
  }
  return {
    apis,
    toasts: toasts as readonly string[],
    get loading(): string | null {
      return loading
    },
    get modal(): ShownModal | null {
      return modal
    },
    badge(index: number): string | undefined {
      return badges.get(index)
    },
    hasRedDot(index: number): boolean {
      return redDots.has(index)
    },
    phoneCalls: phoneCalls as readonly string[],
    get clipboard(): string {
      return clipboard
    },
    titles: titles as readonly string[],
    scrolls: scrolls as ReadonlyArray<Readonly<Record<string, unknown>>>,
    get pullDownStops(): number {
      return pullDownStops
    },
  }
}

/** How the person answers a subscribe prompt, per template id. */
export type SubscribeAnswer = 'accept' | 'reject' | 'ban'

/**
 * `requestSubscribeMessage`: WeChat shows its prompt only inside a tap and answers per template;
 * the answers are arranged by the test (`answerSubscribe`), and each prompt is recorded.
 */
export function createSubscribe(context: FakeContext) {
  const answers = new Map<string, SubscribeAnswer>()
  const prompts: string[][] = []
  const apis: Record<string, WxApi> = {
    requestSubscribeMessage: asyncApi(context, 'requestSubscribeMessage', options => {
      if (!context.inUserGesture()) throw new WxFailure('can only be invoked by user TAP gesture.', { errCode: 20004 })
      const ids = Array.isArray(options.tmplIds) ? options.tmplIds.filter((id): id is string => typeof id === 'string') : []
      if (ids.length === 0 || ids.length > 3) throw new WxFailure('Templates count out of max bounds', { errCode: 20003 })
      prompts.push(ids)
      const result: Record<string, unknown> = {}
      for (const id of ids) {
        const answer = answers.get(id)
        if (answer === undefined) context.unexpected('requestSubscribeMessage', `the test did not say how the person answers template ${id}`)
        result[id] = answer
      }
      context.changed()
      return result
    }),
  }
  return {
    apis,
    answer(templateId: string, answer: SubscribeAnswer): void {
      answers.set(templateId, answer)
    },
    prompts: prompts as ReadonlyArray<readonly string[]>,
  }
}
