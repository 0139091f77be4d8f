import type { Bulletin, BulletinItem } from '../../src/domain/bulletins/bulletin'
import { toChineseNumeral } from '../../src/domain/bulletins/chinese-numerals'
import { seededRandom, type Random } from './seeded-random'

/**
 * Realistic bulletins for the demo seed and the search benchmark, written from the vocabulary of the
 * reference 工作简报 (荆州市总工会 第 10 期, 2017): monthly work briefs with numbered items, lead sentences and
 * 一是/二是 sub-points, and the plain news the union also publishes (notices, policy explainers, rights cases).
 * Everything is built from a seeded random generator, so the same seed gives the same corpus.
 */

function pick<T>(random: Random, list: readonly T[]): T {
  const value = list[Math.floor(random() * list.length)]
  if (value === undefined) throw new Error('pick from an empty list')
  return value
}

function between(random: Random, low: number, high: number): number {
  return low + Math.floor(random() * (high - low + 1))
}

/** Distinct elements in random order. */
function sample<T>(random: Random, list: readonly T[], count: number): T[] {
  const pool = [...list]
  const chosen: T[] = []
  while (chosen.length < count && pool.length > 0) chosen.push(...pool.splice(Math.floor(random() * pool.length), 1))
  return chosen
}

export const ISSUERS = [
  '荆州市总工会',
  '沙市区总工会',
  '荆州区总工会',
  '江陵县总工会',
  '松滋市总工会',
  '公安县总工会',
  '石首市总工会',
  '监利县总工会',
  '洪湖市总工会',
  '荆州开发区工会',
] as const

const PLACES = ['沙市区', '荆州区', '江陵县', '松滋市', '公安县', '石首市', '监利县', '洪湖市', '荆州开发区'] as const
const COMPANIES = [
  '荆州水务集团',
  '荆州先行集团',
  '湖北白云边酒业股份有限公司',
  '荆州市奥达纺织有限公司',
  '博格华纳公司',
  '江汉精细化工',
  '祥达机械',
  '佳海石油',
  '湖北达雅生物科技股份有限公司',
  '鑫鑫压力容器公司',
] as const
const TRADES = ['环卫工人', '快递员', '外卖骑手', '建筑工人', '出租车司机', '货车司机', '保安员'] as const
const EDITORS = ['施晓露', '王晓峰', '李雪梅', '陈志刚', '刘婷', '张建华'] as const

interface Context {
  readonly random: Random
  readonly month: number
  readonly issuer: string
}

const day = (c: Context) => `${c.month}月${between(c.random, 1, 28)}日`

/** One topic a work brief may report on: its lead and what it says, either as paragraphs or as 一是/二是 points. */
interface Topic {
  readonly leads: readonly string[]
  readonly points: readonly ((c: Context) => string)[]
  readonly asSubPoints: boolean
}

