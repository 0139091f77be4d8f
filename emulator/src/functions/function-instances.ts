import { availableParallelism } from 'node:os'

/** The most instances the emulator lets one function run: processes are not free on a laptop. */
export const MAX_FUNCTION_INSTANCES = 32

/**
 * Instances per function unless told otherwise: one per core, at least 2 and at most 4. CloudBase
 * scales a function out to many instances; locally more processes than cores only add switching.
 */
export function defaultFunctionInstances(): number {
  return Math.min(4, Math.max(2, availableParallelism()))
}

/** Checks a configured instance count, naming the setting in the error. */
export function checkFunctionInstances(value: number, setting: string): number {
  if (!Number.isInteger(value) || value < 1 || value > MAX_FUNCTION_INSTANCES) {
    throw new Error(`${setting} must be a whole number of instances, 1-${MAX_FUNCTION_INSTANCES}, got ${String(value)}`)
  }
  return value
}
