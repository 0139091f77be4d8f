import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { BulletinItem } from './bulletin'
import { parseBulletin } from './parse-bulletin'

// A byte-for-byte copy of /work/shared/reference/jingzhou-work-brief-2017-no10.txt.
const reference = readFileSync(new URL('./fixtures/jingzhou-work-brief-2017-no10.txt', import.meta.url), 'utf8')

function parsedReference() {
  const result = parseBulletin(reference)
  if (!result.ok) throw new Error(`the reference bulletin was refused: ${JSON.stringify(result.errors)}`)
  return result
}

// The reference text itself: page-break debris rejoined, nothing else changed.
const expectedItems: BulletinItem[] = [
  {
    number: 1,
    label: '1、',
    lead: '“两项改革”有序推进。',
    paragraphs: [],
    subPoints: [
      {
        ordinal: '一是',
        text: '全市工会改革工作成效显著。9月初，按照市委安排，市总工会党组成员分4个组对各县市区党委抓工会改革工作进行调研督导；9月14日，市总工会在石首市组织召开全市工会改革暨“强补增”工作现场推进会，会上传达了全国群团改革工作座谈会议精神、湖北省“两项改革”座谈会和全省工会维稳工作会议精神，就下一步的全市工会改革工作和“强基层、补短板、增活力”集中行动进行部署；9月20-21日，省总工会党组成员、副主席张卫同志带队对荆州工会改革工作进行调研督导。全市工会改革抓得紧、抓得实，进展较快，成效明显，市总工会机关机构整合、人员调整已经到位，挂兼职副主席候选人已经确定，12个改革配套专项方案已经出台，各县市区工会改革均按照时间节点和工作要求扎实推进，其中，江陵县委高度重视工会改革工作，为增强工会工作力量，为县总工会增加一个行政编制，县政府斥资近500万元支持县总工会对工人文化宫进行改扩建；荆州开发区党工委建立完善党建带工建、工建促党建的一体化工作机制，实行“三联制”，即组织联设、阵地联建、活动联办，增强基层工会组织活力。',
      },
      {
        ordinal: '二是',
        text: '全市产业工人队伍建设改革工作推进有力。市总工会按照省总工会和市委的安排部署，勇担责任，主动谋划，成立了领导小组和工作专班，在前期调查摸底的基础上，列出实施方案的提纲和责任部门，正在开展实施方案的起草工作。',
      },
    ],
    points: [],
  },
  {
    number: 2,
    label: '2、',
    lead: '成功承办全省工会资产暨加强和规范工人文化宫管理工作推进会。',
    paragraphs: [
      '9月25日，全省工会资产暨加强和规范工人文化宫管理工作现场推进会在荆州市工人文化宫召开。与会代表现场参观了沙市工人文化宫、荆州工人文化宫，观摩学习荆州市总工会的成功做法和经验。会上，荆州市总工会就文化宫的改造升级和功能发挥做了交流发言。省总工会党组书记、常务副主席董永祥同志对荆州市总工会工人文化宫坚守阵地、坚定改革、坚持公益、聚焦主业服务职工群众的做法给予充分肯定。',
    ],
    subPoints: [],
    points: [],
  },
  {
    number: 3,
    label: '3、',
    lead: '大力开展劳动关系领域隐患排查化解工作。',
    paragraphs: [
      '市总工会按照省总工会和市委的要求部署，组织党组领导分两个组分别赴有劳动关系隐患的博格华纳公司和鑫鑫压力容器公司开展调研，初步摸清了两家企业存在的劳动关系风险隐患，并就职工的稳定工作与企业行政和工会协商解决。市总工会职工服务中心信访接待室坚持“主席接待日”、“律师坐班”等制度，实行领导包案和日报告零报告制度努力化解劳资矛盾纠纷，截止今年9月，共接待化解各类来访案件95件，促进了社会和谐稳定。',
    ],
    subPoints: [],
    points: [],
  },
  {
    number: 4,
    label: '4、',
    lead: '技能比武活动蓬勃开展。',
    paragraphs: [
      '组织选手参加省总工会工具钳工、加工中心操作工、数控机床维修工的决赛，荆州市总工会代表队获得工具钳工项目团体第六名、加工中心操作工项目团体第八名的好成绩。国家统计局荆州调查队举办荆州调查系统首届农产量面积遥感测量实割实测调查技能比武活动；湖北白云边酒业股份有限公司举行了白酒品评技能竞赛；荆州市奥达纺织有限公司工会组织百工种操作运动会。',
    ],
    subPoints: [],
    points: [],
  },
  {
    number: 5,
    label: '5、',
    lead: '开展了各类职工服务活动。',
    paragraphs: [],
    subPoints: [
      {
        ordinal: '一是',
        text: '开展“户外职工爱心驿站”建设工作。目前，已按照“七个一”的标准完成荆州水务集团收费大厅、荆州先行集团长途客运站等2家“户外职工爱心驿站”示范点的建设任务。',
      },
      {
        ordinal: '二是',
        text: '开展“农民工维权服务月”工作。组织农民工“尊法守法”法治宣传活动，深入4家企业开展法律知识讲座，服务农民工近 1000 人，发放法律宣传册 3000 多份；开展“金蓝领”培训活动，联合荆州职业技术学院，组织 80 名农民工开展“金蓝领”数控培训，实行校企对接，帮助培训结业农民工顺利就业。',
      },
      {
        ordinal: '三是',
        text: '深入推进“网上工会”建设。完成对市总工会官网的升级改版，截至目前，市总工会官网、全市工会“互联网”工作平台、荆州市总工会微信公众平台等三大网上工作端口实现互联互通，为职工群众提供全天候全方位服务。',
      },
      {
        ordinal: '四是',
        text: '组织商贸服务业企业班组长岗位技能培训班。9 月 13 日，荆州市商贸服务业工会联合会在市总工会二楼会议室举办了荆州市商贸服务业企业班组长岗位综合能力技能培训班，来自中心城区商贸服务业企业近 80 名班组长参加了培训。',
      },
      {
        ordinal: '五是',
        text: '组队参加全省赛事取得佳绩。9 月 29 日，在湖北省总工会女职工“健康女性 幸福生活”太极拳决赛中，荆州市总工会组建的代表队勇夺地方组金奖。',
      },
    ],
    points: [],
  },
  {
    number: 6,
    label: '6、',
    lead: '职工维权品牌进一步叫响。',
    paragraphs: [
      '在 9 月 29 日全国厂务公开民主管理工作经验交流暨先进单位表彰电视电话会议上，荆州市总工会荣获“全国推动厂务公开民主管理工作先进单位”，我市湖北达雅生物科技股份有限公司荣获“全国厂务公开民主管理先进单位”称号，并作为全国民营企业唯一代表在会上介绍了推进民主管理工作的创新与实践。今年九月，按照荆州市总工会改革方案，我们创新启动开展“工会法律服务进千企”活动，组织全市工会法律宣传员、工资集体协商指导员、劳动关系协调员，深入佳海石油、江汉精细化工、祥达机械等 8 家企业，宣讲劳动法律知识、提供法律咨询服务、指导职工与企业签订劳动合同、推进集体协商工作、及时调处矛盾纠纷等惠民服务。',
    ],
    subPoints: [],
    points: [],
  },
  {
    number: 7,
    label: '7、',
    lead: '加强工会经费管理工作。',
    paragraphs: [
      '组织专班对全市 34 家基层工会经费使用管理情况进行了专项督查，对市总工会三家二级单位和监利县总工会的经费收支管理进行审计。',
    ],
    subPoints: [],
    points: [],
  },
]

