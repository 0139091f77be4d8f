import type { Document } from '../document'
import { requestFailed } from '../database-errors'
import type { ValueIndexSpec } from './index-spec'
import { indexKeyOf } from './index-key'
import { MISSING, pathValues } from './path-values'
import { Postings } from './postings'
import { insertSlot, removeSlot } from './sorted-slots'

/** Joins per-field component keys into the key of a prefix of a compound index. */
function tupleKey(components: readonly string[]): string {
  return JSON.stringify(components)
}

function combinations(perField: readonly (readonly string[])[], depth: number): string[][] {
  let result: string[][] = [[]]
  for (const keys of perField.slice(0, depth)) {
    const next: string[][] = []
    for (const prefix of result) for (const key of keys) next.push([...prefix, key])
    result = next
  }
  return result
}

/**
 * An ascending/descending index, multikey over arrays as MongoDB's, so an equality, `$in` or `$all`
 * finds its candidates without a scan. A single-field index keeps Postings by value; a compound one
 * keeps, for each prefix of its fields, a map from the prefix's key to ascending slots.
 */
export class ValueIndex {
  private readonly single: Postings | undefined
  /** Compound only: `prefixes[n]` maps the key of the first n+1 fields to slots. */
  private readonly prefixes: Map<string, number[]>[]

  constructor(readonly spec: ValueIndexSpec) {
    this.single = spec.fields.length === 1 ? new Postings() : undefined
    this.prefixes = spec.fields.length === 1 ? [] : spec.fields.map(() => new Map<string, number[]>())
  }

  /** The number of fields. */
  get width(): number {
    return this.spec.fields.length
  }

  /**
   * The full keys (`indexKeyOf` components) a document has in this index, for unique checks; empty
   * for a sparse index's document without the fields. Throws MongoDB's error for two array fields in
   * one compound index.
   */
  fullKeys(document: Document): string[] {
    const perField = this.fieldValues(document)
    if (perField === undefined) return []
    const keys = perField.map(values => [...new Set(values.map(indexKeyOf))])
    return this.single === undefined ? combinations(keys, this.width).map(tupleKey) : keys[0] ?? []
  }

  /** Slots holding a full key from `fullKeys`. */
  lookupFull(key: string): readonly number[] {
    if (this.single !== undefined) return this.single.getByKey(key)
    return this.prefixes[this.width - 1]?.get(key) ?? []
  }

  /** Single-field: slots of the documents whose field holds (or, for an array, contains) the value. */
  lookupValue(value: unknown): readonly number[] {
    if (this.single !== undefined) return this.single.get(value)
    return this.lookupPrefix([value])
  }

  /** Slots of the documents whose first `values.length` fields equal these values. */
  lookupPrefix(values: readonly unknown[]): readonly number[] {
    if (this.single !== undefined && values.length === 1) return this.single.get(values[0])
    return this.prefixes[values.length - 1]?.get(tupleKey(values.map(indexKeyOf))) ?? []
  }

  add(slot: number, document: Document): void {
    const perField = this.fieldValues(document)
    if (perField === undefined) return
    if (this.single !== undefined) {
      this.single.addAll(perField[0] ?? [], slot)
      return
    }
    this.forEachPrefixKey(perField, (map, key) => {
      const list = map.get(key)
      if (list === undefined) map.set(key, [slot])
      else insertSlot(list, slot)
    })
  }

  remove(slot: number, document: Document): void {
    const perField = this.fieldValues(document)
    if (perField === undefined) return
    if (this.single !== undefined) {
      this.single.removeAll(perField[0] ?? [], slot)
      return
    }
    this.forEachPrefixKey(perField, (map, key) => {
      const list = map.get(key)
      if (list === undefined) return
      removeSlot(list, slot)
      if (list.length === 0) map.delete(key)
    })
  }

  clear(): void {
    this.single?.clear()
    for (const map of this.prefixes) map.clear()
  }

  private forEachPrefixKey(perField: readonly unknown[][], use: (map: Map<string, number[]>, key: string) => void): void {
    const keys = perField.map(values => [...new Set(values.map(indexKeyOf))])
    this.prefixes.forEach((map, depth) => {
      for (const combination of combinations(keys, depth + 1)) use(map, tupleKey(combination))
    })
  }

  /** Every value each field reaches (arrays expanded); undefined for a sparse index's document without the fields. */
  private fieldValues(document: Document): unknown[][] | undefined {
    const expanded: string[] = []
    let allMissing = true
    const perField = this.spec.fields.map(field => {
      const { values, expandedArray } = pathValues(document, field.path)
      if (expandedArray) expanded.push(field.path)
      if (allMissing && values.some(value => value !== MISSING)) allMissing = false
      return values
    })
    if (this.spec.sparse && allMissing) return undefined
    if (expanded.length > 1) {
      throw requestFailed(`cannot index parallel arrays [${expanded[0] ?? ''}] [${expanded[1] ?? ''}] (index ${this.spec.name})`)
    }
    return perField
  }
}
