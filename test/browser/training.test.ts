import { readFile } from 'node:fs/promises'
import type { Locator } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CheckInCode, CourseDetail, CourseSummary, MyEnrollment, Page as ListPage } from '../../src/domain/contracts/training'
import { startBrowserStack, type BrowserStack } from './browser-stack'
import { expectVisible } from './expect-visible'
import { expectOneLineTarget, openInLargeType, sizeOf, withLargeType } from './large-type'
import { screenOf } from './screen-of'
import { checkInNowTimes } from '../support/training-times'
import { callFunctionAs } from './call-function-as'

let stack: BrowserStack

beforeAll(async () => {
  stack = await startBrowserStack()
})

afterAll(async () => {
  await stack?.stop()
})

/** A call to training as someone, through the client gateway. */
const callAs = <T>(openid: string, action: string, payload: unknown): Promise<T> => callFunctionAs<T>(stack, openid, 'training', action, payload)

const TITLE = '电工安全操作培训（小班）'
const EDIT_PAGE = '/packages/staff/training-edit/index'
const COURSE_PAGE = '/packages/training/course/index'
const ROSTER_PAGE = '/packages/staff/training-roster/index'

async function fill(screen: Locator, label: string, text: string): Promise<void> {
  await screen.getByLabel(label, { exact: true }).locator('input').fill(text)
}