const TOPICS: readonly Topic[] = [
  {
    leads: ['开展了各类职工服务活动。', '职工服务工作扎实推进。'],
    asSubPoints: true,
    points: [
      (c) =>
        `开展“户外职工爱心驿站”建设工作。目前，已按照“七个一”的标准完成${pick(c.random, COMPANIES)}等${between(c.random, 2, 9)}家“户外职工爱心驿站”示范点的建设任务，为${pick(c.random, TRADES)}提供歇脚、饮水、热饭、充电等服务。`,
      (c) =>
        `开展“农民工维权服务月”工作。组织农民工“尊法守法”法治宣传活动，深入${between(c.random, 2, 9)}家企业开展法律知识讲座，服务农民工近 ${between(c.random, 3, 19) * 100} 人，发放法律宣传册 ${between(c.random, 10, 50) * 100} 多份。`,
      (c) =>
        `开展“金蓝领”培训活动。联合荆州职业技术学院，组织 ${between(c.random, 30, 120)} 名农民工开展“金蓝领”数控培训，实行校企对接，帮助培训结业农民工顺利就业。`,
      (c) => `深入推进“网上工会”建设。${day(c)}，完成对${c.issuer}官网的升级改版，为职工群众提供全天候全方位服务。`,
      (c) =>
        `开展“夏送清凉”活动。${day(c)}，${c.issuer}慰问一线${pick(c.random, TRADES)} ${between(c.random, 100, 900)} 人，送去防暑降温物品，合计金额 ${between(c.random, 5, 40)} 万元。`,
    ],
  },
  {
    leads: ['“两项改革”有序推进。', '工会改革工作成效显著。'],
    asSubPoints: true,
    points: [
      (c) =>
        `全市工会改革工作成效显著。${day(c)}，按照市委安排，${c.issuer}党组成员分${between(c.random, 2, 5)}个组对${pick(c.random, PLACES)}抓工会改革工作进行调研督导。`,
      () => '产业工人队伍建设改革工作推进有力。成立了领导小组和工作专班，在前期调查摸底的基础上，列出实施方案的提纲和责任部门。',
      (c) => `基层工会组织活力不断增强。${pick(c.random, PLACES)}实行“三联制”，即组织联设、阵地联建、活动联办，增强基层工会组织活力。`,
    ],
  },
  {
    leads: ['大力开展劳动关系领域隐患排查化解工作。', '劳动关系总体和谐稳定。'],
    asSubPoints: false,
    points: [
      (c) =>
        `${c.issuer}组织党组领导分两个组分别赴${pick(c.random, COMPANIES)}和${pick(c.random, COMPANIES)}开展调研，初步摸清了企业存在的劳动关系风险隐患，并就职工的稳定工作与企业行政和工会协商解决。`,
      (c) =>
        `职工服务中心信访接待室坚持“主席接待日”、“律师坐班”等制度，实行领导包案和日报告零报告制度，本月共接待化解各类来访案件${between(c.random, 10, 120)}件，促进了社会和谐稳定。`,
    ],
  },
  {
    leads: ['技能比武活动蓬勃开展。', '职工技能竞赛取得佳绩。'],
    asSubPoints: false,
    points: [
      (c) =>
        `组织选手参加省总工会工具钳工、加工中心操作工、数控机床维修工的决赛，${c.issuer}代表队获得工具钳工项目团体第${toChineseNumeral(between(c.random, 1, 9))}名的好成绩。`,
      (c) => `${pick(c.random, COMPANIES)}举行了岗位技能竞赛；${pick(c.random, COMPANIES)}工会组织百工种操作运动会，参赛职工 ${between(c.random, 50, 400)} 人。`,
    ],
  },
  {
    leads: ['职工维权品牌进一步叫响。', '工会法律服务进千企活动深入开展。'],
    asSubPoints: false,
    points: [
      (c) =>
        `组织全市工会法律宣传员、工资集体协商指导员、劳动关系协调员，深入${pick(c.random, COMPANIES)}等 ${between(c.random, 3, 12)} 家企业，宣讲劳动法律知识、提供法律咨询服务、指导职工与企业签订劳动合同。`,
      (c) => `${day(c)}，${c.issuer}法律援助律师为${pick(c.random, TRADES)}讨回被拖欠的工资 ${between(c.random, 3, 60)} 万元，涉及职工 ${between(c.random, 5, 80)} 人。`,
    ],
  },
  {
    leads: ['加强工会经费管理工作。', '工会经费审计监督有力。'],
    asSubPoints: false,
    points: [
      (c) => `组织专班对全市 ${between(c.random, 10, 60)} 家基层工会经费使用管理情况进行了专项督查，对${pick(c.random, PLACES)}总工会的经费收支管理进行审计。`,
    ],
  },
  {
    leads: ['困难职工帮扶工作扎实开展。', '送温暖活动温暖人心。'],
    asSubPoints: true,
    points: [
      (c) => `开展困难职工摸底调查。对全市 ${between(c.random, 100, 900)} 户困难职工家庭逐户核实，建立帮扶档案。`,
      (c) => `开展“金秋助学”活动。${day(c)}，为 ${between(c.random, 20, 200)} 名困难职工子女发放助学金，合计 ${between(c.random, 10, 80)} 万元。`,
      (c) => `开展医疗互助活动。为${pick(c.random, TRADES)}等户外职工办理住院医疗互助保障 ${between(c.random, 200, 3000)} 人次。`,
    ],
  },
  {
    leads: ['女职工工作亮点纷呈。'],
    asSubPoints: false,
    points: [
      (c) => `${day(c)}，${c.issuer}举办女职工“健康女性 幸福生活”太极拳比赛，来自${pick(c.random, PLACES)}等地的 ${between(c.random, 8, 30)} 支代表队参加比赛。`,
      (c) => `组织开展女职工权益保护法律知识竞赛，发放《女职工劳动保护特别规定》宣传册 ${between(c.random, 5, 30) * 100} 份。`,
    ],
  },
  {
    leads: ['安全生产“安康杯”竞赛稳步推进。'],
    asSubPoints: false,
    points: [
      (c) => `组织 ${between(c.random, 20, 120)} 家企业参加“安康杯”竞赛活动，开展安全隐患排查 ${between(c.random, 50, 400)} 次，整改隐患 ${between(c.random, 20, 200)} 处。`,
    ],
  },
]

