import { bulletinsContract, type ParseTextResult } from '../../../domain/contracts/bulletins'
import { callAction } from '../../../lib/cloud-client'

/** Staff: what the parser makes of pasted text, with the recognised-field report, or its refusals by line. */
export function parseBulletinText(text: string): Promise<ParseTextResult> {
  return callAction(bulletinsContract, 'parseText', { text })
}
