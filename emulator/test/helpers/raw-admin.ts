/** Headers @cloudbase/node-sdk sends: the emulator refuses requests without them. */
export const SDK_HEADERS: Readonly<Record<string, string>> = {
  'content-type': 'application/json',
  'user-agent': 'tcb-node-sdk/3.18.3',
  'x-sdk-version': 'tcb-node-sdk/3.18.3',
  authorization: 'TC3-HMAC-SHA256 Credential=local/1/tcb/tc3_request, SignedHeaders=content-type;host, Signature=0',
}

/** The JSON answer of a POST /admin. */
export interface AdminAnswer {
  readonly status: number
  readonly body: Record<string, unknown>
}

/**
 * Posts a body to /admin as the SDK would (or with other headers): for requests the SDK cannot
 * produce, such as a malformed EJSON string or a limit above its own clamp.
 */
export async function postAdmin(adminUrl: string, body: unknown, headers: Readonly<Record<string, string>> = SDK_HEADERS): Promise<AdminAnswer> {
  const response = await fetch(`${adminUrl}?env=local&seqId=test`, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) })
  const parsed: unknown = await response.json()
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('the admin answer is not a JSON object')
  return { status: response.status, body: { ...parsed } }
}