describe('parsing the reference bulletin (工作简报 第 10 期, 荆州市总工会)', () => {
  it('reads the header: issue 10, 荆州市总工会, 2017-09-30', () => {
    expect(parsedReference().bulletin.header).toEqual({ issueNumber: 10, issuer: '荆州市总工会', issuedOn: '2017-09-30' })
  })

  it('reads the title and the intro paragraph', () => {
    const { body } = parsedReference().bulletin
    expect(body.title).toBe('市总工会九月份工作完成情况')
    expect(body.intro).toEqual(['按照年度和月度工作计划，市总工会各部室积极落实工作任务，各项工作有序推进，较好完成本月工作目标任务。'])
  })

  it('reads all seven items with their numbers, labels, leads, paragraphs and sub-points', () => {
    expect(parsedReference().bulletin.body.items).toEqual(expectedItems)
  })

  it('gives items 1 and 5 their 一是…五是 sub-points and no loose paragraphs', () => {
    const { items } = parsedReference().bulletin.body
    expect(items[0]?.subPoints.map((subPoint) => subPoint.ordinal)).toEqual(['一是', '二是'])
    expect(items[4]?.subPoints.map((subPoint) => subPoint.ordinal)).toEqual(['一是', '二是', '三是', '四是', '五是'])
    expect(items[0]?.paragraphs).toEqual([])
    expect(items[4]?.paragraphs).toEqual([])
  })

  it('rejoins paragraphs broken by page breaks without stray spaces or line breaks', () => {
    const { items } = parsedReference().bulletin.body
    expect(items[0]?.subPoints[0]?.text).toContain('湖北省“两项改革”座谈会')
    expect(items[1]?.paragraphs[0]).toContain('董永祥同志对荆州市总工会')
    expect(items[4]?.subPoints[1]?.text).toContain('深入4家企业开展法律知识讲座')
    expect(items[5]?.paragraphs[0]).toContain('劳动关系协调员，深入佳海石油')
    const texts = items.flatMap((item) => [item.lead, ...item.paragraphs, ...item.subPoints.map((subPoint) => subPoint.text)])
    for (const text of texts) expect(text).not.toMatch(/\n|\s{2}|^\s|\s$/)
  })

  it('keeps the spacing the author typed around numbers inside the text', () => {
    expect(parsedReference().bulletin.body.items[4]?.subPoints[3]?.text).toMatch(/^组织商贸服务业企业班组长岗位技能培训班。9 月 13 日，/)
  })

  it('splits the 报 and 发 lists on 、 and keeps quoted names whole', () => {
    expect(parsedReference().bulletin.body.distribution).toEqual({
      reportTo: ['省总工会', '市“四大家”有关领导', '市“四大家”办公室'],
      sendTo: ['各县市区总工会', '市总机关各部室', '各驻会产业工会'],
      copyTo: [],
    })
  })

  it('reads the editor and the phone number', () => {
    const { body } = parsedReference().bulletin
    expect(body.editor).toBe('施晓露')
    expect(body.phone).toBe('8219262')
  })

  it('accepts the reference without warnings', () => {
    expect(parsedReference().warnings).toEqual([])
  })

  it('reports what it recognised on which line, including the lines it rejoined', () => {
    const { report } = parsedReference()
    const at = (kind: string) => report.filter((entry) => entry.kind === kind).map((entry) => entry.line)
    expect(at('issueNumber')).toEqual([3])
    expect(at('issuer')).toEqual([5])
    expect(at('issuedOn')).toEqual([7])
    expect(at('title')).toEqual([9])
    expect(at('intro')).toEqual([11])
    expect(at('item')).toEqual([13, 17, 21, 23, 25, 29, 33])
    expect(at('continuation')).toEqual([15, 19, 27, 31])
    expect(at('subPoint')).toEqual([13, 15, 25, 25, 27, 27, 27])
    expect(at('reportTo')).toEqual([35])
    expect(at('sendTo')).toEqual([36])
    expect(at('editor')).toEqual([38])
    expect(at('phone')).toEqual([40])
  })
})
