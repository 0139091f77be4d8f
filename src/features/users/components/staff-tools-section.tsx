import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ListItem } from '../../../ui/list-item'
import { Section } from '../../../ui/section'
import { useProfileState } from '../model/profile-store'
import { hasWorkbench, toolsForRole, type StaffTool } from '../model/staff-tools'
import './settings-section.css'
import './staff-tools-section.css'

export interface StaffToolsSectionProps {
  /** Every staff tool of the app, composed by the page; each row shows only to its roles. */
  readonly tools: readonly StaffTool[]
}

/** 工作台 on 我的: the staff tools the person's role may use. Workers (and anyone not signed in) never see it. */
export function StaffToolsSection({ tools }: StaffToolsSectionProps) {
  const profile = useProfileState()
  if (profile.status !== 'ready' || !hasWorkbench(profile.profile.role)) return null
  const mine = toolsForRole(profile.profile.role, tools)
  return (
    <Section title='工作台' description='工作人员使用的功能'>
      {mine.length === 0 ? (
        <Text className='staff-tools__none'>您的角色现在还没有可用的工作功能，上线后会出现在这里。</Text>
      ) : (
        <View className='settings-section'>
          {mine.map(tool => (
            <ListItem
              key={tool.path}
              icon={tool.icon}
              title={tool.label}
              subtitle={tool.description}
              onClick={() => void Taro.navigateTo({ url: tool.path })}
            />
          ))}
        </View>
      )}
    </Section>
  )
}