describe('技能培训 in Chromium', () => {
  it('staff publish a one-place course; the waiting worker gets the place given up, claims it, checks in by the code’s scene and saves the certificate; staff export the roster', async () => {
    const times = checkInNowTimes()
    const staff = await stack.openApp('demo-staff', { path: 'packages/staff/training-courses/index' })
    await screenOf(staff.page, '/packages/staff/training-courses/index').getByRole('button', { name: '新建培训或竞赛' }).click()
    const editor = screenOf(staff.page, EDIT_PAGE)
    await fill(editor, '名称', TITLE)
    await fill(editor, '主办单位', '市总工会')
    await fill(editor, '地点', '市总工会二楼会议室')
    await fill(editor, '名额', '1')
    await fill(editor, '报名开始日期', times.opens.day)
    await fill(editor, '报名开始时间', times.opens.time)
    await fill(editor, '报名截止日期', times.closes.day)
    await fill(editor, '报名截止时间', times.closes.time)
    await fill(editor, '取消截止日期', times.closes.day)
    await fill(editor, '取消截止时间', times.closes.time)
    await fill(editor, '结业出勤要求（%）', '100')
    await fill(editor, '第 1 次课：名称', '低压电工安全操作')
    await fill(editor, '第 1 次课：日期', times.session.day)
    await fill(editor, '第 1 次课：开始', times.session.start)
    await fill(editor, '第 1 次课：结束', times.session.end)
    await editor.getByRole('button', { name: '发布' }).click()
    await expectVisible(editor.getByText(`已发布：${TITLE}`))
    const created = (await callAs<ListPage<CourseSummary>>('demo-staff', 'listManagedCourses', {})).items.find(course => course.title === TITLE)
    if (created === undefined) throw new Error('the course was not saved')
    const courseId = created.courseId

    // Someone else takes the only place first.
    await callAs<MyEnrollment>('demo-admin', 'signUp', { courseId, details: { name: '王师傅', phone: '13900139001', audience: 'all' } })

    // The worker finds it under 服务 → 技能培训, full, and joins the waitlist.
    const worker = await stack.openApp('demo-worker', { path: 'pages/services/index' })
    await worker.page.getByRole('button', { name: /^技能培训和竞赛/ }).click()
    await screenOf(worker.page, '/packages/training/courses/index').getByRole('button', { name: new RegExp(`^技能培训，${TITLE}，可以候补`) }).click()
    const course = screenOf(worker.page, COURSE_PAGE)
    await expectVisible(course.getByText('共 1 个名额，已报满，可以候补'))
    await fill(course, '姓名', '李师傅')
    await fill(course, '手机号', '13900139002')
    await course.getByRole('button', { name: '报名候补' }).click()
    await expectVisible(course.getByText('已进入候补，您排第 1 位'))
    // No WeChat template is set up on this stack, so nothing is asked and the page says where word will come.
    await expectVisible(course.getByText('微信提醒还没有开通，报名结果和候补通知会放在“我的 → 消息”里。'))

    // The first gives the place up.
    const first = await stack.openApp('demo-admin', { path: `${COURSE_PAGE.slice(1)}?id=${courseId}` })
    const firstCourse = screenOf(first.page, COURSE_PAGE)
    await firstCourse.getByRole('button', { name: '取消报名' }).click()
    await first.page.getByRole('button', { name: '确定取消报名' }).click()
    await expectVisible(firstCourse.getByText('您之前的报名：已取消报名'))

    // The worker, opening the course again, is offered the place and claims it.
    await worker.page.reload()
    await expectVisible(course.getByText('有名额了，请确认是否参加'))
    await course.getByRole('button', { name: '确认参加' }).click()
    await expectVisible(course.getByText('报名成功'))
    const detail = await callAs<CourseDetail>('demo-worker', 'getCourse', { courseId })
    expect(detail.mine).toMatchObject({ state: 'enrolled' })
    const session = detail.sessions[0]
    if (session === undefined) throw new Error('the course has no session')

    // Staff export the roster as an Excel file and show the session's code.
    await staff.page.goto(`${stack.emulator.origin}/#${ROSTER_PAGE}?id=${courseId}`)
    const roster = screenOf(staff.page, ROSTER_PAGE)
    await expectVisible(roster.getByText('已报名 1 人，候补 0 人'))
    const [download] = await Promise.all([staff.page.waitForEvent('download'), roster.getByRole('button', { name: '导出名单（Excel）' }).click()])
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/)
    const workbook = await readFile(await download.path())
    expect(workbook.subarray(0, 2).toString('latin1')).toBe('PK')
    await expectVisible(roster.getByText(/^已导出 \d+ 人：/))
    await roster.getByRole('button', { name: '出示第 1 次课的签到码' }).click()
    const code = await callAs<CheckInCode>('demo-staff', 'getCheckInCode', { courseId, sessionId: session.sessionId })
    await expectVisible(staff.page.getByText(`码内编号：${code.scene}`))

    // The worker opens the check-in page with the scanned code's scene, and then the certificate.
    await worker.page.goto(`${stack.emulator.origin}/#/packages/training/check-in/index?scene=${encodeURIComponent(code.scene)}`)
    const checkIn = screenOf(worker.page, '/packages/training/check-in/index')
    await expectVisible(checkIn.getByText('签到成功'))
    await expectVisible(checkIn.getByText('已签到 1 次，已达到结业要求'))
    await checkIn.getByRole('button', { name: '查看结业证书' }).click()
    const certificate = screenOf(worker.page, '/packages/training/certificate/index')
    await expectVisible(certificate.getByText(`《${TITLE}》`))
    const [image] = await Promise.all([worker.page.waitForEvent('download'), certificate.getByRole('button', { name: '保存图片' }).click()])
    expect(image.suggestedFilename()).toMatch(/^结业证书-.+\.png$/)
    const png = await readFile(await image.path())
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
    await expectVisible(certificate.getByText('证书图片已下载'))
  })

  it('keeps the training controls at least 44 px tall with their words on one line at 长辈模式 on a 375 px phone', async () => {
    // Someone holds a place on the demo CNC course, so its roster has attendance to set.
    await callAs<MyEnrollment>('demo-worker', 'signUp', { courseId: 'tc-demo-cnc', details: { name: '张师傅', phone: '13800138000', audience: 'migrant', age: 45, employer: '某某机械厂', union: '沙市区总工会' } })
    await withLargeType(stack, ['demo-worker', 'demo-staff'], async () => {
      const worker = await openInLargeType(stack, 'demo-worker', 'packages/training/course/index?id=tc-demo-team-leader')
      const course = screenOf(worker.page, COURSE_PAGE)
      await expectOneLineTarget(course.getByRole('button', { name: '报名', exact: true }), '报名')
      for (const badge of await course.getByLabel(/^状态：/).all()) expect((await sizeOf(badge)).lines, 'course badge').toBe(1)
      await worker.page.goto(`${stack.emulator.origin}/#${COURSE_PAGE}?id=tc-demo-cnc`)
      const mine = screenOf(worker.page, COURSE_PAGE)
      await expectOneLineTarget(mine.getByRole('button', { name: '取消报名' }), '取消报名')
      await worker.context.close()

      const staff = await openInLargeType(stack, 'demo-staff', 'packages/staff/training-courses/index')
      const courses = screenOf(staff.page, '/packages/staff/training-courses/index')
      await expectOneLineTarget(courses.getByRole('button', { name: '新建培训或竞赛' }), '新建培训或竞赛')
      await expectOneLineTarget(courses.getByRole('button', { name: /^名单和签到：/ }).first(), '名单和签到')
      await expectOneLineTarget(courses.getByRole('button', { name: /^修改：/ }).first(), '修改')

      await staff.page.goto(`${stack.emulator.origin}/#${ROSTER_PAGE}?id=tc-demo-cnc`)
      const roster = screenOf(staff.page, ROSTER_PAGE)
      await expectOneLineTarget(roster.getByRole('button', { name: '导出名单（Excel）' }), '导出名单')
      await expectOneLineTarget(roster.getByRole('button', { name: '修改课程' }), '修改课程')
      await expectOneLineTarget(roster.getByRole('button', { name: '出示第 1 次课的签到码' }), '出示签到码')
      await expectOneLineTarget(roster.getByRole('checkbox', { name: /^张师傅第 1 次/ }), '第 1 次 未到')
      await expectOneLineTarget(roster.getByRole('button', { name: '取消这门课' }), '取消这门课')

      await staff.page.goto(`${stack.emulator.origin}/#${EDIT_PAGE}?id=tc-demo-cnc`)
      const editor = screenOf(staff.page, EDIT_PAGE)
      await expectOneLineTarget(editor.getByRole('radio', { name: '技能竞赛' }), '技能竞赛')
      await expectOneLineTarget(editor.getByRole('checkbox', { name: '户外劳动者' }), '户外劳动者')
      await expectOneLineTarget(editor.getByRole('checkbox', { name: '所在基层工会' }), '所在基层工会')
      await expectOneLineTarget(editor.getByRole('button', { name: '删掉第 1 次课' }), '删掉这次课')
      await expectOneLineTarget(editor.getByRole('button', { name: '加一次课' }), '加一次课')
      await expectOneLineTarget(editor.getByRole('button', { name: '删掉第 1 个基层工会名额' }), '删掉这个名额')
      await expectOneLineTarget(editor.getByRole('button', { name: '加一个基层工会名额' }), '加一个基层工会名额')
      await expectOneLineTarget(editor.getByRole('button', { name: '保存修改' }), '保存修改')
      await staff.context.close()
    })
  })
})
