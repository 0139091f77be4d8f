import { View } from '@tarojs/components'
import { useContext, type ReactNode } from 'react'
import { useTextScale } from './text-scale'
import { ScreenNoticeContext, ScreenOverlaysContext } from './screen-overlays'
import { classNames } from './class-names'
import './screen.css'

export interface ScreenProps {
  readonly children: ReactNode
  /** The page's main actions, kept at the bottom edge where a thumb reaches them. */
  readonly footer?: ReactNode
  readonly className?: string
  /** Off for the privacy policy page itself, which must stay readable under the consent question. */
  readonly overlays?: boolean
}

/** The root of every page: applies the text scale and hosts the app's notice, overlays and the action bar. */
export function Screen({ children, footer, className, overlays = true }: ScreenProps) {
  const scale = useTextScale()
  const Overlays = useContext(ScreenOverlaysContext)
  const Notice = useContext(ScreenNoticeContext)
  return (
    <View className={classNames('ui-screen', className)} style={{ '--font-scale': String(scale) }}>
      {Notice ? <Notice /> : null}
      <View className='ui-screen__content'>{children}</View>
      {footer ? <View className='ui-screen__footer'>{footer}</View> : null}
      {overlays && Overlays ? <Overlays /> : null}
    </View>
  )
}
