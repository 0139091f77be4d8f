import { courseDocumentOf } from '../../cloudfunctions/training/course-service'
import { coursesRepository } from '../../cloudfunctions/training/courses-repository'
import type { Database } from '../../cloudfunctions/runtime/cloudbase-app'
import { userIdFor } from '../../cloudfunctions/runtime/identity'
import { addDays, shanghaiDateKey } from '../../src/domain/time/shanghai-time'
import type { CourseInput, SessionInput } from '../../src/domain/training/course-input'
import type { CourseDocument } from '../../src/domain/training/stored-documents'

function sessions(firstDay: string, plan: readonly (readonly [offsetDays: number, title: string, start: string, end: string])[], venue: string | null = null): SessionInput[] {
  return plan.map(([offset, title, start, end]) => ({ title, day: addDays(firstDay, offset), start, end, venue }))
}

/**
 * The demo courses, around `now`: the 金蓝领 CNC class for 80 migrant workers with 荆州职业技术学院 (sign-up
 * open, two grassroots unions holding places), the team leaders' course in the union's second-floor
 * meeting room (open), and the 数控机床维修工 skill competition (sign-up opens in two days: a countdown).
 */
export function demoCourseInputs(now: Date): readonly (readonly [id: string, input: CourseInput])[] {
  const today = shanghaiDateKey(now)
  const cncStart = addDays(today, 14)
  return [
    [
      'tc-demo-cnc',
      {
        kind: 'training',
        title: '“金蓝领”数控车工技能培训班',
        organiser: '荆州市总工会 · 荆州职业技术学院',
        venue: '荆州职业技术学院数控实训中心',
        description: '面向在荆农民工的数控车工免费培训：数控车床操作、编程与识图，理论加实操。全部出勤八成以上可结业，学院推荐到合作企业就业。',
        audiences: ['migrant'],
        minAge: 18,
        maxAge: 55,
        onceOnly: true,
        requiresCourseId: null,
        detailFields: ['age', 'employer', 'union'],
        capacity: 80,
        signUpOpens: { day: addDays(today, -3), time: '09:00' },
        signUpCloses: { day: addDays(today, 10), time: '18:00' },
        cancelUntil: { day: addDays(today, 12), time: '18:00' },
        claimWindowHours: 24,
        completionShare: 0.8,
        sessions: sessions(cncStart, [
          [0, '开班仪式与安全教育', '09:00', '11:30'],
          [1, '机械识图', '09:00', '16:30'],
          [7, '数控车床操作基础', '09:00', '16:30'],
          [8, '数控编程入门', '09:00', '16:30'],
          [14, '零件加工实操', '09:00', '16:30'],
          [15, '结业考核', '09:00', '11:30'],
        ]),
        quotas: [
          { union: '荆州开发区总工会', places: 10, until: { day: addDays(today, 5), time: '18:00' } },
          { union: '沙市区总工会', places: 10, until: { day: addDays(today, 5), time: '18:00' } },
        ],
      },
    ],
    [
      'tc-demo-team-leader',
      {
        kind: 'training',
        title: '班组长管理能力提升培训班',
        organiser: '荆州市总工会',
        venue: '市总工会二楼会议室',
        description: '班组管理、安全生产与劳动法律常识，两天四个半天。请带笔记本。',
        audiences: ['team-leader'],
        minAge: null,
        maxAge: null,
        onceOnly: false,
        requiresCourseId: null,
        detailFields: ['employer'],
        capacity: 80,
        signUpOpens: { day: addDays(today, -1), time: '09:00' },
        signUpCloses: { day: addDays(today, 5), time: '18:00' },
        cancelUntil: { day: addDays(today, 6), time: '12:00' },
        claimWindowHours: 24,
        completionShare: 0.75,
        sessions: sessions(addDays(today, 7), [
          [0, '班组管理实务', '09:00', '11:30'],
          [0, '安全生产责任', '14:30', '17:00'],
          [1, '劳动法律常识', '09:00', '11:30'],
          [1, '沟通与团队建设', '14:30', '17:00'],
        ]),
        quotas: [],
      },
    ],
    [
      'tc-demo-competition',
      {
        kind: 'competition',
        title: '全市职工技能大赛 · 数控机床维修工',
        organiser: '荆州市总工会 · 市人社局',
        venue: '荆州技师学院竞赛中心',
        description: '理论考试加实操比赛，前三名推荐参加省赛，并按规定申报技术能手。',
        audiences: ['skilled'],
        minAge: 18,
        maxAge: 60,
        onceOnly: false,
        requiresCourseId: null,
        detailFields: ['age', 'employer', 'trade'],
        capacity: 40,
        signUpOpens: { day: addDays(today, 2), time: '09:00' },
        signUpCloses: { day: addDays(today, 15), time: '18:00' },
        cancelUntil: { day: addDays(today, 16), time: '18:00' },
        claimWindowHours: 12,
        completionShare: 1,
        sessions: sessions(addDays(today, 20), [
          [0, '理论考试', '09:00', '11:00'],
          [1, '实操比赛', '08:30', '16:30'],
        ]),
        quotas: [],
      },
    ],
  ]
}

export function demoCourses(now: Date): CourseDocument[] {
  return demoCourseInputs(now).map(([id, input]) => courseDocumentOf(input, id, null, userIdFor('demo-staff'), now))
}

/** The demo courses (staff may edit them afterwards; an existing one is kept). */
export async function seedTrainingDemo(db: Database, now: Date): Promise<number> {
  return await coursesRepository(db).seed(demoCourses(now))
}
