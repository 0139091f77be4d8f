import type { LngLat } from '../geo/lng-lat'
import { sortByDistance } from '../geo/nearest-first'
import type { HolidayCalendar } from './holiday-calendar'
import type { NearbyCandidate, NearbyResult } from './nearby-query'
import { openingStatus } from './opening-hours'

/** How far a name or address search looks: a city and its outskirts, never the whole country. */
export const STATION_SEARCH_RADIUS_METERS = 50_000

/** Longest query a person can type: a station name or a street and number. */
export const STATION_QUERY_MAX_LENGTH = 20

/** A query asks the database for at most this many terms; the check on the text does the rest. */
const MAX_QUERY_TERMS = 8

/** Spaces and the punctuation of names and addresses (after NFKC, full-width ones are ASCII). */
const SEPARATORS = /[\s!-/:-@[-`{-~、。·・《》「」『』【】〔〕—…‘’“”]+/

/**
 * The words of a text as search compares them: full-width folded (ＡＢ１ → ab1), lower case, split at
 * spaces and punctuation (沙市区·北京路 → 沙市区, 北京路).
 */
function words(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(SEPARATORS)
    .filter(word => word !== '')
}

/** A name or address as one run of its words, so 88号 matches 88 号 and a query never spans name and address. */
function compact(text: string): string {
  return words(text).join('')
}

function pairs(word: string): string[] {
  const chars = Array.from(word)
  return chars.length === 1 ? chars : chars.slice(0, -1).map((char, index) => `${char}${chars[index + 1] ?? ''}`)
}

/**
 * What a station's `searchTerms` index holds: every character and every pair of neighbouring
 * characters of its name and address (北京路 → 北, 京, 路, 北京, 京路). Any query of two or more
 * characters is then a conjunction of pairs the station must hold, without a dictionary, so
 * 环卫 finds 沙市区环卫所 and 北京 finds 北京东路 88 号.
 */
export function stationSearchTerms(name: string, address: string): string[] {
  const terms = new Set<string>()
  for (const word of [compact(name), compact(address)]) {
    for (const char of Array.from(word)) terms.add(char)
    for (const pair of pairs(word)) terms.add(pair)
  }
  return [...terms]
}

/** The terms a station must hold to match `query`, for `searchTerms: _.all(terms)`; null when there is nothing to look for. */
export function stationQueryTerms(query: string): string[] | null {
  const terms = [...new Set(words(query).flatMap(pairs))].slice(0, MAX_QUERY_TERMS)
  return terms.length === 0 ? null : terms
}

/** True when every word of the query is in the station's name or address (holding the pairs is not enough). */
export function matchesStationQuery(station: { readonly name: string; readonly address: string }, query: string): boolean {
  const parts = words(query)
  const haystack = `${compact(station.name)}\n${compact(station.address)}`
  return parts.length > 0 && parts.every(part => haystack.includes(part))
}

/**
 * The same search over the phone's copy of the city, with no signal: matching stations within
 * {@link STATION_SEARCH_RADIUS_METERS}, nearest first, each with its opening status at `now`.
 */
export function searchOffline<T extends NearbyCandidate & { readonly name: string; readonly address: string }>(
  stations: readonly T[],
  query: string,
  origin: LngLat,
  now: Date,
  calendar: HolidayCalendar,
  limit: number,
): NearbyResult<T>[] {
  const found = stations.filter(station => matchesStationQuery(station, query))
  return sortByDistance(found, origin)
    .filter(({ distanceMeters }) => distanceMeters <= STATION_SEARCH_RADIUS_METERS)
    .slice(0, limit)
    .map(({ item, distanceMeters }) => ({ station: item, distanceMeters, opening: openingStatus(item.hours, now, calendar, { status: item.status }) }))
}
