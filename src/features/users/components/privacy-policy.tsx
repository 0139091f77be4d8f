import { Text, View } from '@tarojs/components'
import { PRIVACY_POLICY_VERSION } from '../../../domain/contracts/users'
import { APP_NAME, UNION_HOTLINE, UNION_NAME } from '../../../lib/app-info'
import { a11yProps } from '../../../ui/a11y-props'
import './privacy-policy.css'

interface PolicySection {
  readonly title: string
  readonly paragraphs: readonly string[]
}

/** The policy itself, in short plain sentences: many readers read little, and all of them matter. */
export const PRIVACY_POLICY: readonly PolicySection[] = [
  {
    title: '谁在使用您的信息',
    paragraphs: [`“${APP_NAME}”由${UNION_NAME}运营。${UNION_NAME}负责保护您在这里留下的个人信息。`],
  },
  {
    title: '我们使用哪些信息，为什么',
    paragraphs: [
      '微信身份标识（openid）：微信给每个小程序的一串编号，用来认出您的账号，保存您的设置和记录。我们拿不到您的微信号、聊天记录或好友。',
      '昵称：在预约、报名记录里称呼您。开始时是“职工”加几位编号，您可以随时修改。',
      '手机号：只有您点了“绑定手机号”才会获得，由微信验证。只用来让律师或工会工作人员就您的预约、报名联系您。',
      '位置：只在您查找附近驿站时使用，用来算出离您最近的驿站。位置只在您的手机上使用，不会上传，也不会保存。',
      '法律咨询的案情：您预约法律援助时写下的情况，只给负责您案子的律师和工作人员看。提交前会再单独问您是否同意。',
      '课程报名：您报名的课程和报名时间，用来安排名额、通知开课。',
      '长辈模式等设置：让您换一部手机也保持同样的显示方式。',
    ],
  },
  {
    title: '保存多久',
    paragraphs: [
      '账号、昵称、手机号和设置：保存到您删除为止。',
      '法律咨询和课程报名记录：事情办完后保存三年，便于回访和核对，到期后删除或去掉能认出您的信息。',
      '位置：不保存。',
    ],
  },
  {
    title: '谁能看到',
    paragraphs: [
      '只有为您办事的工会工作人员和律师能看到与您的事情有关的信息。我们不出售您的信息，也不提供给其他单位，法律法规要求的除外。',
      '信息保存在腾讯云开发（CloudBase）在中国境内的服务器上。',
    ],
  },
  {
    title: '您的权利（《个人信息保护法》第四十四条至第四十七条）',
    paragraphs: [
      '知道和决定：您可以了解我们怎样使用您的信息，也可以拒绝或撤回同意。在“我的—隐私与授权”里撤回。撤回后不影响撤回前的使用，需要个人信息的服务会停下，资讯和驿站仍可浏览。',
      '查阅和复制：在“我的—我的数据”里可以看到我们保存的全部信息，并一键复制。',
      '更正和补充：昵称可以在“我的”里修改，手机号可以重新绑定；其他信息不对，请拨打热线，我们会核实后更正。',
      '删除：在“我的—我的数据”里可以删除您的全部信息。删除后无法恢复。',
    ],
  },
  {
    title: '联系我们',
    paragraphs: [`对个人信息有任何问题，请拨打职工服务热线 ${UNION_HOTLINE}，我们会在十五个工作日内答复。`],
  },
]

/** The privacy policy text, one heading per section. */
export function PrivacyPolicy() {
  return (
    <View className='privacy-policy'>
      <Text className='privacy-policy__version'>版本 {PRIVACY_POLICY_VERSION}</Text>
      {PRIVACY_POLICY.map(section => (
        <View key={section.title} className='privacy-policy__section'>
          <Text className='privacy-policy__title' {...a11yProps({ role: 'heading', level: 2 })}>
            {section.title}
          </Text>
          {section.paragraphs.map(paragraph => (
            <Text key={paragraph} className='privacy-policy__paragraph'>
              {paragraph}
            </Text>
          ))}
        </View>
      ))}
    </View>
  )
}
