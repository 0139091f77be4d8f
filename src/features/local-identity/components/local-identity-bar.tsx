import { Text, View } from '@tarojs/components'
import { useEffect } from 'react'
import { a11yProps } from '../../../ui/a11y-props'
import { Icon } from '../../../ui/icon'
import { DEMO_IDENTITIES } from '../model/demo-identities'
import { useDemoIdentity } from '../model/use-demo-identity'
import './local-identity-bar.css'

/** Marks the document so the app's pages make room for the bar (see local-identity-bar.css). */
const BODY_CLASS = 'local-identity-bar-shown'

/**
 * Local stack only: whom the browser acts as. Clearly labelled as a demo so it can never be
 * mistaken for a real sign-in; the chosen identity is marked with a tick and words, not only colour.
 */
export function LocalIdentityBar() {
  const { current, switchTo } = useDemoIdentity()

  useEffect(() => {
    document.body.classList.add(BODY_CLASS)
    return () => document.body.classList.remove(BODY_CLASS)
  }, [])

  return (
    <View className='local-identity-bar' {...a11yProps({ role: 'radiogroup', label: '本地演示身份' })}>
      <Text className='local-identity-bar__title'>本地演示身份（仅本地调试）</Text>
      <View className='local-identity-bar__options'>
        {DEMO_IDENTITIES.map(identity => {
          const selected = identity.openid === current
          return (
            <View
              key={identity.openid}
              className={selected ? 'local-identity-bar__option local-identity-bar__option--selected' : 'local-identity-bar__option'}
              onClick={() => switchTo(identity.openid)}
              {...a11yProps({ role: 'radio', checked: selected, label: identity.label })}
            >
              {selected ? <Icon name='success' /> : null}
              <Text>{identity.label}</Text>
            </View>
          )
        })}
      </View>
    </View>
  )
}
