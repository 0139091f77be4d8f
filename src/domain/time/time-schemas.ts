import * as v from 'valibot'
import { isClockTime } from './clock-time'
import { isDateKey } from './shanghai-time'

/** A real calendar date written `YYYY-MM-DD`. */
export const dateKeySchema = v.pipe(v.string(), v.check(isDateKey, '日期应为 YYYY-MM-DD'))

/** A time of day written `HH:MM`, `00:00`–`23:59`. */
export const clockTimeSchema = v.pipe(v.string(), v.check(isClockTime, '时间应为 HH:MM'))
