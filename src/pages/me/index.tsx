import type { ComponentType } from 'react'
import { MyCasesEntry } from '../../features/legal-aid/components/my-cases-entry'
import { InboxEntry } from '../../features/notifications/components/inbox-entry'
import { useUnreadBadge } from '../../features/notifications/hooks/use-unread-badge'
import { MyTrainingsEntry } from '../../features/training/components/my-trainings-entry'
import { MyReportsSection } from '../../features/stations/components/my-reports-section'
import { AccountSection } from '../../features/users/components/account-section'
import { ProfileCard } from '../../features/users/components/profile-card'
import { SettingsSection } from '../../features/users/components/settings-section'
import { StaffToolsSection } from '../../features/users/components/staff-tools-section'
import { useProfileState } from '../../features/users/model/profile-store'
import type { StaffTool } from '../../features/users/model/staff-tools'
import { PageHeader } from '../../ui/page-header'
import { Screen } from '../../ui/screen'

/**
 * 工作台: every staff tool of the app. A feature with a staff page adds one entry here, with the
 * roles its actions allow; the section shows each person only the tools of their role.
 */
const STAFF_TOOLS: readonly StaffTool[] = [
  {
    label: '用户与角色',
    description: '查找用户，修改他们的角色',
    icon: 'me',
    path: '/packages/staff/users/index',
    roles: ['admin'],
  },
  {
    label: '驿站管理',
    description: '新增、修改驿站，暂停或恢复开放',
    icon: 'station',
    path: '/packages/staff/stations-manage/index',
    roles: ['staff', 'admin'],
  },
  {
    label: '驿站反馈',
    description: '核实、处理职工报告的驿站问题',
    icon: 'bell',
    path: '/packages/staff/stations-reports/index',
    roles: ['staff', 'admin'],
  },
  {
    label: '今日接待',
    description: '法律援助的预约名单：到场、未到场、办结',
    icon: 'legal',
    path: '/packages/legal-aid/reception/index',
    roles: ['staff', 'lawyer', 'admin'],
  },
  {
    label: '排班管理',
    description: '排班的时间和名额，暂停某天，接待统计',
    icon: 'clock',
    path: '/packages/legal-aid/rosters/index',
    roles: ['staff', 'admin'],
  },
  {
    label: '培训管理',
    description: '新建培训和竞赛，名单、签到、导出',
    icon: 'training',
    path: '/packages/staff/training-courses/index',
    roles: ['staff', 'admin'],
  },
  {
    label: '消息发送情况',
    description: '每天发出、失败和只放进“消息”的通知',
    icon: 'bell',
    path: '/packages/staff/notifications/index',
    roles: ['staff', 'admin'],
  },
  {
    label: '工作统计',
    description: '每月工作数字和图表，生成工作简报草稿',
    icon: 'news',
    path: '/packages/staff/reports/index',
    roles: ['staff', 'admin'],
  },
]

function WorkbenchSection() {
  return <StaffToolsSection tools={STAFF_TOOLS} />
}

/**
 * The sections of 我的, top to bottom. A feature with something personal to show here (我的预约,
 * 我的课程) exports one section component and adds it to this list; sections never import each other.
 */
const SECTIONS: ReadonlyArray<{ readonly key: string; readonly Section: ComponentType }> = [
  { key: 'inbox', Section: InboxEntry },
  { key: 'workbench', Section: WorkbenchSection },
  { key: 'legal-aid', Section: MyCasesEntry },
  { key: 'training', Section: MyTrainingsEntry },
  { key: 'station-reports', Section: MyReportsSection },
  { key: 'settings', Section: SettingsSection },
  { key: 'account', Section: AccountSection },
]

/** 我的: who I am to the service, my staff tools, my settings, my privacy and data. */
export default function MePage() {
  useUnreadBadge(useProfileState().status === 'ready')
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
