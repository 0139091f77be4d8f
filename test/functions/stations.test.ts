import { strToU8, zipSync } from 'fflate'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { userIdFor } from '../../cloudfunctions/runtime/identity'
import { stationsRepository } from '../../cloudfunctions/stations/stations-repository'
import type { StationFields } from '../../cloudfunctions/stations/station-document'
import { formatImportReport, importStationRecords, readSheetFile } from '../../scripts/import-stations'
import { demoStationEntries, seedStationsDemo } from '../../scripts/seed/stations-demo'
import { DELETE_MY_DATA_CONFIRMATION } from '../../src/domain/contracts/users'
import type { StationDetail } from '../../src/domain/contracts/stations'
import { toGcj02 } from '../../src/domain/geo/coordinates'
import { distanceMeters } from '../../src/domain/geo/distance-meters'
import { minutesToClockTime } from '../../src/domain/time/clock-time'
import { shanghaiDateKey, shanghaiParts, addDays, WEEKDAYS } from '../../src/domain/time/shanghai-time'
import type { OpeningHours } from '../../src/domain/stations/opening-hours'
import { asAdmin, asStaff, asWorker, startTestStack, type TestCaller, type TestStack } from '../support/test-stack'
import { expectOk, expectError } from '../support/expect-envelope'

/** A quiet corner of Jingzhou's development zone, away from the demo stations, for stations made by the tests. */
const ORIGIN = { lng: 112.4, lat: 30.25 }
const north = (meters: number) => ({ lng: ORIGIN.lng, lat: ORIGIN.lat + meters / 111_195 })

/** Hours that are open from an hour ago to two hours ahead, or that open only three hours from now: whatever the clock says. */
function hoursAround(startOffsetMinutes: number, endOffsetMinutes: number): OpeningHours {
  const minute = shanghaiParts(Date.now()).minuteOfDay
  return {
    kind: 'weekly',
    ranges: [{ days: [...WEEKDAYS], open: minutesToClockTime(minute + startOffsetMinutes), close: minutesToClockTime(minute + endOffsetMinutes) }],
    closedOnHolidays: false,
  }
}

function fields(name: string, meters: number, extra: Partial<StationFields> = {}): StationFields {
  return {
    code: null,
    name,
    address: `荆州开发区测试路 ${meters} 号`,
    district: '荆州开发区',
    location: north(meters),
    phone: null,
    hours: { kind: 'always' },
    amenities: ['water'],
    standard: null,
    photos: [],
    status: 'active',
    lastVerifiedOn: null,
    ...extra,
  }
}

let stack: TestStack

beforeAll(async () => {
  stack = await startTestStack()
  const now = new Date()
  await seedStationsDemo(stack.db, now)
  const today = shanghaiDateKey(now)
  await stationsRepository(stack.db).insertMany(
    [
      { id: 't-near', fields: fields('测试驿站·最近', 120, { amenities: ['water', 'charging', 'toilet'] }) },
      { id: 't-open-by-hours', fields: fields('测试驿站·按时开放', 400, { amenities: ['water', 'charging'], hours: hoursAround(-60, 120) }) },
      { id: 't-shut-by-hours', fields: fields('测试驿站·还没开门', 600, { amenities: ['water', 'charging'], hours: hoursAround(180, 240) }) },
      { id: 't-suspended', fields: fields('测试驿站·暂停开放', 800, { amenities: ['water', 'charging'], status: 'closed' }) },
      {
        id: 't-exception',
        fields: fields('测试驿站·今天休息', 1000, {
          amenities: ['water', 'charging'],
          hours: { kind: 'weekly', ranges: [{ days: [...WEEKDAYS], open: '00:00', close: '00:00' }], closedOnHolidays: false, exceptions: [{ date: today, closed: true }, { date: addDays(today, -1), closed: true }] },
        }),
      },
      { id: 't-far', fields: fields('测试驿站·较远', 2600) },
      { id: 't-outside', fields: fields('测试驿站·太远', 4500) },
    ],
    now,
  )
})

afterAll(async () => {
  await stack.stop()
})

const nearby = (filter: Partial<{ amenities: string[]; openNow: boolean; radiusMeters: 500 | 1000 | 3000 | 5000 | 10000 }>, origin = ORIGIN) =>
  stack.call('stations', 'nearby', { origin, filter: { amenities: [], openNow: false, radiusMeters: 3000, ...filter } }, { as: asWorker })

describe('stations: nearby search', () => {
  it('lists stations within the radius nearest first, with their distance, closed ones greyed in place', async () => {
    const answer = expectOk(await nearby({}))
    expect(answer.items.map(item => item.station.id)).toEqual(['t-near', 't-open-by-hours', 't-shut-by-hours', 't-suspended', 't-exception', 't-far'])
    expect(answer.items[0]?.distanceMeters).toBeCloseTo(120, -1)
    expect(answer.items.find(item => item.station.id === 't-suspended')?.opening).toEqual({ state: 'closed', label: '暂停开放', suspended: true })
    expect(answer.items.find(item => item.station.id === 't-shut-by-hours')?.opening.state).toBe('closed')
    expect(answer.catalogue.map(amenity => amenity.key)).toContain('charging')
  })

  it('cuts the list at the chosen radius', async () => {
    expect(expectOk(await nearby({ radiusMeters: 500 })).items.map(item => item.station.id)).toEqual(['t-near', 't-open-by-hours'])
    expect(expectOk(await nearby({ radiusMeters: 5000 })).items.map(item => item.station.id)).toContain('t-outside')
  })

  it('keeps only stations offering every chosen amenity', async () => {
    const ids = expectOk(await nearby({ amenities: ['charging', 'toilet'] })).items.map(item => item.station.id)
    expect(ids).toEqual(['t-near'])
  })

  it('keeps only stations open now, in the database query, dropping one a dated exception closes', async () => {
    const ids = expectOk(await nearby({ openNow: true, amenities: ['charging'] })).items.map(item => item.station.id)
    expect(ids).toEqual(['t-near', 't-open-by-hours'])
  })

  it('stops at the requested number of stations', async () => {
    const answer = expectOk(await stack.call('stations', 'nearby', { origin: ORIGIN, filter: { amenities: [], openNow: false, radiusMeters: 3000 }, limit: 2 }, { as: asWorker }))
    expect(answer.items).toHaveLength(2)
  })

  it('finds the demo city’s nearest station with the distance the phone would compute', async () => {
    const waterGroup = demoStationEntries('2026-01-01').find(entry => entry.fields.name === '荆州水务集团收费大厅')
    if (waterGroup === undefined) throw new Error('demo data lost 荆州水务集团收费大厅')
    const standingNearby = { lng: waterGroup.fields.location.lng + 0.001, lat: waterGroup.fields.location.lat + 0.0005 }
    const [first] = expectOk(await nearby({ radiusMeters: 1000 }, standingNearby)).items
    expect(first?.station.name).toBe('荆州水务集团收费大厅')
    expect(first?.station.standard).toBe('七个一')
    expect(first?.distanceMeters).toBe(Math.round(distanceMeters(standingNearby, waterGroup.fields.location)))
  })

  it('refuses an origin outside China', async () => {
    expectError(await stack.call('stations', 'nearby', { origin: { lng: 126.98, lat: 37.57 }, filter: { amenities: [], openNow: false, radiusMeters: 3000 } }, { as: asWorker }), 'COMMON.INVALID_PAYLOAD')
  })
})

