import type { ServerResponse } from 'node:http'

/** Answers with a JSON body; `headers` are added to the content headers. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Readonly<Record<string, string>> = {}): void {
  sendJsonText(res, status, JSON.stringify(body), headers)
}

/** Answers with a body that is already JSON text. */
export function sendJsonText(res: ServerResponse, status: number, text: string, headers: Readonly<Record<string, string>> = {}): void {
  // Encoded once, rather than once to count the bytes and again to write them.
  const bytes = Buffer.from(text, 'utf8')
  res.writeHead(status, {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(bytes.length),
  })
  res.end(bytes)
}
