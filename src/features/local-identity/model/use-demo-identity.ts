import { useState } from 'react'
import { requestDataRefresh } from '../../../lib/data-refresh'
import { readDemoOpenid, writeDemoOpenid, type DemoOpenid } from '../../../lib/demo-openid'

/** The demo identity in use, and switching it: later calls carry the new X-WX-OPENID and all data reloads. */
export function useDemoIdentity(): { readonly current: DemoOpenid; readonly switchTo: (openid: DemoOpenid) => void } {
  const [current, setCurrent] = useState<DemoOpenid>(readDemoOpenid)
  const switchTo = (openid: DemoOpenid) => {
    if (openid === current) return
    writeDemoOpenid(openid)
    setCurrent(openid)
    requestDataRefresh()
  }
  return { current, switchTo }
}