describe('stations: finding a station by name or address', () => {
  const find = (query: string, origin = ORIGIN) => stack.call('stations', 'findStations', { query, origin }, { as: asWorker })

  it('finds stations holding every word of the query in their name or address, nearest first', async () => {
    const byName = expectOk(await find('测试驿站 开放'))
    expect(byName.items.map(item => item.station.id)).toEqual(['t-open-by-hours', 't-suspended'])
    expect(byName.items[0]).toMatchObject({ distanceMeters: 400, opening: { state: 'open' } })
    expect(byName.items[1]?.opening).toEqual({ state: 'closed', label: '暂停开放', suspended: true })
    expect(byName.catalogue.length).toBeGreaterThan(0)
    const byAddress = expectOk(await find('测试路 2600号'))
    expect(byAddress.items.map(item => item.station.id)).toEqual(['t-far'])
    // Words are matched as typed: no address holds 测试路号.
    expect(expectOk(await find('测试路号')).items).toEqual([])
  })

  it('searches around the person, so a same-named station in another city is left out', async () => {
    await stationsRepository(stack.db).insertMany([{ id: 't-other-city', fields: { ...fields('测试驿站·外地同名', 0), location: { lng: 114.3, lat: 30.6 } } }], new Date())
    expect(expectOk(await find('外地同名')).items).toEqual([])
    expect(expectOk(await find('外地同名', { lng: 114.3, lat: 30.6 })).items.map(item => item.station.id)).toEqual(['t-other-city'])
  })

  it('finds a station by its new name after staff rename it, and no longer by the old one', async () => {
    const station = (name: string) => ({
      name,
      address: '荆州开发区东方大道 9 号',
      location: north(1500),
      hours: { kind: 'always' as const },
      amenities: ['water'],
      photos: [] as string[],
      status: 'active' as const,
    })
    const created = expectOk(await stack.call('stations', 'createStation', { station: station('东方大道临时驿站'), verifiedToday: false }, { as: asStaff }))
    expect(expectOk(await find('东方大道 临时')).items.map(item => item.station.id)).toEqual([created.id])
    expectOk(await stack.call('stations', 'updateStation', { stationId: created.id, expectedVersion: 1, station: station('江津湖畔休息点'), verifiedToday: false }, { as: asStaff }))
    expect(expectOk(await find('江津湖畔')).items.map(item => item.station.id)).toEqual([created.id])
    expect(expectOk(await find('临时驿站')).items).toEqual([])
  })

  it('refuses an empty or overlong query with a plain message', async () => {
    expectError(await find('   '), 'COMMON.INVALID_PAYLOAD')
    expectError(await find('驿'.repeat(21)), 'COMMON.INVALID_PAYLOAD')
  })
})

describe('stations: 常去的驿站', () => {
  const regular = { openid: 'o-daily-route' }
  const favourites = (as: TestCaller = regular) => stack.call('stations', 'listFavourites', { origin: ORIGIN }, { as })
  const setFavourite = (stationId: string, favourite: boolean, as: TestCaller = regular) => stack.call('stations', 'setFavourite', { stationId, favourite }, { as })

  it('keeps the stations a person chose, nearest first, shows them on the station page, and lets them go', async () => {
    expectOk(await setFavourite('t-far', true))
    expectOk(await setFavourite('t-near', true))
    expectOk(await setFavourite('t-near', true))
    expect(expectOk(await favourites()).items.map(item => [item.station.id, item.distanceMeters])).toEqual([['t-near', 120], ['t-far', 2600]])
    expect(expectOk(await stack.call('stations', 'getStation', { stationId: 't-near' }, { as: regular })).favourite).toBe(true)
    expect(expectOk(await stack.call('stations', 'getStation', { stationId: 't-near' }, { as: asWorker })).favourite).toBe(false)
    // Another person's list is their own.
    expect(expectOk(await favourites(asWorker)).items.map(item => item.station.id)).not.toContain('t-far')
    expectOk(await setFavourite('t-far', false, asWorker))
    expect(expectOk(await favourites()).items).toHaveLength(2)

    expect(expectOk(await setFavourite('t-far', false))).toEqual({ stationId: 't-far', favourite: false })
    expect(expectOk(await favourites()).items.map(item => item.station.id)).toEqual(['t-near'])
  })

  it('refuses a station that does not exist, and more than 20, changing nothing', async () => {
    const collector = { openid: 'o-collector' }
    expectError(await setFavourite('c-NOWHERE', true, collector), 'STATIONS.STATION_NOT_FOUND')
    const ids = demoStationEntries('2026-01-01').slice(0, 21).map(entry => entry.id)
    for (const id of ids.slice(0, 20)) expectOk(await setFavourite(id, true, collector))
    const refused = await setFavourite(ids[20] ?? '', true, collector)
    expectError(refused, 'STATIONS.TOO_MANY_FAVOURITES')
    expect(stack.emulator.database.find('station_favourites', { userId: userIdFor(collector.openid) })).toHaveLength(20)
    // One already kept can be kept again at the limit.
    expectOk(await setFavourite(ids[0] ?? '', true, collector))
  })

  it('exports a person’s 常去的驿站 with their data and deletes them with it', async () => {
    const leaver = { openid: 'o-leaving-regular' }
    expectOk(await setFavourite('t-near', true, leaver))
    const exported = expectOk(await stack.call('users', 'exportMyData', {}, { as: leaver }))
    expect(exported.records.station_favourites).toEqual([expect.objectContaining({ stationId: 't-near', stationName: '测试驿站·最近' })])
    expectOk(await stack.call('users', 'deleteMyData', { confirmation: DELETE_MY_DATA_CONFIRMATION }, { as: leaver }))
    expect(stack.emulator.database.find('station_favourites', { stationId: 't-near' }).map(document => document.userId)).not.toContain(userIdFor(leaver.openid))
    expect(expectOk(await favourites(leaver)).items).toEqual([])
  })
})

