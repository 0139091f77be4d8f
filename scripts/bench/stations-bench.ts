/**
 * `npm run bench stations`: the stations feature at national scale.
 *
 * 1. Nearest 20 stations within 3 km with an amenity filter, among 200,000 generated stations around
 *    50 Chinese cities, through the whole path a phone's request takes: client gateway → the built
 *    `stations` function → @cloudbase/node-sdk → emulator (2dsphere index). Target p50 ≤ 20 ms.
 * 2. The phone's offline ranking (`filterAndRankOffline`, `sortByDistance`) over a city's 6,000
 *    cached stations. Target: well under one frame (16 ms).
 */
import { join, resolve } from 'node:path'
import { startEmulator } from '../../emulator/src/emulator'
import type { StationSummary } from '../../src/domain/contracts/stations'
import { sortByDistance } from '../../src/domain/geo/nearest-first'
import { DEFAULT_AMENITY_CATALOGUE } from '../../src/domain/stations/amenities'
import { CHINA_HOLIDAY_CALENDAR } from '../../src/domain/stations/holiday-calendar'
import { filterAndRankOffline, type NearbyFilter } from '../../src/domain/stations/nearby-query'
import type { OpeningHours } from '../../src/domain/stations/opening-hours'
import { parseOpeningHoursText } from '../../src/domain/stations/opening-hours-text'
import { openSpans } from '../../src/domain/stations/open-spans'
import { buildFunctions } from '../build-functions'
import { gaussian, seededRandom } from '../seed/seeded-random'
import { formatMs as ms, percentiles } from './percentiles'

const root = resolve(__dirname, '..', '..')
const STATIONS = 200_000
const SEED_CHUNK = 10_000
const WARM_UP_CALLS = 30
const CALLS = 300
const CACHED_STATIONS = 6_000
const SORT_RUNS = 300
/** How many rows the 驿站 tab lists (src/features/stations/model/nearby-view.ts). */
const LIST_LIMIT = 50

/** City centres (GCJ-02, to a few hundred metres) the generated stations cluster around. */
const CITIES: readonly (readonly [string, number, number])[] = [
  ['北京', 116.407, 39.904], ['上海', 121.473, 31.230], ['广州', 113.264, 23.129], ['深圳', 114.057, 22.543], ['天津', 117.200, 39.084],
  ['重庆', 106.551, 29.563], ['成都', 104.066, 30.572], ['武汉', 114.305, 30.593], ['杭州', 120.155, 30.274], ['南京', 118.797, 32.060],
  ['西安', 108.940, 34.341], ['郑州', 113.625, 34.747], ['长沙', 112.939, 28.228], ['沈阳', 123.431, 41.806], ['青岛', 120.383, 36.067],
  ['济南', 117.121, 36.651], ['哈尔滨', 126.535, 45.803], ['长春', 125.324, 43.817], ['大连', 121.615, 38.914], ['厦门', 118.089, 24.480],
  ['福州', 119.297, 26.075], ['昆明', 102.833, 24.880], ['南宁', 108.366, 22.817], ['贵阳', 106.631, 26.647], ['合肥', 117.227, 31.821],
  ['南昌', 115.858, 28.683], ['太原', 112.549, 37.871], ['石家庄', 114.515, 38.042], ['呼和浩特', 111.749, 40.842], ['乌鲁木齐', 87.617, 43.826],
  ['兰州', 103.834, 36.061], ['西宁', 101.778, 36.617], ['银川', 106.231, 38.487], ['拉萨', 91.117, 29.647], ['海口', 110.199, 20.044],
  ['苏州', 120.585, 31.299], ['无锡', 120.312, 31.491], ['宁波', 121.550, 29.874], ['温州', 120.699, 27.994], ['东莞', 113.752, 23.021],
  ['佛山', 113.122, 23.021], ['泉州', 118.676, 24.874], ['烟台', 121.448, 37.464], ['徐州', 117.284, 34.205], ['洛阳', 112.454, 34.620],
  ['襄阳', 112.122, 32.009], ['宜昌', 111.287, 30.692], ['荆州', 112.240, 30.335], ['岳阳', 113.129, 29.357], ['赣州', 114.935, 25.831],
]

const HOURS_TEXTS = ['24小时', '每天 07:00-21:00', '周一至周五 8:30-17:30，节假日休息', '08:00-12:00,14:00-18:00', '每天 10:00-次日02:00', '周一至周六 08:00-18:00']


