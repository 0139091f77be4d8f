import { View } from '@tarojs/components'
import { Section } from '../../../ui/section'
import { SwitchRow } from '../../../ui/switch-row'
import { useElderModeSetting } from '../hooks/use-elder-mode-setting'
import { useProfileState } from '../model/profile-store'
import { BindPhone } from './bind-phone'
import './settings-section.css'

/** 设置 on 我的: 长辈模式 (works without an account) and the phone number (needs one). */
export function SettingsSection() {
  const elderMode = useElderModeSetting()
  const profile = useProfileState()
  return (
    <Section title='设置'>
      <View className='settings-section'>
        <SwitchRow
          label='长辈模式'
          description='字更大，更容易看清。也会跟随微信里设置的字体大小。'
          checked={elderMode.on}
          disabled={elderMode.saving}
          onChange={elderMode.change}
        />
        {profile.status === 'ready' ? (
          <View className='settings-section__row--divided'>
            <BindPhone bound={profile.profile.phoneMasked !== null} />
          </View>
        ) : null}
      </View>
    </Section>
  )
}
