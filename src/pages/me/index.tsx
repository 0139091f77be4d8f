import type { ComponentType } from 'react'
import { AccountSection } from '../../features/users/components/account-section'
import { ProfileCard } from '../../features/users/components/profile-card'
import { SettingsSection } from '../../features/users/components/settings-section'
import { PageHeader } from '../../ui/page-header'
import { Screen } from '../../ui/screen'

/**
 * The sections of 我的, top to bottom. A feature with something personal to show here (我的预约,
 * 我的课程) exports one section component and adds it to this list; sections never import each other.
 */
const SECTIONS: ReadonlyArray<{ readonly key: string; readonly Section: ComponentType }> = [
  { key: 'settings', Section: SettingsSection },
  { key: 'account', Section: AccountSection },
]

/** 我的: who I am to the service, my settings, my privacy and data. */
export default function MePage() {
  return (
    <Screen>
      <PageHeader title='我的' />
      <ProfileCard />
      {SECTIONS.map(({ key, Section }) => (
        <Section key={key} />
      ))}
    </Screen>
  )
}
