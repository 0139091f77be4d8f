import { Text, View } from '@tarojs/components'
import { PRIVACY_POLICY_VERSION } from '../../../domain/contracts/users'
import { APP_NAME, UNION_HOTLINE, UNION_NAME } from '../../../lib/app-info'
import { a11yProps } from '../../../ui/a11y-props'
import './privacy-policy.css'

interface PolicySection {
  readonly title: string
  readonly paragraphs: readonly string[]
}

/**
 * The policy itself, in short plain sentences: many readers read little, and all of them matter.
 * It promises only what the product does today; services still to come are named as such.
 */
export const PRIVACY_POLICY: readonly PolicySection[] = [
  {
    title: '谁在使用您的信息',
    paragraphs: [`“${APP_NAME}”由${UNION_NAME}运营。${UNION_NAME}负责保护您在这里留下的个人信息。`],
  },
  {
    title: '我们使用哪些信息，为什么',
    paragraphs: [
      '微信身份标识（openid）：微信给每个小程序的一串编号，用来认出您的账号。我们由它生成一个“用户编号”（在“我的”里能看到），您的各项记录都用这个编号。我们拿不到您的微信号、聊天记录或好友。',
      '昵称：在“我的”和管理员的用户列表里称呼您。开始时是“职工”加几位编号，您可以随时修改。',
      '角色（职工、工会工作人员、律师或管理员）：由管理员设置，决定您能用哪些工作功能。',
      '手机号：只有您点了“绑定手机号”才会获得，由微信验证。管理员只看得到后四位，用来在您来电时找到您的账号。',
      '位置：只在您查找附近驿站时使用，用来算出离您最近的驿站，用完就丢，不保存。',
      '驿站问题反馈：您反馈驿站问题时选的问题、写的说明和自愿拍的照片，和您的用户编号一起保存，让工作人员处理，并把处理结果告诉您。',
      '常去的驿站：您收藏的驿站（最多 20 个），换手机也能看到。',
      '新资讯提醒：您打开提醒时，我们记下这个选择和还能给您发几条提醒（微信规定每点一次“允许”只能发一条）。',
      '阅读记录：您当天打开过哪些资讯，只用来让每人每天只算一次阅读数，最晚第二天删除。',
      '长辈模式等设置：让您换一部手机也保持同样的显示方式。',
      '同意记录：您同意或撤回本政策的时间和版本。',
      '工作人员操作记录：工作人员和管理员发布资讯、处理反馈、修改角色等操作，会记下操作人、时间和涉及记录的编号，用于核查。里面没有昵称、手机号和您写的内容。',
    ],
  },
  {
    title: '法律援助和技能培训',
    paragraphs: [
      '法律援助预约：您选的服务和时间、问题类型、怎么称呼您、联系电话和工作单位，和您的用户编号一起保存，让接待的人按时接待、跟进并把进展告诉您。电话在屏幕上只显示部分数字。',
      '案情说明和证据照片：属于敏感个人信息，只有您另外点了同意才保存，只用于办理这次咨询。',
      '办理记录：接待、调解、指派律师或领导包案、办结结果和您的评价。',
      '技能培训报名：姓名、手机号、参加对象，以及课程需要的年龄、工作单位、所在基层工会或工种；还有候补位置、每次课的签到时间和结业证书编号。用来安排名额、通知您递补和上课、统计出勤、发结业证书。',
    ],
  },
  {
    title: '保存多久',
    paragraphs: [
      '账号、昵称、角色、手机号、设置、常去的驿站、同意记录和提醒设置：保存到您删除为止。',
      '驿站问题反馈：保存下来，供工作人员处理和以后核对驿站情况。您删除数据时，反馈会去掉您写的说明、照片和您的用户编号，只留下哪个驿站有什么问题。',
      '阅读记录：最晚第二天删除。',
      '法律援助：咨询办结后保存 3 年，到期去掉能认出您的内容（称呼、电话、单位、案情说明、照片），只留下统计用的类型和结果。',
      '技能培训报名：保存到您删除为止；删除时去掉姓名、手机号等能认出您的内容，只留下人数统计。',
      '工作人员操作记录：为了核查长期保存，您删除数据时也会保留（里面没有昵称、手机号和您写的内容）。',
      '位置：不保存。',
    ],
  },
  {
    title: '谁能看到',
    paragraphs: [
      '工会工作人员能看到他们处理的驿站问题反馈；法律咨询只有接待您的人、被指派的律师或领导和负责法律援助的工作人员能看，每次查看都会记录；培训报名名单只有负责培训的工作人员能看和导出，用来联系和组织上课；管理员能看到用户的昵称、角色、手机号后四位和加入日期，用来设置角色。我们不出售您的信息，也不提供给其他单位，法律法规要求的除外。',
      '信息保存在腾讯云开发（CloudBase）在中国境内的服务器上。',
    ],
  },
  {
    title: '您的权利（《个人信息保护法》第四十四条至第四十七条）',
    paragraphs: [
      '知道和决定：您可以了解我们怎样使用您的信息，也可以拒绝或撤回同意。在“我的—隐私与授权”里撤回。撤回后不影响撤回前的使用，需要个人信息的服务会停下，资讯和驿站仍可浏览。',
      '查阅和复制：在“我的—我的数据”里可以看到我们保存的您的信息，并一键复制。',
      '更正和补充：昵称可以在“我的”里修改，手机号可以重新绑定；其他信息不对，请拨打热线，我们会核实后更正。',
      '删除：在“我的—我的数据”里可以删除您的信息，删除后无法恢复。需要保留的记录（驿站问题反馈、工作人员操作记录）会去掉能认出您的内容。',
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