const HOURS: readonly OpeningHours[] = HOURS_TEXTS.map(text => {
  const parsed = parseOpeningHoursText(text)
  if (!parsed.ok) throw new Error(`bench hours "${text}": ${parsed.reason}`)
  return parsed.hours
})

/** A plausible station: most offer the basics, fewer the extras, one in 30 closed by staff. */
function generatedStation(random: () => number, index: number, around: readonly [string, number, number], spreadDegrees: number) {
  const [city, lng, lat] = around
  const amenities = DEFAULT_AMENITY_CATALOGUE.map(amenity => amenity.key).filter((_, position) => random() < (position < 7 ? 0.7 : 0.15))
  const hours = HOURS[Math.floor(random() * HOURS.length)] ?? { kind: 'always' }
  return {
    id: `b${index}`,
    name: `${city}职工驿站 ${index}`,
    location: { lng: lng + gaussian(random, spreadDegrees), lat: lat + gaussian(random, spreadDegrees) },
    amenities,
    hours,
    status: random() < 1 / 30 ? ('closed' as const) : ('active' as const),
  }
}

/**
 * Bundles the stations function into a folder of the bench's own (inside the repository, so Node
 * finds the SDK), so a build of dist/ elsewhere cannot change it mid-run.
 */
async function buildStationsFunction(): Promise<string> {
  const functionsDir = join(root, '.cache', 'stations-bench', 'functions')
  await buildFunctions(['stations'], functionsDir)
  return functionsDir
}

async function nearbyBench(): Promise<{ label: string; figure: string; target: string }[]> {
  process.stdout.write('building the stations function…\n')
  const functionsDir = await buildStationsFunction()
  const emulator = await startEmulator({
    inMemory: true,
    databaseConfig: join(root, 'database', 'collections.json'),
    functionsDir,
    cloudbaserc: join(root, 'cloudbaserc.json'),
    functionTimers: 'manual',
  })
  try {
    const random = seededRandom(2024)
    const now = new Date()
    const seedStart = performance.now()
    for (let from = 0; from < STATIONS; from += SEED_CHUNK) {
      const documents = []
      for (let index = from; index < Math.min(STATIONS, from + SEED_CHUNK); index += 1) {
        const station = generatedStation(random, index, CITIES[index % CITIES.length] ?? ['荆州', 112.24, 30.335], 0.08)
        documents.push({
          _id: station.id,
          code: null,
          name: station.name,
          address: `${station.name}地址`,
          district: null,
          location: { type: 'Point', coordinates: [station.location.lng, station.location.lat] },
          phone: null,
          hours: station.hours,
          amenities: station.amenities,
          standard: '七个一',
          photos: [],
          status: station.status,
          lastVerifiedOn: null,
          openSpans: openSpans(station.hours),
          version: 1,
          createdAt: now,
          updatedAt: now,
        })
      }
      await emulator.seed('stations', documents)
    }
    process.stdout.write(`seeded ${STATIONS.toLocaleString('en')} stations around ${CITIES.length} cities in ${((performance.now() - seedStart) / 1000).toFixed(1)} s\n`)

    const queryRandom = seededRandom(7)
    const origins = Array.from({ length: WARM_UP_CALLS + CALLS }, () => {
      const [, lng, lat] = CITIES[Math.floor(queryRandom() * CITIES.length)] ?? ['荆州', 112.24, 30.335]
      return { lng: lng + gaussian(queryRandom, 0.02), lat: lat + gaussian(queryRandom, 0.02) }
    })
    const call = async (origin: { lng: number; lat: number }, filter: NearbyFilter): Promise<number> => {
      const response = await fetch(`${emulator.origin}/client/functions/stations`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'X-WX-OPENID': 'bench-worker' },
        body: JSON.stringify({ action: 'nearby', payload: { origin, filter, limit: 20 } }),
      })
      const body = (await response.json()) as { result?: { ok?: boolean; data?: { items?: unknown[] } } }
      if (body.result?.ok !== true) throw new Error(`nearby failed: ${JSON.stringify(body).slice(0, 300)}`)
      return body.result.data?.items?.length ?? 0
    }
    const run = async (filter: NearbyFilter): Promise<{ p50: number; p99: number; meanItems: number }> => {
      for (const origin of origins.slice(0, WARM_UP_CALLS)) await call(origin, filter)
      const durations: number[] = []
      let items = 0
      for (const origin of origins.slice(WARM_UP_CALLS)) {
        const start = performance.now()
        items += await call(origin, filter)
        durations.push(performance.now() - start)
      }
      return { ...percentiles(durations), meanItems: items / CALLS }
    }
    const amenity = await run({ amenities: ['charging'], openNow: false, radiusMeters: 3000 })
    const openNow = await run({ amenities: ['charging'], openNow: true, radiusMeters: 3000 })
    return [
      { label: `nearby: 20 within 3 km, 充电 (${amenity.meanItems.toFixed(1)} found on average) p50`, figure: ms(amenity.p50), target: '≤ 20 ms' },
      { label: 'nearby: 20 within 3 km, 充电 p99', figure: ms(amenity.p99), target: '' },
      { label: `nearby: 20 within 3 km, 充电 + 营业中 (${openNow.meanItems.toFixed(1)} found) p50`, figure: ms(openNow.p50), target: '≤ 20 ms' },
      { label: 'nearby: 20 within 3 km, 充电 + 营业中 p99', figure: ms(openNow.p99), target: '' },
    ]
  } finally {
    await emulator.stop()
  }
}

