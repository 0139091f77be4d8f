import * as v from 'valibot'
import { amenityCatalogueSchema, DEFAULT_AMENITY_CATALOGUE, type AmenityCatalogue } from '../../src/domain/stations/amenities'
import {
  buildHolidayCalendar,
  CHINA_HOLIDAY_PERIODS,
  holidayPeriodSchema,
  type HolidayCalendar,
  type HolidayPeriod,
} from '../../src/domain/stations/holiday-calendar'
import type { Logger } from '../runtime/logger'
import type { StationSettingsRepository } from './station-settings-repository'

/** The data the stations feature runs on that staff may change without a release. */
export interface StationSettings {
  readonly catalogue: AmenityCatalogue
  readonly holidayPeriods: readonly HolidayPeriod[]
  readonly calendar: HolidayCalendar
}

/** A warm function instance re-reads the settings at most this often. */
const CACHE_MS = 5 * 60_000

function checkedCatalogue(stored: unknown, log: Logger): AmenityCatalogue {
  if (Array.isArray(stored) && stored.length === 0) return DEFAULT_AMENITY_CATALOGUE
  const parsed = v.safeParse(amenityCatalogueSchema, stored)
  if (parsed.success) return parsed.output
  // A broken edit must not take the stations tab down for everyone: say so loudly and carry on.
  log.error('amenity_catalogue_invalid', { issue: parsed.issues[0]?.message ?? 'unknown' })
  return DEFAULT_AMENITY_CATALOGUE
}

function checkedPeriods(stored: readonly unknown[], log: Logger): HolidayPeriod[] {
  if (stored.length === 0) return [...CHINA_HOLIDAY_PERIODS]
  const periods: HolidayPeriod[] = []
  for (const entry of stored) {
    const parsed = v.safeParse(holidayPeriodSchema, entry)
    if (parsed.success) periods.push(parsed.output)
    else log.error('holiday_period_invalid', { issue: parsed.issues[0]?.message ?? 'unknown' })
  }
  return periods
}

function calendarOf(periods: readonly HolidayPeriod[], log: Logger): HolidayCalendar {
  try {
    return buildHolidayCalendar(periods)
  } catch (error) {
    log.error('holiday_calendar_invalid', { issue: error instanceof Error ? error.message : 'unknown' })
    return buildHolidayCalendar(CHINA_HOLIDAY_PERIODS)
  }
}

/**
 * Reads the amenity catalogue and the holiday calendar from the database, falling back to the
 * built-in defaults while the collections are empty, and keeps them for a few minutes.
 */
export function stationSettingsLoader(deps: { readonly repository: StationSettingsRepository; readonly now: () => Date }) {
  let cached: { readonly settings: StationSettings; readonly loadedAt: number } | null = null
  return async (log: Logger): Promise<StationSettings> => {
    const nowMs = deps.now().getTime()
    if (cached !== null && nowMs - cached.loadedAt < CACHE_MS) return cached.settings
    const [storedCatalogue, storedPeriods] = await Promise.all([deps.repository.catalogue(), deps.repository.holidayPeriods()])
    const holidayPeriods = checkedPeriods(storedPeriods, log)
    const settings: StationSettings = {
      catalogue: checkedCatalogue(storedCatalogue, log),
      holidayPeriods,
      calendar: calendarOf(holidayPeriods, log),
    }
    cached = { settings, loadedAt: nowMs }
    return settings
  }
}

export type LoadStationSettings = ReturnType<typeof stationSettingsLoader>