const MONTH_NAMES = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'] as const

function topicItem(c: Context, topic: Topic, number: number): BulletinItem {
  const count = topic.asSubPoints ? between(c.random, 2, Math.min(4, topic.points.length)) : between(c.random, 1, topic.points.length)
  const texts = sample(c.random, topic.points, count).map((point) => point(c))
  return {
    number,
    label: `${number}、`,
    lead: pick(c.random, topic.leads),
    paragraphs: topic.asSubPoints ? [] : texts,
    subPoints: topic.asSubPoints ? texts.map((text, i) => ({ ordinal: `${toChineseNumeral(i + 1)}是`, text })) : [],
    points: [],
  }
}

const pad = (n: number) => String(n).padStart(2, '0')

/** The last days of a month, when a monthly brief is printed. */
export function monthEnd(random: Random, year: number, month: number): string {
  return `${year}-${pad(month)}-${pad(between(random, 25, 28))}`
}

/** A monthly work brief (工作简报 第N期) of an issuer reporting on `reportMonth`, printed on `issuedOn`. */
export function workBrief(random: Random, issuer: string, issueNumber: number, reportMonth: number, issuedOn: string): Bulletin {
  const c: Context = { random, month: reportMonth, issuer }
  const topics = sample(random, TOPICS, between(random, 4, 7))
  return {
    header: { issueNumber, issuer, issuedOn },
    body: {
      title: `${issuer.replace(/^荆州市/, '市')}${MONTH_NAMES[reportMonth - 1] ?? ''}月份工作完成情况`,
      intro: [`按照年度和月度工作计划，${issuer}各部室积极落实工作任务，各项工作有序推进，较好完成本月工作目标任务。`],
      items: topics.map((topic, i) => topicItem(c, topic, i + 1)),
      distribution: {
        reportTo: ['省总工会', '市“四大家”有关领导', '市“四大家”办公室'],
        sendTo: ['各县市区总工会', '市总机关各部室', '各驻会产业工会'],
        copyTo: [],
      },
      editor: pick(random, EDITORS),
      phone: `0716-82${between(random, 10000, 99999)}`,
    },
  }
}

/** A plain news item: a title and paragraphs, no 第N期 and no numbered items. */
export interface NewsItem {
  readonly kind: 'notice' | 'policy' | 'rights-case'
  readonly issuedOn: string
  readonly title: string
  readonly paragraphs: readonly string[]
}

