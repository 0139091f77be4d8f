import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import {
  amenityCatalogueSchema,
  amenityListSchema,
  DEFAULT_AMENITY_CATALOGUE,
  findAmenity,
  matchesAmenities,
  resolveAmenityWord,
  unknownAmenityKeys,
} from './amenities'

describe('the amenity catalogue', () => {
  it('offers the 七个一 basics and the extras, each with a label, icon and description', () => {
    expect(DEFAULT_AMENITY_CATALOGUE.map((amenity) => amenity.key)).toEqual(
      expect.arrayContaining(['water', 'hot-meal', 'rest', 'charging', 'toilet', 'first-aid', 'heating-cooling', 'battery-swap', 'nursing', 'aed', 'wifi', 'repair']),
    )
    expect(findAmenity(DEFAULT_AMENITY_CATALOGUE, 'hot-meal')).toMatchObject({ label: '热饭', icon: 'microwave' })
  })

  it('is valid by the catalogue schema', () => {
    expect(v.is(amenityCatalogueSchema, DEFAULT_AMENITY_CATALOGUE)).toBe(true)
  })

  it('refuses a catalogue with a repeated key or a repeated word', () => {
    const water = { key: 'water', label: '饮水', icon: 'water', description: '' }
    expect(v.is(amenityCatalogueSchema, [water, { ...water, label: '喝水' }])).toBe(false)
    expect(v.is(amenityCatalogueSchema, [water, { ...water, key: 'drink' }])).toBe(false)
    expect(v.is(amenityCatalogueSchema, [water, { key: 'drink', label: '喝水', icon: 'water', description: '', aliases: ['饮水'] }])).toBe(false)
  })

  it('refuses keys that are not lower-case words joined by hyphens', () => {
    expect(v.is(amenityCatalogueSchema, [{ key: 'Hot Meal', label: '热饭', icon: 'microwave', description: '' }])).toBe(false)
  })
})

describe('matching amenities', () => {
  it('matches a station offering every required amenity', () => {
    expect(matchesAmenities(['water', 'toilet', 'charging'], ['toilet', 'water'])).toBe(true)
  })

  it('does not match when one required amenity is missing', () => {
    expect(matchesAmenities(['water', 'charging'], ['toilet', 'water'])).toBe(false)
  })

  it('matches everything when nothing is required', () => {
    expect(matchesAmenities([], [])).toBe(true)
  })
})

describe('amenity keys against a catalogue', () => {
  it('lists unknown keys once each', () => {
    expect(unknownAmenityKeys(DEFAULT_AMENITY_CATALOGUE, ['water', 'sauna', 'sauna', 'pool'])).toEqual(['sauna', 'pool'])
  })

  it('accepts a station list of known keys and refuses unknown or repeated ones', () => {
    const schema = amenityListSchema(DEFAULT_AMENITY_CATALOGUE)
    expect(v.is(schema, ['water', 'toilet'])).toBe(true)
    expect(v.is(schema, ['water', 'sauna'])).toBe(false)
    expect(v.is(schema, ['water', 'water'])).toBe(false)
  })

  it('follows a city’s own catalogue', () => {
    const schema = amenityListSchema([{ key: 'sauna', label: '桑拿', icon: 'steam', description: '' }])
    expect(v.is(schema, ['sauna'])).toBe(true)
    expect(v.is(schema, ['water'])).toBe(false)
  })

  it('resolves an import’s word by key, label or alias, whatever its width or case', () => {
    expect(resolveAmenityWord(DEFAULT_AMENITY_CATALOGUE, 'toilet')).toBe('toilet')
    expect(resolveAmenityWord(DEFAULT_AMENITY_CATALOGUE, '如厕')).toBe('toilet')
    expect(resolveAmenityWord(DEFAULT_AMENITY_CATALOGUE, '卫生间')).toBe('toilet')
    expect(resolveAmenityWord(DEFAULT_AMENITY_CATALOGUE, 'ＡＥＤ')).toBe('aed')
    expect(resolveAmenityWord(DEFAULT_AMENITY_CATALOGUE, 'wifi')).toBe('wifi')
    expect(resolveAmenityWord(DEFAULT_AMENITY_CATALOGUE, '桑拿')).toBeUndefined()
  })
})
