import type { ErrorMessages } from '../../../lib/error-messages'

/**
 * Plain words for the bulletins function's codes. Codes left out (a duplicate issue, a rule the draft
 * breaks, a bulletin that cannot be edited) keep the function's own message, which names the issue or field.
 */
export const BULLETINS_ERROR_MESSAGES: ErrorMessages = {
  'BULLETINS.NOT_FOUND': '这篇资讯不存在或已经撤回',
  'BULLETINS.UNKNOWN_KIND': '没有这个栏目，请重新选择栏目',
  'BULLETINS.INVALID_CURSOR': '列表已经更新，请从头再看',
  'BULLETINS.INVALID_SYNONYMS': '近义词表有重复的词，请改好再保存',
  'BULLETINS.ALREADY_PUBLISHED': '这篇资讯已经发布了',
  'BULLETINS.NOT_PUBLISHED': '这篇资讯现在没有发布',
}
