import { createCanvas, loadImage, type Image } from '@napi-rs/canvas'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { userIdFor } from '../../cloudfunctions/runtime/identity'
import { LOCAL_TEMPLATE_IDS } from '../../scripts/local-subscribe-templates'
import type { CheckInCode, CourseDetail, CourseRoster, CourseSummary, MyEnrollment, Page } from '../../src/domain/contracts/training'
import { CERTIFICATE_SIZE } from '../../src/features/training/model/certificate-layout'
import type { MiniProgram } from './harness/mini-program'
import { acceptConsent, startWeappStack, type WeappStack } from './weapp-stack'
import { checkInNowTimes } from '../support/training-times'

let stack: WeappStack

beforeAll(async () => {
  stack = await startWeappStack({ subscribeTemplates: true })
})

afterAll(async () => {
  await stack?.stop()
})

const SIGNUP_RESULT_TEMPLATE_ID = LOCAL_TEMPLATE_IDS['training-signup-result']
const OFFER_TEMPLATE_ID = LOCAL_TEMPLATE_IDS['training-offer']
const REMINDER_TEMPLATE_ID = LOCAL_TEMPLATE_IDS['service-reminder']
let requests = 0

/** A call to training as someone, through the client gateway (as their own phone would make it). */
async function callAs<T>(openid: string, action: string, payload: unknown): Promise<T> {
  requests += 1
  const response = await fetch(`${stack.emulator.origin}/client/functions/training`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'X-WX-OPENID': openid },
    body: JSON.stringify({ action, payload, requestId: `weapp-training-${requests}-${Date.now()}` }),
  })
  const { result } = (await response.json()) as { result: { ok: boolean; data?: T; error?: { code: string } } }
  if (!result.ok || result.data === undefined) throw new Error(`training.${action} failed: ${JSON.stringify(result)}`)
  return result.data
}

/** Waits for a control that can be tapped: shown, and not disabled while its data loads. */
function ready(app: MiniProgram, role: string, name: string | RegExp) {
  return app.waitFor(() => {
    const control = app.queryByRole(role, { name })
    return control !== null && control.attrs.disabled !== true && control.attrs.disabled !== 'true' ? control : undefined
  }, `${role} "${String(name)}" ready to tap`)
}

async function typeInto(app: MiniProgram, label: string, text: string): Promise<void> {
  app.type(await app.findByRole('textbox', { name: label }), text)
}

const TITLE = '叉车司机安全操作培训（小班）'

/** The share of an image's pixels that are not the paper's near-white: what was drawn on it. */
function inkShare(image: Image): number {
  const canvas = createCanvas(image.width, image.height)
  const context = canvas.getContext('2d')
  context.drawImage(image, 0, 0)
  const { data } = context.getImageData(0, 0, image.width, image.height)
  let ink = 0
  for (let offset = 0; offset < data.length; offset += 4) if ((data[offset] ?? 255) + (data[offset + 1] ?? 255) + (data[offset + 2] ?? 255) < 600) ink += 1
  return ink / (image.width * image.height)
}
const coursePage = (courseId: string) => `packages/training/course/index?id=${courseId}`

