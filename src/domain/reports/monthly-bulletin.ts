import type { Bulletin, BulletinDistribution, BulletinItem } from '../bulletins/bulletin'
import { toChineseNumeral } from '../bulletins/chinese-numerals'
import type { MonthlyFigures, Tally } from './monthly-figures'
import { lastDayOf, monthWords } from './report-month'

/** What the draft takes from the union's last work bulletin: who issues it, where it goes, who edits it. */
export interface BulletinMasthead {
  /** 第 N 期: one after the last work bulletin of the year, 1 for the year's first. */
  readonly issueNumber: number
  readonly issuer: string | null
  readonly distribution: BulletinDistribution
  readonly editor: string | null
  readonly phone: string | null
}

/** The bulletin kind the monthly report is drafted as. */
export const MONTHLY_REPORT_KIND = 'work-brief'

/** One item: a lead sentence and the paragraphs with its figures. */
function item(number: number, lead: string, paragraphs: readonly string[]): BulletinItem {
  return { number, label: `${number}、`, lead, paragraphs, subPoints: [], points: [] }
}

function listed(parts: readonly string[]): string {
  return parts.join('，')
}

/**
 * The month's work bulletin drafted from its figures, in the structure of the union's own (第N期, issuer
 * and date, the month's title, numbered items each a lead sentence and its figures, 报/发, editor and
 * phone). It is a draft: staff add what the data cannot know before publishing it in the editor.
 */
export function draftMonthlyBulletin(figures: MonthlyFigures, masthead: BulletinMasthead): Bulletin {
  const { month: monthNumber } = monthWords(figures.month)
  const sinceJanuary = `截止今年${monthNumber}月`
  const monthName = `${toChineseNumeral(monthNumber)}月份`
  const { legal, stations, bulletins, messages, training } = figures
  const ytd = (tallyOf: Tally) => tallyOf.yearToDate

  const byType = legal.byType.filter(row => row.received > 0).map(row => `${row.label}${row.received}件`)
  const legalParagraphs = [
    listed([
      `本月通过法律援助预约${legal.booked.month}人次`,
      `接待来访职工${legal.received.month}人`,
      `办结案件${legal.closed.month}件，其中调解、解答化解${legal.resolved.month}件`,
      `预约后未到场${legal.noShows.month}人次${legal.noShowRate.month === null ? '' : `，未到场率${legal.noShowRate.month}%`}。`,
    ]),
    byType.length === 0 ? '本月没有接待来访案件。' : `按案件类型：${byType.join('、')}。`,
    `${sinceJanuary}，共接待来访职工${ytd(legal.received)}人，办结案件${ytd(legal.closed)}件，化解各类来访案件${ytd(legal.resolved)}件。`,
  ]

  const districts = stations.openByDistrict.map(row => `${row.district}${row.count}家`)
  const stationParagraphs = [
    listed([
      `本月新建“户外职工爱心驿站”${stations.added.month}家`,
      `实地核实驿站信息${stations.verified.month}家`,
      `收到职工反映驿站问题${stations.reported.month}条`,
      `整改解决${stations.fixed.month}条。`,
    ]),
    `${sinceJanuary}，共新建驿站${ytd(stations.added)}家，核实${ytd(stations.verified)}家，收到问题反映${ytd(stations.reported)}条，整改解决${ytd(stations.fixed)}条。`,
    districts.length === 0 ? '目前没有开放中的驿站。' : `目前全市开放驿站${stations.openTotal}家，其中${districts.join('、')}。`,
  ]

  const trainingParagraphs = [
    listed([
      `本月举办技能培训和技能竞赛${training.coursesHeld.month}期`,
      `职工报名${training.signUps.month}人次`,
      `取得名额${training.enrolled.month}人`,
      `参加培训${training.attended.month}人`,
      `结业${training.completed.month}人。`,
    ]),
    `${sinceJanuary}，共举办${ytd(training.coursesHeld)}期，参加培训${ytd(training.attended)}人，结业${ytd(training.completed)}人。`,
  ]

  const bulletinParagraphs = [
    `本月在职工服务平台发布工作简报和资讯${bulletins.published.month}期，职工阅读${bulletins.reads.month}人次。${sinceJanuary}，共发布${ytd(bulletins.published)}期，阅读${ytd(bulletins.reads)}人次。`,
  ]

  const messageParagraphs = [
    listed([
      `本月通过微信向职工发送服务提醒${messages.sent.month}条`,
      `另有${messages.fellBack.month}条因职工未开启提醒或微信未能送达，已放在职工的“我的—消息”里${messages.queued.month > 0 ? `，${messages.queued.month}条正在发送` : ''}。`,
    ]),
    `${sinceJanuary}，共发送微信提醒${ytd(messages.sent)}条，放入“我的—消息”${ytd(messages.fellBack)}条。`,
  ]

  return {
    header: { issueNumber: masthead.issueNumber, issuer: masthead.issuer, issuedOn: lastDayOf(figures.month) },
    body: {
      title: `${masthead.issuer ?? ''}${monthName}工作完成情况`,
      intro: [`根据职工服务平台记录，现将${monthName}法律援助、户外职工爱心驿站、职工技能培训、资讯发布和服务提醒等工作完成情况汇总如下。`],
      items: [
        item(1, '职工法律援助扎实开展。', legalParagraphs),
        item(2, '“户外职工爱心驿站”建设管理有序推进。', stationParagraphs),
        item(3, '职工技能培训有序开展。', trainingParagraphs),
        item(4, '工会资讯及时发布。', bulletinParagraphs),
        item(5, '职工服务提醒及时送达。', messageParagraphs),
      ],
      distribution: masthead.distribution,
      editor: masthead.editor,
      phone: masthead.phone,
    },
  }
}