/** Handwritten news of the kinds besides work briefs, as a union office publishes them. */
export const NEWS_ITEMS: readonly NewsItem[] = [
  {
    kind: 'notice',
    issuedOn: '2017-06-28',
    title: '关于开展2017年“夏送清凉”活动的通知',
    paragraphs: [
      '各县市区总工会、各驻会产业工会：',
      '为切实做好高温季节一线职工防暑降温工作，市总工会决定于7月1日至8月31日在全市开展“夏送清凉”活动。',
      '各单位要重点慰问环卫工人、建筑工人、快递员、外卖骑手等户外劳动者，把防暑降温物品送到一线。',
      '各“户外职工爱心驿站”要保证饮水供应，延长开放时间，为户外职工提供歇脚纳凉的地方。',
    ],
  },
  {
    kind: 'notice',
    issuedOn: '2017-09-25',
    title: '国庆中秋期间户外职工爱心驿站开放安排',
    paragraphs: [
      '国庆、中秋假期期间，全市“户外职工爱心驿站”照常开放，开放时间为每天早上7点至晚上9点。',
      '驿站提供饮水、热饭、充电、如厕、应急药箱等服务，户外职工凭工作证或工作服即可免费使用。',
      '如遇驿站未按时开放，请拨打职工服务热线12351反映。',
    ],
  },
  {
    kind: 'notice',
    issuedOn: '2017-11-10',
    title: '“金蓝领”数控培训班招生通知',
    paragraphs: [
      '市总工会联合荆州职业技术学院举办第三期“金蓝领”数控培训班，面向农民工免费招生80人。',
      '培训时间为12月4日至12月29日，结业考试合格者颁发职业技能等级证书，并推荐到合作企业就业。',
      '报名请携带身份证到市总工会职工服务中心一楼窗口办理，咨询电话0716-8219262。',
    ],
  },
  {
    kind: 'notice',
    issuedOn: '2018-01-20',
    title: '2018年春节期间职工服务热线值班安排',
    paragraphs: [
      '春节期间，12351职工服务热线实行24小时值班，受理职工维权投诉、法律咨询和困难求助。',
      '讨要工资、工伤认定等紧急情况，值班律师将在当天回电联系。',
    ],
  },
  {
    kind: 'notice',
    issuedOn: '2017-08-15',
    title: '关于组织参加全市职工职业技能大赛的通知',
    paragraphs: [
      '各县市区总工会、各驻会产业工会：',
      '全市职工职业技能大赛定于10月举行，设焊工、电工、数控车工、汽车维修工、育婴员五个工种。',
      '获得各工种前三名的选手，由市总工会授予“荆州市技术能手”称号，并推荐参加全省决赛。',
    ],
  },
  {
    kind: 'notice',
    issuedOn: '2017-12-01',
    title: '法律援助律师值班表（2017年第四季度）',
    paragraphs: [
      '市总工会职工服务中心每周一至周五上午安排律师坐班，为职工提供免费法律咨询。',
      '周一、周三由湖北楚天律师事务所律师值班，周二、周四由荆州江汉律师事务所律师值班，周五由市总工会法律顾问值班。',
      '需要律师代理的维权案件，经审核后由工会法律援助中心指派律师免费代理。',
    ],
  },
  {
    kind: 'notice',
    issuedOn: '2018-03-05',
    title: '关于开展困难职工家庭摸底调查的通知',
    paragraphs: [
      '各县市区总工会：',
      '为做好困难职工精准帮扶工作，市总工会决定在3月至4月开展困难职工家庭摸底调查。',
      '调查对象为因病、因灾、子女上学等原因造成生活困难的在职职工家庭，各单位要逐户核实，做到不漏一户。',
    ],
  },
  {
    kind: 'notice',
    issuedOn: '2018-02-26',
    title: '春风行动农民工专场招聘会公告',
    paragraphs: [
      '2月28日上午9点，市总工会在荆州市工人文化宫举办“春风行动”农民工专场招聘会。',
      '本次招聘会共有60余家企业参加，提供焊工、叉车司机、普工、保安、家政服务等岗位2000余个。',
      '农民工朋友可携带身份证直接到场应聘，现场还提供免费法律咨询和“金蓝领”培训报名。',
    ],
  },
  {
    kind: 'policy',
    issuedOn: '2017-07-05',
    title: '高温天气劳动保护有哪些规定',
    paragraphs: [
      '根据《防暑降温措施管理办法》，日最高气温达到40℃以上，应当停止当日室外露天作业。',
      '日最高气温达到37℃以上、40℃以下时，用人单位全天安排劳动者室外露天作业时间累计不得超过6小时。',
      '用人单位安排劳动者在35℃以上高温天气从事室外露天作业的，应当向劳动者发放高温津贴，并纳入工资总额。',
    ],
  },
  {
    kind: 'policy',
    issuedOn: '2017-10-16',
    title: '工伤认定怎么办：《工伤保险条例》问答',
    paragraphs: [
      '职工发生事故伤害，所在单位应当自事故伤害发生之日起30日内，向社会保险行政部门提出工伤认定申请。',
      '用人单位未按规定提出申请的，工伤职工或者其近亲属、工会组织在事故伤害发生之日起1年内，可以直接提出工伤认定申请。',
      '申请时需要提交工伤认定申请表、劳动关系证明材料和医疗诊断证明书。',
    ],
  },
  {
    kind: 'policy',
    issuedOn: '2017-11-22',
    title: '试用期有哪些规定：《劳动合同法》要点',
    paragraphs: [
      '劳动合同期限三个月以上不满一年的，试用期不得超过一个月；一年以上不满三年的，试用期不得超过二个月。',
      '同一用人单位与同一劳动者只能约定一次试用期。',
      '劳动者在试用期的工资不得低于本单位相同岗位最低档工资或者劳动合同约定工资的百分之八十，并不得低于最低工资标准。',
    ],
  },
  {
    kind: 'policy',
    issuedOn: '2018-01-08',
    title: '农民工工资支付有了新保障',
    paragraphs: [
      '工程建设领域推行农民工工资专用账户管理，施工总承包单位应当按照规定开设农民工工资专用账户。',
      '用人单位应当按照与农民工书面约定或者依法制定的规章制度规定的工资支付周期和具体支付日期足额支付工资。',
      '农民工被拖欠工资，可以拨打12351职工服务热线，由工会帮助协调或者提供法律援助。',
    ],
  },
  {
    kind: 'policy',
    issuedOn: '2017-09-04',
    title: '带薪年休假怎么休',
    paragraphs: [
      '职工累计工作已满1年不满10年的，年休假5天；已满10年不满20年的，年休假10天；已满20年的，年休假15天。',
      '国家法定休假日、休息日不计入年休假的假期。',
      '单位确因工作需要不能安排职工休年休假的，应当按照该职工日工资收入的300%支付年休假工资报酬。',
    ],
  },
  {
    kind: 'policy',
    issuedOn: '2018-03-01',
    title: '女职工劳动保护特别规定要点',
    paragraphs: [
      '用人单位不得因女职工怀孕、生育、哺乳降低其工资、予以辞退、与其解除劳动或者聘用合同。',
      '女职工生育享受98天产假，其中产前可以休假15天；难产的，增加产假15天。',
      '对哺乳未满1周岁婴儿的女职工，用人单位不得延长劳动时间或者安排夜班劳动，并应当在每天的劳动时间内为哺乳期女职工安排1小时哺乳时间。',
    ],
  },
  {
    kind: 'rights-case',
    issuedOn: '2017-08-30',
    title: '工会帮助38名农民工讨回工资46万元',
    paragraphs: [
      '今年7月，沙市区某建筑工地38名农民工找到市总工会职工服务中心，反映被拖欠工资近半年。',
      '工会法律援助律师立即介入，一方面收集考勤记录和工资欠条，另一方面约谈施工总承包单位负责人。',
      '经过工会协调，总承包单位在8月底前足额支付了拖欠的工资46万元。',
      '工会提醒：农民工要注意保留考勤、工资条等证据，遇到欠薪可拨打12351求助。',
    ],
  },
  {
    kind: 'rights-case',
    issuedOn: '2017-10-26',
    title: '快递员送件途中受伤，认定为工伤',
    paragraphs: [
      '快递员小王在送件途中被车辆撞伤，公司以“送件途中不属于工作场所”为由拒绝申请工伤认定。',
      '工会法律援助中心指派律师代理，向社会保险行政部门提交了工伤认定申请。',
      '社会保险行政部门认定，小王在工作时间内因工外出期间受到伤害，依法应当认定为工伤。',
    ],
  },
  {
    kind: 'rights-case',
    issuedOn: '2017-12-14',
    title: '未签劳动合同，环卫工人获赔双倍工资',
    paragraphs: [
      '环卫工人老李在某物业公司工作一年多，公司一直没有与他签订书面劳动合同。',
      '在工会律师的帮助下，老李申请劳动仲裁，要求公司支付未签劳动合同期间的双倍工资。',
      '仲裁委员会支持了老李的请求，裁决公司支付双倍工资差额2.4万元。',
    ],
  },
  {
    kind: 'rights-case',
    issuedOn: '2018-02-07',
    title: '外卖骑手高温天没有津贴，工会协调补发',
    paragraphs: [
      '去年夏天，多名外卖骑手反映所在站点没有发放高温津贴。',
      '工会与外卖平台区域负责人协商，指出户外作业劳动者依法应当享受高温津贴。',
      '经协商，站点为126名骑手补发了高温津贴，并承诺今后按月发放。',
    ],
  },
  {
    kind: 'rights-case',
    issuedOn: '2018-03-20',
    title: '企业违法解除劳动合同被判支付赔偿金',
    paragraphs: [
      '某纺织公司以“业绩不达标”为由，未经工会程序即解除了女职工小张的劳动合同。',
      '工会律师代理小张申请仲裁，认为公司未提前通知工会，解除程序违法。',
      '仲裁委员会裁决公司支付违法解除劳动合同赔偿金3.6万元。',
    ],
  },
  {
    kind: 'rights-case',
    issuedOn: '2017-11-30',
    title: '货车司机加班费纠纷调解成功',
    paragraphs: [
      '货车司机老周反映，公司长期安排周末加班却不支付加班费。',
      '工会劳动关系协调员组织双方调解，依据考勤记录核算了加班时间。',
      '最终公司同意补发加班费1.8万元，并调整了排班制度。',
    ],
  },
]