describe('training in the weapp build', () => {
  it('staff publish a one-place course; the second worker waits, gets the place the first gives up, claims it, checks in by the scanned code and shares the certificate; staff set attendance, export and cancel', async () => {
    const times = checkInNowTimes()

    // Staff fill the course in the editor: one place, one session starting within the half hour.
    const staff = await stack.launch('demo-staff', { privacyAgreed: true, entry: 'pages/me/index' })
    await acceptConsent(staff)
    staff.tap(await staff.findByRole('button', { name: /^培训管理/ }))
    await staff.waitFor(() => staff.page.route === 'packages/staff/training-courses/index' || undefined, 'the training management page')
    staff.tap(await ready(staff, 'button', '新建培训或竞赛'))
    await staff.waitFor(() => staff.page.route === 'packages/staff/training-edit/index' || undefined, 'the course editor')
    await typeInto(staff, '名称', TITLE)
    await typeInto(staff, '主办单位', '市总工会')
    await typeInto(staff, '地点', '市总工会二楼会议室')
    await typeInto(staff, '名额', '1')
    await typeInto(staff, '报名开始日期', times.opens.day)
    await typeInto(staff, '报名开始时间', times.opens.time)
    await typeInto(staff, '报名截止日期', times.closes.day)
    await typeInto(staff, '报名截止时间', times.closes.time)
    await typeInto(staff, '取消截止日期', times.closes.day)
    await typeInto(staff, '取消截止时间', times.closes.time)
    await typeInto(staff, '结业出勤要求（%）', '100')
    // A session without a name is refused in plain words before anything is sent.
    await typeInto(staff, '第 1 次课：日期', times.session.day)
    await typeInto(staff, '第 1 次课：开始', times.session.start)
    await typeInto(staff, '第 1 次课：结束', times.session.end)
    staff.tap(await ready(staff, 'button', '发布'))
    await staff.findByText('⚠ 第 1 次课的名称：不能空着')
    expect((await callAs<Page<CourseSummary>>('demo-staff', 'listManagedCourses', {})).items.filter(course => course.title === TITLE)).toEqual([])
    await typeInto(staff, '第 1 次课：名称', '场内叉车安全操作')
    staff.tap(await ready(staff, 'button', '发布'))
    await staff.findByText(`已发布：${TITLE}`)
    const created = (await callAs<Page<CourseSummary>>('demo-staff', 'listManagedCourses', {})).items.find(course => course.title === TITLE)
    if (created === undefined) throw new Error('the course was not saved')
    expect(created).toMatchObject({ capacity: 1, placesLeft: 1, sessionCount: 1, signUp: { phase: 'open' } })
    const courseId = created.courseId

    // The first worker takes the only place.
    await callAs<MyEnrollment>('o-weapp-train-first', 'signUp', { courseId, details: { name: '王师傅', phone: '13900139001', audience: 'all' } })

    // The second finds the course under 服务 → 技能培训, full, and joins the waitlist; the 报名 tap asks for
    // the result, a freed place's offer and the reminder in one WeChat prompt.
    const second = await stack.launch('o-weapp-train-second', { privacyAgreed: true })
    await acceptConsent(second)
    await second.tapTab('pages/services/index')
    second.tap(await second.findByRole('button', { name: /^技能培训和竞赛/ }))
    await second.waitFor(() => second.page.route === 'packages/training/courses/index' || undefined, 'the course list')
    second.tap(await second.findByRole('button', { name: new RegExp(`^技能培训，${TITLE}，可以候补`) }))
    await second.waitFor(() => second.page.route === 'packages/training/course/index' || undefined, 'the course page')
    await second.findByText('共 1 个名额，已报满，可以候补')
    await typeInto(second, '姓名', '李师傅')
    await typeInto(second, '手机号', '13900139002')
    second.wx.subscribe.answer(SIGNUP_RESULT_TEMPLATE_ID, 'accept')
    second.wx.subscribe.answer(OFFER_TEMPLATE_ID, 'accept')
    second.wx.subscribe.answer(REMINDER_TEMPLATE_ID, 'accept')
    await second.settle()
    second.tap(await ready(second, 'button', '报名候补'))
    await second.findByText('已进入候补，您排第 1 位')
    await second.findByText('报名结果和候补通知会通过微信通知您，也会放在“我的 → 消息”里。')
    expect(second.wx.subscribe.prompts).toEqual([[SIGNUP_RESULT_TEMPLATE_ID, OFFER_TEMPLATE_ID, REMINDER_TEMPLATE_ID]])
    second.close()

    // The first gives the place up, with a confirmation, before the cut-off.
    const first = await stack.launch('o-weapp-train-first', { privacyAgreed: true, entry: coursePage(courseId) })
    await acceptConsent(first)
    await first.findByText('报名成功')
    first.tap(await ready(first, 'button', '取消报名'))
    first.tap(await first.findByRole('button', { name: '确定取消报名' }))
    await first.findByText('您之前的报名：已取消报名')
    first.close()

    // The second is offered the place at once, with its deadline, and claims it.
    const offered = await stack.launch('o-weapp-train-second', { privacyAgreed: true, entry: coursePage(courseId) })
    await acceptConsent(offered)
    await offered.findByText('有名额了，请确认是否参加')
    await offered.findByText(/^请在 .+ 前确认，过时名额让给下一位。$/)
    offered.tap(await ready(offered, 'button', '确认参加'))
    await offered.findByText('报名成功')
    const course = await callAs<CourseDetail>('o-weapp-train-second', 'getCourse', { courseId })
    expect(course.mine).toMatchObject({ state: 'enrolled' })
    expect(course.placesLeft).toBe(0)
    // The offer reached the worker's 消息 (and WeChat, on the credit the 报名 tap asked for).
    const offers = stack.emulator.database.find('notifications', { recipientUserId: userIdFor('o-weapp-train-second'), templateKey: 'training-offer' }, { _id: 1 })
    expect(offers).toEqual([expect.objectContaining({ templateId: OFFER_TEMPLATE_ID })])
    offered.close()

    // Staff show the session's code at the venue.
    const session = course.sessions[0]
    if (session === undefined) throw new Error('the course has no session')
    const roster = await stack.launch('demo-staff', { privacyAgreed: true, entry: `packages/staff/training-roster/index?id=${courseId}` })
    await acceptConsent(roster)
    await roster.findByText('已报名 1 人，候补 0 人')
    roster.tap(await ready(roster, 'button', '出示第 1 次课的签到码'))
    await roster.findByRole('dialog', { name: '第 1 次课签到码' })
    const code = await callAs<CheckInCode>('demo-staff', 'getCheckInCode', { courseId, sessionId: session.sessionId })
    await roster.findByText(`码内编号：${code.scene}`)
    const image = await roster.findByRole('img', { name: '第 1 次课的签到码，用微信扫一扫签到' })
    expect(String(image.attrs.src)).toBe(`data:image/png;base64,${code.pngBase64}`)
    roster.close()

    // The worker scans it: WeChat opens the check-in page with the code's scene, URL-encoded.
    const scanned = await stack.launch('o-weapp-train-second', { privacyAgreed: true, scene: 1047, album: 'allow', entry: `packages/training/check-in/index?scene=${encodeURIComponent(code.scene)}` })
    await acceptConsent(scanned)
    await scanned.findByText('签到成功')
    await scanned.findByText('已签到 1 次，已达到结业要求')
    scanned.tap(await ready(scanned, 'button', '查看结业证书'))
    await scanned.waitFor(() => scanned.page.route === 'packages/training/certificate/index' || undefined, 'the certificate')
    await scanned.findByText('李师傅')
    await scanned.findByText(`《${TITLE}》`)
    scanned.tap(await ready(scanned, 'button', '分享给微信好友'))
    await scanned.waitFor(() => scanned.shared.length > 0 || undefined, 'the share card')
    expect(scanned.shared).toEqual([{ title: `李师傅完成了《${TITLE}》，工会的免费培训，一起来参加`, path: `/packages/training/course/index?id=${courseId}`, imageUrl: null }])
    // Saved as an image: WeChat asks for the album once, and the album holds the certificate as drawn on the Canvas 2D.
    scanned.tap(await ready(scanned, 'button', '保存图片'))
    await scanned.findByText(/已保存到手机相册/)
    expect(scanned.wx.album.asked).toEqual(['scope.writePhotosAlbum'])
    expect(scanned.wx.album.saved).toHaveLength(1)
    const saved = await loadImage(scanned.wx.album.saved[0]?.content ?? Buffer.alloc(0))
    expect([saved.width, saved.height]).toEqual([CERTIFICATE_SIZE.width, CERTIFICATE_SIZE.height])
    expect(inkShare(saved)).toBeGreaterThan(0.01)
    scanned.close()

    // Someone who once refused the album is told how to allow it, and nothing is saved.
    const refused = await stack.launch('o-weapp-train-second', { privacyAgreed: true, album: 'denied', entry: `packages/training/certificate/index?id=${encodeURIComponent(courseId)}` })
    await acceptConsent(refused)
    refused.tap(await ready(refused, 'button', '保存图片'))
    await refused.findByText(/微信没有允许保存到相册/)
    await refused.findByRole('button', { name: '去设置里允许' })
    expect(refused.wx.album.saved).toEqual([])
    refused.close()

    // Staff see the attendance on the roster, and cancel the course: the one person holding a place is told.
    const after = await stack.launch('demo-staff', { privacyAgreed: true, entry: `packages/staff/training-roster/index?id=${courseId}` })
    await acceptConsent(after)
    // Attendance set by hand, for someone whose phone failed at the door (here: undone, then set again).
    after.tap(await ready(after, 'checkbox', /^李师傅第 1 次（.+）已到，点一下改为未到$/))
    await after.findByRole('checkbox', { name: /^李师傅第 1 次（.+）未到，点一下改为已到$/ })
    const unset = await callAs<CourseRoster>('demo-staff', 'getRoster', { courseId })
    expect(unset.rows.find(row => row.name === '李师傅')?.attendedSessionIds).toEqual([])
    after.tap(await ready(after, 'checkbox', /^李师傅第 1 次（.+）未到，点一下改为已到$/))
    await after.findByRole('checkbox', { name: /^李师傅第 1 次（.+）已到，点一下改为未到$/ })
    // The roster as an Excel file, downloaded and opened in WeChat's document viewer.
    after.tap(await ready(after, 'button', '导出名单（Excel）'))
    await after.findByText(/^已导出 \d+ 人：.+\.xlsx$/)
    await after.waitFor(() => after.wx.documents.opened.length > 0 || undefined, 'the roster opened')
    expect(after.wx.documents.opened.map(document => ({ fileType: document.fileType, zip: document.content.subarray(0, 2).toString('latin1') }))).toEqual([{ fileType: 'xlsx', zip: 'PK' }])
    after.tap(await ready(after, 'button', '取消这门课'))
    await after.findByText(/取消后会通知 1 人/)
    await typeInto(after, '取消原因（会通知报名的人）', '场地临时无法使用')
    after.tap(await ready(after, 'button', '确定取消课程'))
    await after.findByText('已取消这门课，已通知 1 人。')
    after.close()
    staff.close()
  })
})