describe('stations: the city list and station pages', () => {
  it('returns the compact list with the catalogue and holiday calendar, without query fields', async () => {
    const page = expectOk(await stack.call('stations', 'listCity', {}, { as: asWorker }))
    expect(page.items.length).toBeGreaterThanOrEqual(40)
    expect(page.nextCursor).toBeNull()
    expect(page.holidays.some(period => period.name === '国庆节')).toBe(true)
    expect(JSON.stringify(page.items)).not.toContain('openSpans')
    const first = page.items[0]
    expect(first && Object.keys(first).sort()).toEqual(['address', 'amenities', 'district', 'hours', 'id', 'lastVerifiedOn', 'location', 'name', 'phone', 'standard', 'status'])
  })

  it('lists one district', async () => {
    const page = expectOk(await stack.call('stations', 'listCity', { district: '荆州区' }, { as: asWorker }))
    expect(page.items.length).toBeGreaterThan(5)
    expect(page.items.every(station => station.district === '荆州区')).toBe(true)
  })

  it('shows a station page with hours in words, opening state and last verification', async () => {
    const detail = expectOk(await stack.call('stations', 'getStation', { stationId: 'c-JZ-SS-001' }, { as: asWorker }))
    expect(detail).toMatchObject({ name: '荆州水务集团收费大厅', standard: '七个一', phone: '0716-8213456' })
    expect(detail.hoursLines).toEqual(['周一至周五 08:30–17:30', '节假日休息'])
    expect(['营业中', '即将关闭', '休息中', '今日已关门']).toContain(detail.opening.label)
    expect(detail.lastVerifiedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  it('answers STATIONS.STATION_NOT_FOUND for a station that does not exist', async () => {
    expectError(await stack.call('stations', 'getStation', { stationId: 'c-NOWHERE' }, { as: asWorker }), 'STATIONS.STATION_NOT_FOUND')
  })
})

const newStation = (code: string, extra: Record<string, unknown> = {}) => ({
  code,
  name: `新建驿站 ${code}`,
  address: `荆州市沙市区新建路 ${code} 号`,
  district: '沙市区',
  location: { lng: 112.26, lat: 30.32 },
  phone: '13800138000',
  hours: { kind: 'weekly' as const, ranges: [{ days: [1, 2, 3, 4, 5] as (1 | 2 | 3 | 4 | 5)[], open: '08:00', close: '18:00' }], closedOnHolidays: true },
  amenities: ['water', 'toilet'],
  standard: '七个一',
  photos: [] as string[],
  status: 'active' as const,
  ...extra,
})

describe('stations: staff edits', () => {
  it('lets staff add a station, keyed by its code, and records who did it', async () => {
    const created = expectOk(await stack.call('stations', 'createStation', { station: newStation('NEW-1'), verifiedToday: true }, { as: asStaff }))
    expect(created).toMatchObject({ id: 'c-NEW-1', version: 1, lastVerifiedOn: shanghaiDateKey(new Date()) })
    const audit = stack.emulator.database.find('audit_logs', { functionName: 'stations', action: 'createStation' })
    expect(audit.at(-1)).toMatchObject({ actorUserId: userIdFor('demo-staff'), target: { stationId: 'c-NEW-1' } })
  })

  it('refuses a worker, and a second station with the same code', async () => {
    const before = stack.snapshot()
    expectError(await stack.call('stations', 'createStation', { station: newStation('NEW-2'), verifiedToday: false }, { as: asWorker }), 'COMMON.FORBIDDEN')
    expect(stack.snapshot()).toBe(before)
    expectError(await stack.call('stations', 'createStation', { station: newStation('NEW-1'), verifiedToday: false }, { as: asAdmin }), 'STATIONS.DUPLICATE_STATION')
  })

  it('refuses an amenity the catalogue does not have', async () => {
    expectError(await stack.call('stations', 'createStation', { station: newStation('NEW-3', { amenities: ['sauna'] }), verifiedToday: false }, { as: asStaff }), 'STATIONS.UNKNOWN_AMENITY')
  })

  it('replaces a station’s details, clearing what the form left empty, and refuses an edit from a stale version', async () => {
    const { phone: _phone, standard: _standard, ...withoutOptional } = newStation('NEW-1', { name: '改名后的驿站', hours: { kind: 'always' } })
    const updated = expectOk(await stack.call('stations', 'updateStation', { stationId: 'c-NEW-1', expectedVersion: 1, station: withoutOptional, verifiedToday: false }, { as: asStaff }))
    expect(updated).toMatchObject({ name: '改名后的驿站', phone: null, standard: null, hours: { kind: 'always' }, version: 2, hoursLines: ['每天 24 小时'] })
    const [stored] = stack.emulator.database.find('stations', { _id: 'c-NEW-1' })
    expect(stored?.hours).toEqual({ kind: 'always' })
    expect(stored?.openSpans).toHaveLength(7)
    expectError(await stack.call('stations', 'updateStation', { stationId: 'c-NEW-1', expectedVersion: 1, station: withoutOptional, verifiedToday: false }, { as: asStaff }), 'STATIONS.EDIT_CONFLICT')
  })

  it('closes a station until further notice and reopens it', async () => {
    const closed = expectOk(await stack.call('stations', 'setStationStatus', { stationId: 't-far', status: 'closed' }, { as: asStaff }))
    expect(closed.opening).toEqual({ state: 'closed', label: '暂停开放', suspended: true })
    expect(expectOk(await nearby({ openNow: true })).items.map(item => item.station.id)).not.toContain('t-far')
    const reopened = expectOk(await stack.call('stations', 'setStationStatus', { stationId: 't-far', status: 'active' }, { as: asStaff }))
    expect(reopened.status).toBe('active')
  })

  it('finds stations by name for staff, with their pending reports counted', async () => {
    const page = expectOk(await stack.call('stations', 'searchStations', { search: '文化宫' }, { as: asStaff }))
    expect(page.items.map(station => station.name)).toEqual(['沙市区文化宫工会驿站'])
    expect(page.items[0]?.pendingReports).toBe(1)
  })

  it('shows a station’s photos through temporary links', async () => {
    const { fileID } = await stack.app.uploadFile({ cloudPath: 'station-photos/c-NEW-4/front.jpg', fileContent: Buffer.from('jpeg bytes') })
    const created = expectOk(await stack.call('stations', 'createStation', { station: newStation('NEW-4', { photos: [fileID] }), verifiedToday: false }, { as: asStaff }))
    const [photo] = created.photos
    expect(photo?.fileId).toBe(fileID)
    const response = await fetch(encodeURI(photo?.url ?? ''))
    expect(Buffer.from(await response.arrayBuffer()).toString()).toBe('jpeg bytes')
  })

  it('refuses a photo that was not uploaded to the station photo folder', async () => {
    const { fileID } = await stack.app.uploadFile({ cloudPath: 'elsewhere/x.jpg', fileContent: Buffer.from('x') })
    expectError(await stack.call('stations', 'createStation', { station: newStation('NEW-5', { photos: [fileID] }), verifiedToday: false }, { as: asStaff }), 'STATIONS.PHOTO_NOT_FOUND')
  })
})

describe('stations: problem reports', () => {
  const reporter = { openid: 'o-station-reporter' }

  it('files a report that the reporter then follows, once per station, kind and day', async () => {
    const report = expectOk(await stack.call('stations', 'reportProblem', { stationId: 't-near', kind: 'closed', note: '上午十点来，门锁着' }, { as: reporter }))
    expect(report).toMatchObject({ stationId: 't-near', stationName: '测试驿站·最近', kind: 'closed', state: 'open', note: '上午十点来，门锁着' })
    expectError(await stack.call('stations', 'reportProblem', { stationId: 't-near', kind: 'closed' }, { as: reporter }), 'STATIONS.DUPLICATE_REPORT')
    const mine = expectOk(await stack.call('stations', 'listMyReports', {}, { as: reporter }))
    expect(mine.items.map(item => item.id)).toEqual([report.id])
    const page = expectOk(await stack.call('stations', 'getStation', { stationId: 't-near' }, { as: reporter }))
    expect(page.myReports.map(item => item.state)).toEqual(['open'])
  })

  it('replays a retried report instead of refusing it as a duplicate', async () => {
    const retry = { as: { openid: 'o-retrying-reporter' }, requestId: 'retry-report-0001' }
    const first = expectOk(await stack.call('stations', 'reportProblem', { stationId: 't-far', kind: 'other', note: '门口在修路' }, retry))
    const second = expectOk(await stack.call('stations', 'reportProblem', { stationId: 't-far', kind: 'other', note: '门口在修路' }, retry))
    expect(second).toEqual(first)
  })

  it('refuses a report about an amenity the catalogue does not have, or a photo never uploaded', async () => {
    expectError(await stack.call('stations', 'reportProblem', { stationId: 't-near', kind: 'missing-amenity', amenity: 'sauna' }, { as: reporter }), 'STATIONS.UNKNOWN_AMENITY')
    const photo = 'cloud://local.6c6f-local-1250000000/station-reports/never-uploaded.jpg'
    expectError(await stack.call('stations', 'reportProblem', { stationId: 't-near', kind: 'missing-amenity', amenity: 'water', photo }, { as: reporter }), 'STATIONS.PHOTO_NOT_FOUND')
  })

  it('takes a photo from the reporter’s own folder and shows it to staff, and to the reporter in 我的反馈', async () => {
    const { folder } = expectOk(await stack.call('users', 'getUploadFolder', { area: 'station-reports' }, { as: reporter }))
    expect(folder).toBe(`station-reports/${userIdFor(reporter.openid)}/`)
    const { fileID } = await stack.app.uploadFile({ cloudPath: `${folder}2026-11/abc.jpg`, fileContent: Buffer.from('photo') })
    const report = expectOk(await stack.call('stations', 'reportProblem', { stationId: 't-near', kind: 'missing-amenity', amenity: 'toilet', photo: fileID }, { as: reporter }))
    expect(report.photo?.fileId).toBe(fileID)
    const staffView = expectOk(await stack.call('stations', 'getReport', { reportId: report.id }, { as: asStaff }))
    expect(staffView.photo?.url).toContain('/storage/download/')
    const mine = expectOk(await stack.call('stations', 'listMyReports', {}, { as: reporter }))
    const listed = mine.items.find(item => item.id === report.id)
    expect(listed?.photo?.url).toContain('/storage/download/')
    expect(staffView.station?.name).toBe('测试驿站·最近')
  })

  it('refuses someone else’s photo, even one staff can see, and their deleting their data leaves it alone', async () => {
    const owner = { openid: 'o-photo-owner' }
    const thief = { openid: 'o-photo-thief' }
    const { folder } = expectOk(await stack.call('users', 'getUploadFolder', { area: 'station-reports' }, { as: owner }))
    const { fileID } = await stack.app.uploadFile({ cloudPath: `${folder}2026-11/owners.jpg`, fileContent: Buffer.from('the owner’s photo') })
    const owners = expectOk(await stack.call('stations', 'reportProblem', { stationId: 't-far', kind: 'closed', photo: fileID }, { as: owner }))
    const seenByStaff = expectOk(await stack.call('stations', 'getReport', { reportId: owners.id }, { as: asStaff }))
    expect(seenByStaff.photo?.fileId).toBe(fileID)

    const before = stack.snapshot()
    expectError(await stack.call('stations', 'reportProblem', { stationId: 't-far', kind: 'other', note: '看这张', photo: fileID }, { as: thief }), 'STATIONS.PHOTO_NOT_FOUND')
    expect(stack.snapshot()).toBe(before)

    // Even a record of the thief's that points at the photo (older data, say) does not get it deleted.
    const then = new Date('2026-10-01T02:00:00Z')
    await stack.db.collection('station_feedback').add({
      _id: 'r-thiefs-old-report', stationId: 't-far', stationName: '测试驿站·较远', reporterUserId: userIdFor(thief.openid), kind: 'other', amenity: null,
      note: '旧的', photo: fileID, suggestedLocation: null, state: 'rejected', history: [{ state: 'open', at: then, byUserId: null, note: null }],
      outcome: null, fixApplied: false, reporterNotification: null, reportedOn: '2026-10-01', createdAt: then, updatedAt: then,
    })
    const deletion = expectOk(await stack.call('users', 'deleteMyData', { confirmation: DELETE_MY_DATA_CONFIRMATION }, { as: thief }))
    expect(deletion.filesDeleted).toBe(0)
    expect(stack.emulator.storage.read(fileID)?.content.toString()).toBe('the owner’s photo')
  })

  it('exports a link to show the reporter’s own photo, and none to a photo of someone else’s their record points at', async () => {
    const owner = { openid: 'o-export-photo-owner' }
    const other = { openid: 'o-export-photo-other' }
    const { folder } = expectOk(await stack.call('users', 'getUploadFolder', { area: 'station-reports' }, { as: owner }))
    const { fileID } = await stack.app.uploadFile({ cloudPath: `${folder}2026-11/sign.jpg`, fileContent: Buffer.from('a sign') })
    expectOk(await stack.call('stations', 'reportProblem', { stationId: 't-far', kind: 'other', note: '牌子倒了', photo: fileID }, { as: owner }))
    const mine = expectOk(await stack.call('users', 'exportMyData', {}, { as: owner }))
    expect(mine.fileLinks?.[fileID]).toEqual(expect.stringMatching(/^https?:\/\//))

    const then = new Date('2026-10-01T02:00:00Z')
    await stack.db.collection('station_feedback').add({
      _id: 'r-points-at-another', stationId: 't-far', stationName: '测试驿站·较远', reporterUserId: userIdFor(other.openid), kind: 'other', amenity: null,
      note: '旧的', photo: fileID, suggestedLocation: null, state: 'rejected', history: [{ state: 'open', at: then, byUserId: null, note: null }],
      outcome: null, fixApplied: false, reporterNotification: null, reportedOn: '2026-10-01', createdAt: then, updatedAt: then,
    })
    expectOk(await stack.call('users', 'getMe', {}, { as: other }))
    const theirs = expectOk(await stack.call('users', 'exportMyData', {}, { as: other }))
    expect(theirs.records.station_feedback).toHaveLength(1)
    expect(theirs.fileLinks ?? {}).toEqual({})
  })

  it('lets nobody replace the photo a worker uploaded from the mini-program, under the shipped storage rules', async () => {
    const owner = { openid: 'o-photo-uploader' }
    const { folder } = expectOk(await stack.call('users', 'getUploadFolder', { area: 'station-reports' }, { as: owner }))
    const clientUpload = (openid: string, bytes: string) =>
      fetch(`${stack.emulator.origin}/client/storage/upload`, {
        method: 'POST',
        headers: { 'content-type': 'image/jpeg', 'X-WX-OPENID': openid, 'X-Cloud-Path': encodeURIComponent(`${folder}2026-11/door.jpg`) },
        body: bytes,
      })
    const uploaded = await clientUpload(owner.openid, 'a locked door')
    const { fileID } = (await uploaded.json()) as { fileID: string }
    expect(uploaded.status).toBe(200)

    expect((await clientUpload('o-photo-vandal', 'something else entirely')).status).toBe(403)
    expect(stack.emulator.storage.read(fileID)?.content.toString()).toBe('a locked door')
  })

  it('lets staff verify and resolve a report, fixing the station and telling the reporter in 消息', async () => {
    const [report] = expectOk(await stack.call('stations', 'listMyReports', {}, { as: reporter })).items.filter(item => item.kind === 'closed')
    if (report === undefined) throw new Error('the closed report is missing')
    const queue = expectOk(await stack.call('stations', 'listReports', { states: ['open'] }, { as: asStaff }))
    expect(queue.items.map(item => item.id)).toContain(report.id)

    expectError(await stack.call('stations', 'reviewReport', { reportId: report.id, to: 'resolved' }, { as: asStaff }), 'STATIONS.REPORT_STATE_CHANGED')
    const verified = expectOk(await stack.call('stations', 'reviewReport', { reportId: report.id, to: 'verified' }, { as: asStaff }))
    expect(verified.state).toBe('verified')
    const resolved = expectOk(await stack.call('stations', 'reviewReport', { reportId: report.id, to: 'resolved', applyFix: true, note: '已联系站点，暂停开放' }, { as: asStaff }))
    // The reporter reads staff's words and what was done to the station.
    const told = '已联系站点，暂停开放。驿站已标记为暂停开放。'
    expect(resolved).toMatchObject({ state: 'resolved', fixApplied: true, outcome: told, reporterNotification: 'inbox' })
    expect(resolved.history.map(entry => entry.state)).toEqual(['open', 'verified', 'resolved'])

    const station = expectOk(await stack.call('stations', 'getStation', { stationId: 't-near' }, { as: reporter }))
    expect(station.status).toBe('closed')
    expect(station.lastVerifiedOn).toBe(shanghaiDateKey(new Date()))
    expect(station.myReports.find(item => item.id === report.id)).toMatchObject({ state: 'resolved', outcome: told })
    const [stored] = stack.emulator.database.find('station_feedback', { _id: report.id })
    expect(stored?.reporterNotification).toMatchObject({ channel: 'inbox', outcome: 'resolved' })
    const [message] = stack.emulator.database.find('inbox', { userId: userIdFor(reporter.openid) })
    expect(message?.lines).toContainEqual({ label: '处理说明', value: told })
    expectError(await stack.call('stations', 'reviewReport', { reportId: report.id, to: 'rejected' }, { as: asStaff }), 'STATIONS.REPORT_STATE_CHANGED')
  })

  it('takes a missing amenity off the station and moves a wrongly placed one', async () => {
    const worker = { openid: 'o-amenity-reporter' }
    const missing = expectOk(await stack.call('stations', 'reportProblem', { stationId: 't-open-by-hours', kind: 'missing-amenity', amenity: 'charging' }, { as: worker }))
    const place = { lng: 112.401, lat: 30.2541 }
    const moved = expectOk(await stack.call('stations', 'reportProblem', { stationId: 't-open-by-hours', kind: 'wrong-location', suggestedLocation: place }, { as: worker }))
    for (const report of [missing, moved]) {
      expectOk(await stack.call('stations', 'reviewReport', { reportId: report.id, to: 'verified' }, { as: asStaff }))
      expectOk(await stack.call('stations', 'reviewReport', { reportId: report.id, to: 'resolved', applyFix: true }, { as: asStaff }))
    }
    const station = expectOk(await stack.call('stations', 'getStation', { stationId: 't-open-by-hours' }, { as: worker }))
    expect(station.amenities).toEqual(['water'])
    expect(station.location).toEqual(place)
  })

  it('leaves the amenity alone when staff resolve a missing-amenity report without choosing to remove it, and says so truthfully either way', async () => {
    const worker = { openid: 'o-microwave-reporter' }
    const repaired = expectOk(await stack.call('stations', 'reportProblem', { stationId: 't-open-by-hours', kind: 'missing-amenity', amenity: 'water', note: '饮水机坏了' }, { as: worker }))
    expectOk(await stack.call('stations', 'reviewReport', { reportId: repaired.id, to: 'verified' }, { as: asStaff }))
    const fixed = expectOk(await stack.call('stations', 'reviewReport', { reportId: repaired.id, to: 'resolved', note: '饮水机已修好' }, { as: asStaff }))
    expect(fixed).toMatchObject({ fixApplied: false, outcome: '饮水机已修好' })
    expect(expectOk(await stack.call('stations', 'getStation', { stationId: 't-open-by-hours' }, { as: worker })).amenities).toContain('water')

    const gone = expectOk(await stack.call('stations', 'reportProblem', { stationId: 't-open-by-hours', kind: 'missing-amenity', amenity: 'water', note: '饮水机搬走了' }, { as: { openid: 'o-water-gone' } }))
    expectOk(await stack.call('stations', 'reviewReport', { reportId: gone.id, to: 'verified' }, { as: asStaff }))
    const removed = expectOk(await stack.call('stations', 'reviewReport', { reportId: gone.id, to: 'resolved', applyFix: true, note: '饮水机确实没有了' }, { as: asStaff }))
    expect(removed).toMatchObject({ fixApplied: true, outcome: '饮水机确实没有了。驿站设施中已去掉“饮水”。' })
    expect(expectOk(await stack.call('stations', 'getStation', { stationId: 't-open-by-hours' }, { as: worker })).amenities).not.toContain('water')
    const [message] = stack.emulator.database.find('inbox', { userId: userIdFor('o-water-gone') })
    expect(message?.lines).toContainEqual({ label: '处理说明', value: '饮水机确实没有了。驿站设施中已去掉“饮水”。' })
  })

  it('says there is nothing to fix automatically for 其他', async () => {
    const report = expectOk(await stack.call('stations', 'reportProblem', { stationId: 't-far', kind: 'other', note: '门牌被挡住了' }, { as: reporter }))
    expectOk(await stack.call('stations', 'reviewReport', { reportId: report.id, to: 'verified' }, { as: asStaff }))
    expectError(await stack.call('stations', 'reviewReport', { reportId: report.id, to: 'resolved', applyFix: true }, { as: asStaff }), 'STATIONS.NO_FIX_FOR_REPORT')
    expect(expectOk(await stack.call('stations', 'reviewReport', { reportId: report.id, to: 'resolved' }, { as: asStaff })).outcome).toContain('已处理')
  })

  it('lets exactly one of two staff members settle the same report, however their writes interleave', async () => {
    // Several rounds, each a fresh report and reporter: the interleavings differ from round to round (both
    // settlements also write the reporter's message, under one id), and every one must end the same way.
    for (let round = 0; round < 8; round++) {
      const report = expectOk(await stack.call('stations', 'reportProblem', { stationId: 't-shut-by-hours', kind: 'other', note: `灯坏了 ${round}` }, { as: { openid: `o-race-reporter-${round}` } }))
      expectOk(await stack.call('stations', 'reviewReport', { reportId: report.id, to: 'verified' }, { as: asStaff }))
      // Both settle it from 已核实: whichever commits second finds it settled, in whatever order they run.
      const answers = await Promise.all([
        stack.call('stations', 'reviewReport', { reportId: report.id, to: 'rejected' }, { as: asStaff }),
        stack.call('stations', 'reviewReport', { reportId: report.id, to: 'resolved' }, { as: asAdmin }),
      ])
      expect(answers.filter(answer => answer.ok)).toHaveLength(1)
      expect(answers.filter(answer => !answer.ok && answer.error.code === 'STATIONS.REPORT_STATE_CHANGED')).toHaveLength(1)
    }
  })

  it('keeps a report for staff but forgets its reporter and their words when the reporter deletes their data', async () => {
    const leaver = { openid: 'o-leaving-reporter' }
    const report = expectOk(await stack.call('stations', 'reportProblem', { stationId: 't-exception', kind: 'closed', note: '我是张三，电话 138…' }, { as: leaver }))
    const exported = expectOk(await stack.call('users', 'exportMyData', {}, { as: leaver }))
    expect(exported.records.station_feedback).toHaveLength(1)
    expectOk(await stack.call('users', 'deleteMyData', { confirmation: DELETE_MY_DATA_CONFIRMATION }, { as: leaver }))
    const staffView = expectOk(await stack.call('stations', 'getReport', { reportId: report.id }, { as: asStaff }))
    expect(staffView).toMatchObject({ kind: 'closed', stationId: 't-exception', reporterUserId: null, note: null })
  })

  it('leaves nothing of a reporter who deleted their data that still recognises or holds them back', async () => {
    const leaver = { openid: 'o-reporter-who-comes-back' }
    const userId = userIdFor(leaver.openid)
    const first = expectOk(await stack.call('stations', 'reportProblem', { stationId: 't-far', kind: 'wrong-location', note: '在马路对面' }, { as: leaver, requestId: 'leaver-report-0001' }))
    expect(stack.emulator.database.find('idempotency_keys', { userId })).toHaveLength(1)
    expectOk(await stack.call('users', 'deleteMyData', { confirmation: DELETE_MY_DATA_CONFIRMATION }, { as: leaver }))
    // The replay answer repeated their note; it goes with the rest.
    expect(stack.emulator.database.find('idempotency_keys', { userId })).toHaveLength(0)

    const [kept] = stack.emulator.database.find('station_feedback', { _id: first.id })
    expect(kept).toMatchObject({ kind: 'wrong-location', reporterUserId: null })
    const stored = JSON.stringify(kept)
    expect(stored).not.toContain(userId)
    expect(Object.keys(kept ?? {})).not.toContain('reporterKey')

    // The same person reporting the same thing the same day is a new report, not a duplicate of the forgotten one.
    const again = expectOk(await stack.call('stations', 'reportProblem', { stationId: 't-far', kind: 'wrong-location', note: '在马路对面' }, { as: leaver }))
    expect(again.id).not.toBe(first.id)
  })

  it('exports a report’s history saying who acted in words, never a staff member’s id', async () => {
    const worker = { openid: 'o-reporter-exporting' }
    const report = expectOk(await stack.call('stations', 'reportProblem', { stationId: 't-far', kind: 'missing-amenity', amenity: 'water' }, { as: worker }))
    expectOk(await stack.call('stations', 'reviewReport', { reportId: report.id, to: 'verified', note: '确实没水' }, { as: asStaff }))
    expectOk(await stack.call('stations', 'reviewReport', { reportId: report.id, to: 'resolved' }, { as: asAdmin }))

    const exported = expectOk(await stack.call('users', 'exportMyData', {}, { as: worker }))
    const text = JSON.stringify(exported)
    for (const other of ['demo-staff', 'demo-admin']) expect(text).not.toContain(userIdFor(other))
    expect(text).not.toContain('byUserId')
    const [record] = exported.records.station_feedback ?? []
    expect(record?.history).toEqual([
      expect.objectContaining({ state: 'open', by: '本人' }),
      expect.objectContaining({ state: 'verified', by: '工作人员', note: '确实没水' }),
      expect.objectContaining({ state: 'resolved', by: '工作人员' }),
    ])
    expect(record).not.toHaveProperty('reporterKey')
  })
})

describe('stations: the catalogue is data', () => {
  it('follows a catalogue edited in the database, on station pages and on reports', async () => {
    const fresh = await startTestStack()
    try {
      await fresh.db.collection('amenity_catalogue').add([
        { _id: 'water', order: 0, label: '饮水', icon: 'water', description: '饮用水' },
        { _id: 'sauna', order: 1, label: '桑拿', icon: 'steam', description: '汗蒸' },
      ])
      const created: StationDetail = expectOk(await fresh.call('stations', 'createStation', { station: newStation('SAUNA-1', { amenities: ['sauna'] }), verifiedToday: false }, { as: asStaff }))
      expect(created.catalogue.map(amenity => amenity.label)).toEqual(['饮水', '桑拿'])
      expectError(await fresh.call('stations', 'createStation', { station: newStation('SAUNA-2', { amenities: ['toilet'] }), verifiedToday: false }, { as: asStaff }), 'STATIONS.UNKNOWN_AMENITY')

      // Reports come with the same catalogue, so every screen words 桑拿 the city's way.
      const reporter = { openid: 'o-sauna-reporter' }
      const report = expectOk(await fresh.call('stations', 'reportProblem', { stationId: created.id, kind: 'missing-amenity', amenity: 'sauna' }, { as: reporter }))
      const labels = (catalogue: readonly { readonly label: string }[]) => catalogue.map(amenity => amenity.label)
      expect(labels(expectOk(await fresh.call('stations', 'listMyReports', {}, { as: reporter })).catalogue)).toEqual(['饮水', '桑拿'])
      expect(labels(expectOk(await fresh.call('stations', 'listReports', { states: ['open'] }, { as: asStaff })).catalogue)).toEqual(['饮水', '桑拿'])
      expect(labels(expectOk(await fresh.call('stations', 'getReport', { reportId: report.id }, { as: asStaff })).catalogue)).toEqual(['饮水', '桑拿'])
      expect(labels(expectOk(await fresh.call('stations', 'reviewReport', { reportId: report.id, to: 'verified' }, { as: asStaff })).catalogue)).toEqual(['饮水', '桑拿'])
    } finally {
      await fresh.stop()
    }
  })

  it('pages the city list for a city of more than 500 stations', async () => {
    const fresh = await startTestStack()
    try {
      const now = new Date()
      const entries = Array.from({ length: 1040 }, (_, index) => ({ id: `p-${String(index).padStart(4, '0')}`, fields: fields(`分页驿站 ${index}`, index) }))
      await stationsRepository(fresh.db).insertMany(entries.slice(0, 520), now)
      await stationsRepository(fresh.db).insertMany(entries.slice(520), now)
      const ids: string[] = []
      let cursor: string | undefined
      let pages = 0
      do {
        const page = expectOk(await fresh.call('stations', 'listCity', cursor === undefined ? {} : { cursor }, { as: asWorker }))
        ids.push(...page.items.map(item => item.id))
        cursor = page.nextCursor ?? undefined
        pages += 1
      } while (cursor !== undefined)
      expect(pages).toBe(3)
      expect(ids).toEqual(entries.map(entry => entry.id))
    } finally {
      await fresh.stop()
    }
  })
})

/** A minimal XLSX workbook (one sheet of inline strings), as Excel's own files are laid out. */
function xlsxOf(rows: readonly (readonly string[])[]): Buffer {
  const column = (index: number) => String.fromCharCode(65 + index)
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  const sheetRows = rows
    .map((row, r) => `<row r="${r + 1}">${row.map((cell, c) => `<c r="${column(c)}${r + 1}" t="inlineStr"><is><t>${escape(cell)}</t></is></c>`).join('')}</row>`)
    .join('')
  const files: Record<string, string> = {
    '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    '_rels/.rels': '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    'xl/workbook.xml': '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="驿站" sheetId="1" r:id="rId1"/></sheets></workbook>',
    'xl/_rels/workbook.xml.rels': '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    'xl/worksheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetRows}</sheetData></worksheet>`,
  }
  return Buffer.from(zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)]))))
}

describe('stations: importing a city register', () => {
  let fresh: TestStack

  beforeAll(async () => {
    fresh = await startTestStack()
  })

  afterAll(async () => {
    await fresh.stop()
  })

  const sample = join(__dirname, '..', '..', 'scripts', 'fixtures', 'stations-sample.csv')

  async function importSample(dryRun: boolean) {
    const reading = await readSheetFile(sample)
    if (!reading.ok) throw new Error(reading.reason)
    const report = await importStationRecords(fresh.db, reading.records, { crs: 'wgs84', dryRun })
    if ('ok' in report) throw new Error(report.reason)
    return report
  }

  it('reports what a dry run would do and writes nothing', async () => {
    const before = fresh.snapshot()
    const report = await importSample(true)
    expect(report).toMatchObject({ accepted: 6, updated: 0, unchanged: 0 })
    expect(fresh.snapshot()).toBe(before)
  })

  it('imports the good rows converted to GCJ-02 and names each rejected row with its reasons', async () => {
    const report = await importSample(false)
    expect(report.accepted).toBe(6)
    expect(formatImportReport(report, false).split('\n')).toEqual([
      'accepted 6, updated 0, unchanged 0, rejected 5',
      'line 8: 经度"abc"不是数字',
      'line 9: 纬度"112.25"超出范围，经度和纬度可能填反了',
      'line 10: 缺少名称',
      'line 11: 与第 2 行是同一个驿站（编号或名称加地址相同），第 11 行未导入',
      'line 12: 坐标不在中国境内（126.98, 37.57）',
    ])
    const [stored] = fresh.emulator.database.find('stations', { _id: 'c-JZ-SS-101' })
    const expected = toGcj02({ lng: 112.24312, lat: 30.32088 }, 'wgs84')
    expect(stored?.location).toEqual({ type: 'Point', coordinates: [expected.lng, expected.lat] })
    expect(fresh.emulator.database.find('stations', { name: '首尔的驿站' })).toHaveLength(0)
  })

  it('changes nothing when the same file is imported again, and keeps what staff changed', async () => {
    expectOk(await fresh.call('stations', 'setStationStatus', { stationId: 'c-JZ-SS-102', status: 'closed' }, { as: asStaff }))
    // A station stored before name search existed has no search terms; importing the register again gives it them.
    await fresh.db.collection('stations').doc('c-JZ-SS-101').update({ searchTerms: fresh.db.command.remove() })
    const report = await importSample(false)
    expect(report).toMatchObject({ accepted: 0, updated: 0, unchanged: 6 })
    expect(fresh.emulator.database.find('stations', { _id: 'c-JZ-SS-101' })[0]?.searchTerms).toEqual(expect.arrayContaining(['环卫', '驿站']))
    expect(fresh.emulator.database.find('stations', {})).toHaveLength(6)
    expect(fresh.emulator.database.find('stations', { _id: 'c-JZ-SS-102' })[0]?.status).toBe('closed')
  })

  it('reads an XLSX sheet and updates a station whose row changed', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'stations-import-')), 'register.xlsx')
    writeFileSync(path, xlsxOf([
      ['编号', '名称', '地址', '经度', '纬度', '开放时间', '设施'],
      ['JZ-SS-101', '沙市区江汉北路环卫驿站', '荆州市沙市区江汉北路 12 号', '112.24312', '30.32088', '24小时', '饮水、如厕'],
      ['', '', '', '', '', '', ''],
      ['JZ-SS-201', '沙市区新驿站', '荆州市沙市区新路 1 号', '112.25', '30.31', '每天 8:00-18:00', '饮水'],
    ]))
    const reading = await readSheetFile(path)
    if (!reading.ok) throw new Error(reading.reason)
    const report = await importStationRecords(fresh.db, reading.records, { crs: 'wgs84', dryRun: false })
    if ('ok' in report) throw new Error(report.reason)
    expect(report).toMatchObject({ accepted: 1, updated: 1, unchanged: 0, rejected: [] })
    const [updated] = fresh.emulator.database.find('stations', { _id: 'c-JZ-SS-101' })
    expect(updated).toMatchObject({ hours: { kind: 'always' }, amenities: ['water', 'toilet'], version: 2 })
  })
})
