/** A structured log line. Never put an openid, a phone number or free text a person typed in one. */
export interface LogFields {
  readonly [key: string]: string | number | boolean | null | undefined
}

export interface Logger {
  info(event: string, fields?: LogFields): void
  warn(event: string, fields?: LogFields): void
  error(event: string, fields?: LogFields): void
}

function write(level: 'info' | 'warn' | 'error', base: LogFields, event: string, fields: LogFields = {}): void {
  const line = JSON.stringify({ level, event, ...base, ...fields, at: new Date().toISOString() })
  if (level === 'error') console.error(line)
  else if (level === 'warn') console.warn(line)
  else console.log(line)
}

/** One JSON line per event, so CloudBase's log search can filter on fields. */
export function createLogger(base: LogFields): Logger {
  return {
    info: (event, fields) => write('info', base, event, fields),
    warn: (event, fields) => write('warn', base, event, fields),
    error: (event, fields) => write('error', base, event, fields),
  }
}

/** The safe description of an unexpected error: its kind and message, no payload data. */
export function describeError(error: unknown): LogFields {
  if (error instanceof Error) {
    return { errorName: error.name, errorMessage: error.message.slice(0, 300), errorCode: readCode(error) }
  }
  return { errorName: typeof error }
}

function readCode(error: Error): string | undefined {
  const code: unknown = (error as Error & { code?: unknown }).code
  return typeof code === 'string' ? code : undefined
}
