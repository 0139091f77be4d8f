import { createContext, type ComponentType } from 'react'

/**
 * What every page draws on top of its content (the privacy sheets, for instance). The app shell
 * provides it: on weapp each page is its own tree, so an overlay the app renders once would
 * never be seen; through this context every Screen renders it inside its page.
 */
export const ScreenOverlaysContext = createContext<ComponentType | null>(null)

/** What every page shows above its content, the app's state rather than the page's (the no-signal note). */
export const ScreenNoticeContext = createContext<ComponentType | null>(null)
