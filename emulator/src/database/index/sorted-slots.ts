/** Posting lists are ascending arrays of document slots: natural order, cheap to merge. */

function lowerBound(list: readonly number[], slot: number): number {
  let low = 0
  let high = list.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((list[middle] ?? 0) < slot) low = middle + 1
    else high = middle
  }
  return low
}

/** Adds a slot to an ascending list unless it is there already. */
export function insertSlot(list: number[], slot: number): void {
  const last = list[list.length - 1]
  if (last === undefined || last < slot) {
    list.push(slot)
    return
  }
  const at = lowerBound(list, slot)
  if (list[at] !== slot) list.splice(at, 0, slot)
}

/** Removes a slot from an ascending list; returns whether it was there. */
export function removeSlot(list: number[], slot: number): boolean {
  const at = lowerBound(list, slot)
  if (list[at] !== slot) return false
  list.splice(at, 1)
  return true
}

/** Slots in both ascending lists. */
export function intersectSlots(a: readonly number[], b: readonly number[]): number[] {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a]
  const result: number[] = []
  if (small.length * 16 < large.length) {
    for (const slot of small) {
      const at = lowerBound(large, slot)
      if (large[at] === slot) result.push(slot)
    }
    return result
  }
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0
    const y = b[j] ?? 0
    if (x === y) {
      result.push(x)
      i += 1
      j += 1
    } else if (x < y) i += 1
    else j += 1
  }
  return result
}

/** Slots in any of the ascending lists, ascending and without repeats. */
export function unionSlots(lists: readonly (readonly number[])[]): number[] {
  if (lists.length === 1) return [...(lists[0] ?? [])]
  const all = new Set<number>()
  for (const list of lists) for (const slot of list) all.add(slot)
  return [...all].sort((x, y) => x - y)
}