function offlineBench(): { label: string; figure: string; target: string }[] {
  const random = seededRandom(99)
  const jingzhou: readonly [string, number, number] = ['荆州', 112.24, 30.335]
  const cached: StationSummary[] = Array.from({ length: CACHED_STATIONS }, (_, index) => {
    const station = generatedStation(random, index, jingzhou, 0.1)
    return {
      id: station.id,
      name: station.name,
      address: `${station.name}地址`,
      district: null,
      location: station.location,
      phone: null,
      hours: station.hours,
      amenities: station.amenities,
      status: station.status,
      standard: '七个一',
      lastVerifiedOn: null,
    }
  })
  const time = (work: (run: number) => void): { p50: number; p99: number } => {
    const durations: number[] = []
    for (let run = 0; run < SORT_RUNS; run += 1) {
      const start = performance.now()
      work(run)
      durations.push(performance.now() - start)
    }
    return percentiles(durations)
  }
  const origin = (run: number) => ({ lng: 112.24 + ((run % 17) - 8) * 0.003, lat: 30.335 + ((run % 13) - 6) * 0.003 })
  const now = new Date()
  const sort = time(run => sortByDistance(cached, origin(run)))
  const plain = time(run => filterAndRankOffline(cached, origin(run), { amenities: [], openNow: false, radiusMeters: 3000 }, now, CHINA_HOLIDAY_CALENDAR, LIST_LIMIT))
  const filtered = time(run => filterAndRankOffline(cached, origin(run), { amenities: ['charging'], openNow: true, radiusMeters: 3000 }, now, CHINA_HOLIDAY_CALENDAR, LIST_LIMIT))
  const wide = time(run => filterAndRankOffline(cached, origin(run), { amenities: [], openNow: false, radiusMeters: 10000 }, now, CHINA_HOLIDAY_CALENDAR, LIST_LIMIT))
  const everything = time(run => filterAndRankOffline(cached, origin(run), { amenities: [], openNow: false, radiusMeters: 10000 }, now, CHINA_HOLIDAY_CALENDAR))
  return [
    { label: `offline: sortByDistance over ${CACHED_STATIONS.toLocaleString('en')} p50 / p99`, figure: `${ms(sort.p50)} / ${ms(sort.p99)}`, target: '< 16 ms' },
    { label: `offline: filterAndRankOffline, 3 km, first ${LIST_LIMIT} p50 / p99`, figure: `${ms(plain.p50)} / ${ms(plain.p99)}`, target: '< 16 ms' },
    { label: `offline: filterAndRankOffline, 3 km, 充电 + 营业中, first ${LIST_LIMIT} p50 / p99`, figure: `${ms(filtered.p50)} / ${ms(filtered.p99)}`, target: '< 16 ms' },
    { label: `offline: filterAndRankOffline, 10 km, first ${LIST_LIMIT} p50 / p99`, figure: `${ms(wide.p50)} / ${ms(wide.p99)}`, target: '< 16 ms' },
    { label: 'offline: filterAndRankOffline, 10 km, every match (no limit) p50 / p99', figure: `${ms(everything.p50)} / ${ms(everything.p99)}`, target: '' },
  ]
}

async function main(): Promise<void> {
  process.env.TENCENTCLOUD = 'true'
  const rows = [...(await nearbyBench()), ...offlineBench()]
  const width = Math.max(...rows.map(row => row.label.length))
  process.stdout.write('\nstations bench (this machine; the phone figures are from Node, an old phone is several times slower)\n')
  for (const row of rows) process.stdout.write(`  ${row.label.padEnd(width)}  ${row.figure.padStart(18)}  ${row.target}\n`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
