import { shanghaiInstant } from '../time/shanghai-time'

/**
 * Where a published bulletin sits in the news list: by its own date, the issue date printed on it (the
 * start of that day in Shanghai), so a 2017 issue published or corrected today still sits below every 2018
 * one; news printed without a date sits at the moment it was first published.
 */
export function bulletinFeedDate(issuedOn: string | null, firstPublishedAt: Date): Date {
  return issuedOn === null ? firstPublishedAt : shanghaiInstant(issuedOn, 0)
}