/** A news item as a bulletin: issued by the city union, no 第N期, paragraphs as the intro. */
export function newsBulletin(item: NewsItem): Bulletin {
  return {
    header: { issueNumber: null, issuer: '荆州市总工会', issuedOn: item.issuedOn },
    body: {
      title: item.title,
      intro: [...item.paragraphs],
      items: [],
      distribution: { reportTo: [], sendTo: [], copyTo: [] },
      editor: null,
      phone: null,
    },
  }
}

/** One generated bulletin of the benchmark corpus, with its kind. */
export interface CorpusEntry {
  readonly kind: string
  readonly bulletin: Bulletin
}

/**
 * `count` varied bulletins: mostly work briefs of the ten issuers over the years (each issuer numbering its
 * issues from 1 every year), the rest the news items above re-dated. Deterministic for a seed.
 */
export function generateCorpus(count: number, seed: number): CorpusEntry[] {
  const random = seededRandom(seed)
  const entries: CorpusEntry[] = []
  const issues = new Map<string, number>()
  for (let n = 0; entries.length < count; n++) {
    if (random() < 0.25) {
      const item = pick(random, NEWS_ITEMS)
      const year = 2010 + between(random, 0, 15)
      entries.push({ kind: item.kind, bulletin: newsBulletin({ ...item, issuedOn: `${year}${item.issuedOn.slice(4)}` }) })
      continue
    }
    const issuer = ISSUERS[n % ISSUERS.length] ?? ISSUERS[0]
    const year = 2010 + Math.floor(n / (ISSUERS.length * 12)) % 16
    const month = 1 + (Math.floor(n / ISSUERS.length) % 12)
    const key = `${issuer}|${year}`
    const issueNumber = (issues.get(key) ?? 0) + 1
    issues.set(key, issueNumber)
    entries.push({ kind: 'work-brief', bulletin: workBrief(random, issuer, issueNumber, month, monthEnd(random, year, month)) })
  }
  return entries
}
