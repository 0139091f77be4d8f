import { createContext, type ComponentType } from 'react'

/**
 * What every page draws on top of its content (the privacy sheets, for instance). The app shell
 * provides it: on weapp each page is its own tree, so an overlay the app renders once would
 * never be seen; through this context every Screen renders it inside its page.
 */
export const ScreenOverlaysContext = createContext<ComponentType | null>(null)
