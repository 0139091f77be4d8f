import * as v from 'valibot'
import { DEFAULT_LEGAL_AID_SETTINGS, legalAidSettingsSchema, type LegalAidSettings } from '../../src/domain/legal-aid/legal-aid-settings'
import { DEFAULT_LEGAL_SERVICES, type LegalService } from '../../src/domain/legal-aid/legal-services'
import { buildHolidayCalendar, CHINA_HOLIDAY_PERIODS, type HolidayCalendar, type HolidayPeriod } from '../../src/domain/stations/holiday-calendar'
import type { Logger } from '../runtime/logger'
import type { LegalConfigRepository } from './legal-config-repository'
import type { SettingsDocument } from './legal-documents'

/** The data the reception room runs on: its rules, its services, and the official holiday calendar. */
export interface LegalAidConfig {
  readonly settings: LegalAidSettings
  /** Every service, inactive ones included (old cases name them). */
  readonly services: readonly LegalService[]
  readonly calendar: HolidayCalendar
}

/** A warm function instance re-reads the configuration at most this often; its own saves take effect at once. */
const CACHE_MS = 60_000

function checkedSettings(stored: SettingsDocument | null, log: Logger): LegalAidSettings {
  if (stored === null) return DEFAULT_LEGAL_AID_SETTINGS
  const { _id: _ignoredId, updatedAt: _ignoredUpdatedAt, ...fields } = stored
  const parsed = v.safeParse(legalAidSettingsSchema, fields)
  if (parsed.success) return parsed.output
  // A broken edit must not stop bookings: say so loudly and carry on with the defaults.
  log.error('legal_settings_invalid', { issue: parsed.issues[0]?.message ?? 'unknown' })
  return DEFAULT_LEGAL_AID_SETTINGS
}

function calendarOf(periods: readonly HolidayPeriod[], log: Logger): HolidayCalendar {
  try {
    return buildHolidayCalendar(periods.length === 0 ? CHINA_HOLIDAY_PERIODS : periods)
  } catch (error) {
    log.error('holiday_calendar_invalid', { issue: error instanceof Error ? error.message : 'unknown' })
    return buildHolidayCalendar(CHINA_HOLIDAY_PERIODS)
  }
}

export interface LegalAidConfigLoader {
  (log: Logger): Promise<LegalAidConfig>
  /** Forgets the cached configuration (after this instance saved a change). */
  invalidate(): void
}

export function legalAidConfigLoader(deps: {
  readonly repository: LegalConfigRepository
  readonly holidayPeriods: () => Promise<HolidayPeriod[]>
  readonly now: () => Date
}): LegalAidConfigLoader {
  let cached: { readonly config: LegalAidConfig; readonly loadedAt: number } | null = null
  const load = async (log: Logger): Promise<LegalAidConfig> => {
    const nowMs = deps.now().getTime()
    if (cached !== null && nowMs - cached.loadedAt < CACHE_MS) return cached.config
    const [stored, services, periods] = await Promise.all([deps.repository.settings(), deps.repository.services(), deps.holidayPeriods()])
    const config: LegalAidConfig = {
      settings: checkedSettings(stored, log),
      services: services.length === 0 ? DEFAULT_LEGAL_SERVICES : services,
      calendar: calendarOf(periods, log),
    }
    cached = { config, loadedAt: nowMs }
    return config
  }
  return Object.assign(load, {
    invalidate: () => {
      cached = null
    },
  })
}
