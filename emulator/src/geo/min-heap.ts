/** A binary min-heap of objects ordered by `precedes(a, b)` (true when a must come out before b). */
export class MinHeap<T extends object> {
  private readonly items: T[] = []

  constructor(private readonly precedes: (a: T, b: T) => boolean) {}

  get size(): number {
    return this.items.length
  }

  push(item: T): void {
    const items = this.items
    let index = items.length
    items.push(item)
    while (index > 0) {
      const parentIndex = (index - 1) >> 1
      const parent = items[parentIndex]
      if (parent === undefined || !this.precedes(item, parent)) break
      items[index] = parent
      index = parentIndex
    }
    items[index] = item
  }

  /** Removes and returns the first item. */
  pop(): T | undefined {
    const items = this.items
    const top = items[0]
    const last = items.pop()
    if (top === undefined || last === undefined || items.length === 0) return top
    let index = 0
    for (;;) {
      const left = 2 * index + 1
      let child = items[left]
      if (child === undefined) break
      let childIndex = left
      const right = items[left + 1]
      if (right !== undefined && this.precedes(right, child)) {
        child = right
        childIndex = left + 1
      }
      if (!this.precedes(child, last)) break
      items[index] = child
      index = childIndex
    }
    items[index] = last
    return top
  }
}
