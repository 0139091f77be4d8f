import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { documentId } from '../contracts/payload-fields'
import { createStationPatchSchema, stationInputSchema, stationKey, stationPayloadSchema } from './station'
import { textDigest } from './text-digest'

const validStation = {
  code: 'HZ-GS-0012',
  name: '拱墅区环卫爱心驿站',
  address: '杭州市拱墅区湖墅南路 100 号',
  district: '拱墅区',
  location: { lng: 120.155, lat: 30.274 },
  phone: '0571 8765 4321',
  hours: { kind: 'always' },
  amenities: ['water', 'hot-meal', 'toilet'],
  standard: '七个一',
  photos: ['cloud://prod-1a2b.7072-prod-1a2b-1300000000/stations/hz-gs-0012/front.jpg'],
  status: 'active',
  lastVerifiedOn: '2026-03-01',
}

describe('a station as staff enter it', () => {
  it('accepts a complete station and stores the phone in canonical form', () => {
    const result = v.safeParse(stationInputSchema, validStation)
    expect(result.success).toBe(true)
    if (result.success) expect(result.output.phone).toBe('0571-87654321')
  })

  it('accepts a station without the optional fields', () => {
    const { code: _code, district: _district, phone: _phone, standard: _standard, lastVerifiedOn: _verified, ...required } = validStation
    expect(v.is(stationInputSchema, { ...required, photos: [] })).toBe(true)
  })

  it.each([
    ['a name over 40 characters', { name: '驿'.repeat(41) }],
    ['an empty name', { name: '   ' }],
    ['an address over 100 characters', { address: '路'.repeat(101) }],
    ['a district over 20 characters', { district: '区'.repeat(21) }],
    ['a location in Seoul', { location: { lng: 126.98, lat: 37.57 } }],
    ['swapped coordinates', { location: { lng: 30.274, lat: 120.155 } }],
    ['a bad phone number', { phone: '12345' }],
    ['an unknown amenity', { amenities: ['sauna'] }],
    ['a repeated amenity', { amenities: ['water', 'water'] }],
    ['ten photos', { photos: Array.from({ length: 10 }, (_, i) => `cloud://env.bucket/p${i}.jpg`) }],
    ['a photo that is not a storage file id', { photos: ['https://example.com/a.jpg'] }],
    ['a standard badge over 20 characters', { standard: '标'.repeat(21) }],
    ['an unknown status', { status: 'deleted' }],
    ['an impossible verification date', { lastVerifiedOn: '2026-02-30' }],
    ['a code with spaces', { code: 'HZ 0012' }],
    ['an unknown field', { rating: 5 }],
  ])('refuses %s', (_case, change) => {
    expect(v.is(stationInputSchema, { ...validStation, ...change })).toBe(false)
  })
})

describe('a staff edit of some fields', () => {
  const patchSchema = createStationPatchSchema()

  it('accepts a change to one field', () => {
    expect(v.is(patchSchema, { status: 'closed' })).toBe(true)
  })

  it('refuses an empty edit and checks the fields it has', () => {
    expect(v.is(patchSchema, {})).toBe(false)
    expect(v.is(patchSchema, { name: '' })).toBe(false)
  })
})

describe('the station upsert key', () => {
  it('uses the code when there is one, ignoring case', () => {
    expect(stationKey({ code: 'hz-gs-0012', name: 'A', address: 'B' })).toBe('c-HZ-GS-0012')
    expect(stationKey({ code: 'HZ-GS-0012', name: '改了名字', address: '搬了地址' })).toBe('c-HZ-GS-0012')
  })

  it('uses name and address when there is no code, ignoring spacing, width and punctuation', () => {
    const key = stationKey({ name: '拱墅区环卫爱心驿站', address: '杭州市拱墅区湖墅南路100号' })
    expect(stationKey({ code: '  ', name: ' 拱墅区 环卫爱心驿站 ', address: '杭州市拱墅区湖墅南路１００号。' })).toBe(key)
    expect(key).toMatch(/^n-[0-9a-f]{16}$/)
  })

  it('tells stations at different addresses apart', () => {
    expect(stationKey({ name: '环卫驿站', address: '湖墅南路100号' })).not.toBe(stationKey({ name: '环卫驿站', address: '湖墅南路101号' }))
  })

  it('does not let name and address run into each other', () => {
    expect(stationKey({ name: '驿站一', address: '号' })).not.toBe(stationKey({ name: '驿站', address: '一号' }))
  })

  it('is always a valid document id', () => {
    for (const row of [
      { code: 'HZ-GS-0012', name: '', address: '' },
      { code: '杭州001', name: '', address: '' },
      { name: '驿站', address: '地址' },
    ]) {
      expect(v.is(documentId, stationKey(row))).toBe(true)
    }
  })
})

describe('the text digest behind the key', () => {
  it('keeps its values, since changing them would re-key every imported station', () => {
    expect(textDigest('abc')).toBe('7a91f9f91ac18c8d')
    expect(textDigest('')).toBe('488bdcb81aee8d83')
    expect(textDigest('拱墅区环卫爱心驿站|杭州市拱墅区湖墅南路100号')).toBe('8cbe5afae3b9cead')
  })

  it('has no collisions over 200,000 station-like strings', () => {
    const seen = new Set<string>()
    for (let i = 0; i < 200_000; i++) seen.add(textDigest(`环卫驿站${i}|杭州市拱墅区${i % 977}号`))
    expect(seen.size).toBe(200_000)
  })
})

describe('a station payload at the function boundary', () => {
  it('accepts any well-formed amenity key, leaving the catalogue check to the function', () => {
    expect(v.is(stationPayloadSchema, { ...validStation, amenities: ['sauna'] })).toBe(true)
    expect(v.is(stationPayloadSchema, { ...validStation, amenities: ['Sauna!'] })).toBe(false)
    expect(v.is(stationPayloadSchema, { ...validStation, amenities: ['water', 'water'] })).toBe(false)
  })

  it('checks everything else as a staff edit is checked', () => {
    expect(v.is(stationPayloadSchema, { ...validStation, location: { lng: 126.98, lat: 37.57 } })).toBe(false)
  })
})
