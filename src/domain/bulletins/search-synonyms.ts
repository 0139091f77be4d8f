import * as v from 'valibot'

/**
 * Words that mean the same to the people searching: a worker types 讨薪 where the union writes 欠薪 or
 * 拖欠工资. A query holding any word of a group also looks for every other word of it. Data, not code:
 * these are the defaults a deployment starts with; staff change the groups in the `search_synonyms`
 * collection (one document per group), and the search reads them from there.
 */
export const DEFAULT_SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['讨薪', '欠薪', '拖欠工资', '讨要工资', '追讨工资', '工资拖欠'],
  ['工伤', '工伤认定', '工伤保险', '工伤赔偿'],
  ['劳动仲裁', '仲裁', '劳动争议'],
  ['法律援助', '法援', '法律咨询', '免费律师'],
  ['加班费', '加班工资'],
  ['辞退', '开除', '解除劳动合同'],
  ['高温补贴', '高温津贴', '防暑降温费'],
  ['社保', '社会保险', '养老保险', '医疗保险'],
  ['驿站', '爱心驿站', '休息点'],
  ['困难帮扶', '帮扶', '救助', '送温暖'],
]

/** The longest word of a group, in characters: a word, not a sentence. */
export const SYNONYM_WORD_MAX = 12
/** Words in one group at most: each one is another query the search runs. */
export const SYNONYM_GROUP_MAX = 8

/** Groups in the table at most: a short list of the words people use, not a thesaurus. */
export const SYNONYM_GROUPS_MAX = 100

/** One stored group: two or more words, each a short run of letters (checked when read, so a bad edit is skipped, not fatal). */
export const synonymGroupSchema = v.pipe(
  v.array(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(SYNONYM_WORD_MAX), v.regex(/^[\p{L}\p{N}]+$/u))),
  v.minLength(2),
  v.maxLength(SYNONYM_GROUP_MAX),
)
