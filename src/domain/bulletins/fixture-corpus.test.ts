import { describe, expect, it } from 'vitest'
import { BULLETIN_FIXTURES, fixtureBytes, fixtureText } from '../../../test/support/bulletin-fixtures'
import { decodeText } from '../../../scripts/decode-text'
import type { Bulletin } from './bulletin'
import { bulletinSearchParts } from './bulletin-search-parts'
import { parseBulletin } from './parse-bulletin'
import type { ParseResult } from './parse-result'
import { renderBulletinText } from './render-bulletin-text'
import { documentSearchTerms, matchesQuery, queryTerms } from './search-terms'
import { validateBulletin } from './validate-bulletin'

function accepted(result: ParseResult): Extract<ParseResult, { ok: true }> {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.errors)}`)
  return result
}

// The outline at a glance: each item and point as label + lead, indented by level.
function outline({ body }: Bulletin): string[] {
  return body.items.flatMap((item) => [
    `${item.label}${item.lead}`,
    ...item.points.map((point) => `${'  '.repeat(point.level - 1)}${point.label}${point.lead}`),
  ])
}

const OUTLINES: Readonly<Record<string, readonly string[]>> = {
  'jingzhou-work-brief-2017-no10.txt': [
    '1、“两项改革”有序推进。',
    '2、成功承办全省工会资产暨加强和规范工人文化宫管理工作推进会。',
    '3、大力开展劳动关系领域隐患排查化解工作。',
    '4、技能比武活动蓬勃开展。',
    '5、开展了各类职工服务活动。',
    '6、职工维权品牌进一步叫响。',
    '7、加强工会经费管理工作。',
  ],
  'jingzhou-work-brief-2017-no11.txt': [
    '一、深入学习宣传贯彻党的十九大精神。',
    '  （一）组织集中收看开幕会。',
    '  （二）开展专题学习研讨。',
    '  （三）深入基层开展宣讲。',
    '二、工会改革持续深化。',
    '三、职工服务工作扎实开展。',
    '  （一）“户外职工爱心驿站”建设提速。',
    '  （二）困难职工帮扶精准有效。',
    '  （三）农民工欠薪问题专项治理取得成效。',
    '四、劳动和技能竞赛蓬勃开展。',
  ],
  'jingzhou-work-brief-2017-no12.txt': [
    '一、工会改革',
    '  （一）产业工人队伍建设改革实施方案出台。',
    '  （二）基层工会“强补增”集中行动深入推进。',
    '    1.扩大组织覆盖。',
    '    2.规范建会程序。',
    '二、维权服务',
    '  （一）开展冬季送温暖准备工作。',
    '  （二）深化工资集体协商。',
    '  （三）加强劳动法律监督。',
    '三、宣传教育',
  ],
  'jingzhou-work-brief-2017-no13.txt': [
    '一、2017 年主要工作',
    '  （一）工会改革取得突破性进展',
    '    1.市级改革全面完成。',
    '    2.县级改革扎实推进。',
    '      （1）方案审批。',
    '      （2）人员配备。',
    '  （二）职工服务体系不断完善',
    '    1.建成“户外职工爱心驿站”40 家，实现中心城区全覆盖。',
    '    2.困难职工帮扶实现精准化，全年发放各类帮扶资金 560 万元。',
    '二、2018 年工作打算',
    '  （一）持续深化工会改革。',
    '  （二）着力提升服务水平。',
  ],
  'jingzhou-work-brief-2018-no1.txt': [
    '1、“两节”送温暖活动全面启动。',
    '  （1）召开启动仪式。',
    '  （2）走访慰问困难职工。',
    '2、农民工平安返乡服务有序开展。',
    '3、职工文化活动丰富多彩。',
    '  （1）举办“迎新春”职工书画摄影展，展出作品 180 余件。',
    '  （2）组织“文化进企业”演出 6 场，观众 5000 余人次。',
    '4、工会经费收缴工作稳步推进。',
  ],
  'jingzhou-work-brief-2018-no2.txt': [
    '１、春节期间职工服务保障到位。',
    '  （１）开展“春风行动”。',
    '  （２）开通节日维权热线。',
    '２、安全生产“安康杯”竞赛启动。',
    '３、机关作风建设持续加强。',
  ],
  'jingzhou-work-brief-2018-no3.txt': [
    '1.女职工工作亮点纷呈。',
    '  (1)举办庆“三八”女职工健步走活动，1200 余名女职工参加。',
    '  (2)开展女职工“两癌”免费筛查，惠及女职工 3600 人。',
    '  (3)评选表彰“巾帼建功标兵”20 名。',
    '2.“春风行动”成效明显。',
    '3.劳模管理服务工作不断加强。',
    '  (1)完成全国劳模、省劳模年度体检，参检劳模 215 人。',
    '  (2)为 36 名困难劳模发放生活补助。',
    '4.网上工会建设加快推进。',
  ],
  'shashi-work-brief-2018-no4.txt': [
    '一、隆重表彰劳动模范和先进集体。',
    '  1．召开庆祝“五一”国际劳动节暨劳模表彰大会。',
    '  2．开展劳模事迹宣传。',
    '    （1）在区电视台开设“劳模风采”专栏，播出专题节目 8 期。',
    '    （2）组织劳模进企业、进校园宣讲 15 场。',
    '二、扎实推进职工维权工作。',
    '  1．开展“法律服务进企业”活动，为 26 家企业职工提供法律咨询 340 人次。',
    '  2．调处劳动争议案件 18 件，为职工挽回经济损失 46 万元。',
    '三、职工文体活动精彩纷呈。',
  ],
  'jingzhou-work-brief-2018-no5.txt': [
    '1、隆重召开劳模表彰大会。',
    '2、开展“劳模工匠进校园”活动。',
    '3、启动“安康杯”知识竞赛。',
    '4、职工疗休养工作有序开展。',
    '5、深化工资集体协商“要约行动”。',
    '6、推进“户外职工爱心驿站”提档升级。',
    '  （一）完善服务设施。',
    '7、开展职工心理健康服务。',
    '8、加强女职工特殊权益保护。',
    '9、举办职工技能培训。',
    '10、开展职工书屋建设。',
    '11、做好信访维稳工作。',
    '12、加强机关党建工作。',
  ],
  'jingzhou-work-brief-2018-no6.txt': [
    '一、劳动竞赛',
    '  （一）重点工程劳动竞赛',
    '  （二）职工技能比武',
    '二、“夏送清凉”准备',
    '  （一）制定活动方案',
    '  （二）筹措慰问物资',
  ],
  'jingzhou-work-brief-2018-no7.txt': [
    '(一)“夏送清凉”活动全面开展。',
    '  1、领导带队慰问。',
    '  2、物资送到一线。',
    '    （1）向全市 2.1 万名户外职工发放防暑降温物资。',
    '    （2）在 40 家“户外职工爱心驿站”免费提供绿豆汤、凉茶。',
    '(二)高温津贴落实情况专项检查。',
    '(三)职工暑期托管服务试点启动。',
  ],
  'notice-summer-cooling-2018.txt': [
    '一、活动时间',
    '二、慰问对象',
    '  （一）高温期间坚持在户外作业的环卫工人、建筑工人、快递员、外卖骑手、交通协管员等一线职工。',
    '  （二）在高温车间从事生产的一线职工。',
    '三、工作要求',
    '  （一）加强组织领导。',
    '  （二）突出慰问重点。',
    '    1.优先慰问户外劳动者和农民工。',
    '    2.结合“户外职工爱心驿站”，为职工提供防暑降温服务。',
    '  （三）及时报送情况。',
  ],
  'notice-spring-festival-aid-2018.txt': [
    '一、帮扶对象',
    '  （一）在档困难职工。',
    '    1.因病、因残、因子女就学导致生活困难的职工家庭。',
    '    2.单亲困难女职工家庭。',
    '  （二）其他需要帮扶的职工。',
    '    1.受灾职工。',
    '      （1）因自然灾害造成家庭财产重大损失的；',
    '      （2）因突发事件导致家庭生活困难的。',
    '    2.劳动模范中生活困难的。',
    '二、帮扶标准',
    '三、工作要求',
  ],
}

describe('the fixture corpus', () => {
  it('has at least twelve bulletins and notices besides the reference, with GBK files and notices among them', () => {
    expect(BULLETIN_FIXTURES.length).toBeGreaterThanOrEqual(13)
    expect(BULLETIN_FIXTURES.filter((fixture) => fixture.encoding === 'GB18030').length).toBeGreaterThanOrEqual(2)
    expect(BULLETIN_FIXTURES.filter((fixture) => fixture.kind === 'notice').length).toBeGreaterThanOrEqual(1)
    const months = new Set(BULLETIN_FIXTURES.map((fixture) => accepted(parseBulletin(fixtureText(fixture.file))).bulletin.header.issuedOn?.slice(0, 7)))
    expect(months.size).toBeGreaterThanOrEqual(10)
  })

  describe.each(BULLETIN_FIXTURES)('$file ($shows)', ({ file, encoding }) => {
    const result = accepted(parseBulletin(fixtureText(file)))

    it(`is stored as ${encoding}`, () => {
      expect(decodeText(fixtureBytes(file)).encoding).toBe(encoding)
    })

    it('parses to exactly its golden structure, with its warnings', async () => {
      await expect(`${JSON.stringify({ bulletin: result.bulletin, warnings: result.warnings }, null, 2)}\n`).toMatchFileSnapshot(
        `./fixtures/golden/${file.replace(/\.txt$/, '.json')}`,
      )
    })

    it('reads its numbering at the levels it is printed at', () => {
      expect(outline(result.bulletin)).toEqual(OUTLINES[file])
    })

    it('is a valid bulletin that prints back to itself', () => {
      const { header, body } = result.bulletin
      expect(validateBulletin(header, body)).toEqual([])
      const again = accepted(parseBulletin(renderBulletinText(header, body)))
      expect(again.bulletin).toEqual(result.bulletin)
      expect(again.warnings.map((warning) => warning.reason)).toEqual(result.warnings.map((warning) => warning.reason))
    })
  })

  it('keeps numbering that skips (（一）…（三）) as text, with a warning on its line', () => {
    const result = accepted(parseBulletin(fixtureText('jingzhou-work-brief-2018-no5.txt')))
    expect(result.warnings).toEqual([{ line: 23, reason: '“（三）”前面缺少“（二）”，已把它当作正文保留，请核对编号' }])
    expect(result.bulletin.body.items[5]?.points[0]?.paragraphs).toEqual([
      '为 25 家驿站配备冰箱、微波炉、急救箱等设施。（三）延长开放时间。中心城区驿站开放时间统一延长至晚上 8 点。',
    ])
  })

  it('finds a phrase from a third-level point and from a fourth-level one by the stored search terms', () => {
    const { header, body } = accepted(parseBulletin(fixtureText('notice-spring-festival-aid-2018.txt'))).bulletin
    const parts = bulletinSearchParts(header, body)
    const terms = documentSearchTerms(parts)
    for (const phrase of ['单亲困难女职工', '因突发事件导致家庭生活困难']) {
      expect(queryTerms(phrase)?.every((term) => terms.includes(term))).toBe(true)
      expect(matchesQuery(parts.join('\n'), phrase)).toBe(true)
    }
  })
})
