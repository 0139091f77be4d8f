/**
 * What an admin's search on 用户与角色 asks for. 我的 shows each person their 用户编号 and tells them
 * to give it to staff, so a whole 用户编号 finds exactly that person, however it was pasted or read
 * out (spaces between the groups, capitals); four digits are a phone tail; anything else is part of
 * a nickname.
 */
export type UserSearch =
  | { readonly kind: 'everyone' }
  | { readonly kind: 'user-id'; readonly userId: string }
  | { readonly kind: 'phone-tail'; readonly tail: string }
  | { readonly kind: 'nickname'; readonly text: string }

/** A 用户编号: 24 hexadecimal digits (see userIdFor in the functions' identity). */
const USER_ID = /^[0-9a-f]{24}$/

/** Room for a 用户编号 pasted with spaces between its groups, or a nickname (at most 20 characters). */
export const USER_SEARCH_MAX = 40

/** Reads the words typed into the search box. */
export function readUserSearch(typed: string): UserSearch {
  const trimmed = typed.trim()
  if (trimmed === '') return { kind: 'everyone' }
  const compact = trimmed.replace(/\s+/g, '').toLowerCase()
  if (USER_ID.test(compact)) return { kind: 'user-id', userId: compact }
  if (/^\d{4}$/.test(trimmed)) return { kind: 'phone-tail', tail: trimmed }
  return { kind: 'nickname', text: trimmed }
}
