/**
 * Offset paging for the short staff and personal lists (users, station search, reports). The cursor
 * `o<offset>` is opaque to clients; one from elsewhere or tampered with starts again at the top.
 * Repositories are asked for one row more than a page, which tells whether another page exists.
 */
export function pageOffset(cursor: string | undefined): number {
  const match = cursor === undefined ? null : /^o(\d{1,6})$/.exec(cursor)
  return match ? Number(match[1]) : 0
}

/** The page out of `size + 1` fetched rows, and the cursor of the next page (null on the last). */
export function offsetPage<T>(rows: readonly T[], offset: number, size: number): { readonly items: T[]; readonly nextCursor: string | null } {
  return { items: rows.slice(0, size), nextCursor: rows.length > size ? `o${offset + size}` : null }
}
