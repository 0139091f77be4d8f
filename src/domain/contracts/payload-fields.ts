import * as v from 'valibot'
import { displayText, type DisplayTextOptions } from './display-text'

/**
 * Field schemas shared by payloads. Every string is capped: a payload is untrusted input
 * and the database must never receive an unbounded string from a client. Free text is normalised
 * first (see display-text.ts), so the cap counts what will be stored and shown.
 */
export const text = (maxLength: number, options?: DisplayTextOptions) => v.pipe(v.string(), displayText(options), v.maxLength(maxLength))

export const nonEmptyText = (maxLength: number, options?: DisplayTextOptions) =>
  v.pipe(v.string(), displayText(options), v.trim(), v.minLength(1), v.maxLength(maxLength))

/** A document id as the functions hand them out: short, opaque, no operators or paths. */
export const documentId = v.pipe(v.string(), v.minLength(1), v.maxLength(64), v.regex(/^[A-Za-z0-9_-]+$/))

/** Idempotency key for writes a client may retry. */
export const requestKey = v.pipe(v.string(), v.minLength(8), v.maxLength(64), v.regex(/^[A-Za-z0-9_-]+$/))

/** A calendar date in Asia/Shanghai, `YYYY-MM-DD`. */
export const isoDate = v.pipe(v.string(), v.isoDate())

export const pageSize = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(50))

/** Opaque cursor returned by a previous page; clients never build one. */
export const cursor = v.pipe(v.string(), v.maxLength(200))

/** Mainland mobile number, as WeChat's phone-number flow returns it (no country code). */
export const mobilePhone = v.pipe(v.string(), v.regex(/^1\d{10}$/))

/** A calendar month, `YYYY-MM`. */
export const monthKey = v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份应写成 2026-09 这样'))
