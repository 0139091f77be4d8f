import * as v from 'valibot'
import { toHalfWidth } from './half-width'

/** A stable amenity key: lower-case letters, digits and hyphens (`hot-meal`). */
export const amenityKeySchema = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]{0,31}$/, '设施编码格式不正确'))

const amenitySchema = v.strictObject({
  key: amenityKeySchema,
  /** The word people see and say: 饮水, 热饭. */
  label: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(8)),
  /** An icon name the UI maps to an image; unknown names fall back to a generic icon there. */
  icon: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]{0,31}$/)),
  /** One plain sentence for the detail page and screen readers. */
  description: v.pipe(v.string(), v.maxLength(60)),
  /** Other words imports use for the same thing (热水, 卫生间), matched like the label. */
  aliases: v.optional(v.pipe(v.array(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(12))), v.maxLength(12))),
})

export type Amenity = v.InferOutput<typeof amenitySchema>

/** Schema for an amenity catalogue kept in configuration or the database: keys and words unique. */
export const amenityCatalogueSchema = v.pipe(
  v.array(amenitySchema),
  v.minLength(1),
  v.maxLength(50),
  v.check((list) => new Set(list.map((amenity) => amenity.key)).size === list.length, '设施编码不能重复'),
  v.check((list) => {
    const words = list.flatMap((amenity) => [amenity.label, ...(amenity.aliases ?? [])].map(matchWord))
    return new Set(words).size === words.length
  }, '设施名称或别名不能重复'),
)

export type AmenityCatalogue = readonly Amenity[]

/**
 * The amenities a 户外职工爱心驿站 commonly offers: the national 七个一 basics first, then extras
 * some stations add. Configuration, not code: a city replaces or extends it through the database.
 */
export const DEFAULT_AMENITY_CATALOGUE: AmenityCatalogue = [
  { key: 'water', label: '饮水', icon: 'water', description: '免费饮用水和热水', aliases: ['饮用水', '热水', '开水', '喝水'] },
  { key: 'hot-meal', label: '热饭', icon: 'microwave', description: '微波炉加热自带饭菜', aliases: ['微波炉', '加热', '热菜'] },
  { key: 'rest', label: '休息', icon: 'seat', description: '座椅歇脚', aliases: ['歇脚', '座椅', '休息区'] },
  { key: 'charging', label: '充电', icon: 'charging', description: '手机充电', aliases: ['手机充电', '充电器'] },
  { key: 'toilet', label: '如厕', icon: 'toilet', description: '可使用卫生间', aliases: ['厕所', '卫生间', '洗手间', '公厕'] },
  { key: 'first-aid', label: '药箱', icon: 'first-aid', description: '常用药品和急救包', aliases: ['医药箱', '急救包', '急救箱', '应急药箱'] },
  { key: 'heating-cooling', label: '冷暖', icon: 'thermometer', description: '夏天纳凉、冬天取暖', aliases: ['空调', '取暖', '纳凉', '避暑'] },
  { key: 'battery-swap', label: '换电', icon: 'battery', description: '电动车电池更换', aliases: ['换电柜', '电动车换电'] },
  { key: 'nursing', label: '母婴', icon: 'baby', description: '母婴室或哺乳区', aliases: ['母婴室', '哺乳室'] },
  { key: 'aed', label: 'AED', icon: 'heart-pulse', description: '自动体外除颤器：有人突然倒地、没了呼吸时用，开机后按语音提示做，同时打 120', aliases: ['除颤仪', '除颤器'] },
  { key: 'wifi', label: '无线网络', icon: 'wifi', description: '免费无线上网', aliases: ['WiFi', '无线网', '上网'] },
  { key: 'repair', label: '维修工具', icon: 'wrench', description: '打气筒和简单维修工具', aliases: ['打气', '打气筒', '维修'] },
  { key: 'reading', label: '阅读', icon: 'book', description: '书报阅读', aliases: ['书报', '图书', '读书角'] },
  { key: 'sewing', label: '针线', icon: 'needle', description: '针线包缝补衣物', aliases: ['针线包', '缝补'] },
]

/** How a word from a spreadsheet is compared: half-width, no spaces, case-insensitive (`Wi-Fi` ≠ `WiFi` stays). */
function matchWord(word: string): string {
  return toHalfWidth(word).replace(/\s+/g, '').toLowerCase()
}

/** The catalogue entry for a key, if the catalogue has it. */
export function findAmenity(catalogue: AmenityCatalogue, key: string): Amenity | undefined {
  return catalogue.find((amenity) => amenity.key === key)
}

/** True when the catalogue knows the key. */
export function isKnownAmenity(catalogue: AmenityCatalogue, key: string): boolean {
  return findAmenity(catalogue, key) !== undefined
}

/** The keys in `keys` that the catalogue does not know, in order and without repeats. */
export function unknownAmenityKeys(catalogue: AmenityCatalogue, keys: readonly string[]): string[] {
  return [...new Set(keys)].filter((key) => !isKnownAmenity(catalogue, key))
}

/** The key an import's word stands for: a key, a label or an alias, ignoring width, spaces and case. */
export function resolveAmenityWord(catalogue: AmenityCatalogue, word: string): string | undefined {
  const wanted = matchWord(word)
  const found = catalogue.find(
    (amenity) => matchWord(amenity.key) === wanted || [amenity.label, ...(amenity.aliases ?? [])].some((name) => matchWord(name) === wanted),
  )
  return found?.key
}

/** True when a station offers every amenity in `required` (and so for an empty `required`). */
export function matchesAmenities(stationAmenities: readonly string[], required: readonly string[]): boolean {
  if (required.length === 0) return true
  const offered = new Set(stationAmenities)
  return required.every((key) => offered.has(key))
}

/**
 * Schema for an amenity list whose keys are well formed and not repeated, before they are checked
 * against a catalogue: what a payload can be checked for at the boundary, since the catalogue
 * itself lives in the database.
 */
export const amenityKeyListSchema = v.pipe(
  v.array(amenityKeySchema),
  v.maxLength(30),
  v.check((keys) => new Set(keys).size === keys.length, '设施不能重复'),
)

/** Schema for a station's amenity list: known keys of `catalogue`, no repeats. */
export function amenityListSchema(catalogue: AmenityCatalogue) {
  return v.pipe(
    amenityKeyListSchema,
    v.check((keys) => unknownAmenityKeys(catalogue, keys).length === 0, '有未知的设施'),
  )
}
