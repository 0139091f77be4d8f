/**
 * Imports one plain-text bulletin (a 工作简报 like the reference 第 10 期) as a draft, or published.
 *
 *   npm run import:bulletin -- <file.txt> [--publish] [--kind work-brief] [--admin-url http://127.0.0.1:10086/admin]
 *
 * It reads the file (UTF-8, with or without BOM, or GB18030/GBK as Chinese Windows saves it), parses it
 * with the same parser as the staff page, and prints what it recognised: issue, date, issuer, title, each
 * item with its lead and sub-points, the points below it indented by level, the 报/发 lists, editor and phone. A file it cannot parse is refused
 * with `line N: reason` for each problem and exit status 1, before anything is contacted, so nothing
 * changes. It then saves through the bulletins function's own publishing service (same rules, same
 * duplicate-issue refusal), and records the import in `audit_logs` with the actor `operator`.
 * Importing the same file again finds the draft it made the first time instead of making another.
 *
 * Where it writes: `--admin-url` (an emulator's /admin URL), else CloudBase itself when CLOUDBASE_ENV_ID,
 * TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY are set (an API key of the Tencent Cloud account with
 * access to that environment), else the local stack of `npm start` at http://127.0.0.1:${PORT:-10086}/admin.
 * Exit status: 0 saved (or already there), 1 refused or failed, 2 wrong arguments.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import type { BulletinDetail } from '../src/domain/contracts/bulletins'
import { BULLETIN_KIND_KEY_PATTERN } from '../src/domain/bulletins/bulletin-kinds'
import { checkBulletin, describeProblems } from '../src/domain/bulletins/check-bulletin'
import { parseBulletin } from '../src/domain/bulletins/parse-bulletin'
import type { ParseIssue } from '../src/domain/bulletins/parse-result'
import { recognitionSummary } from '../src/domain/bulletins/recognition-summary'
import { bulletinKindsRepository } from '../cloudfunctions/bulletins/bulletin-kinds-repository'
import { bulletinsRepository } from '../cloudfunctions/bulletins/bulletins-repository'
import { publishingService } from '../cloudfunctions/bulletins/publishing-service'
import { AppError } from '../cloudfunctions/runtime/app-error'
import type { Database } from '../cloudfunctions/runtime/cloudbase-app'
import type { CallerContext } from '../cloudfunctions/runtime/create-function'
import { createLogger } from '../cloudfunctions/runtime/logger'
import { recordAuditIn } from '../cloudfunctions/runtime/repositories/audit-logs-repository'
import { runInTransaction, type Transaction } from '../cloudfunctions/runtime/transaction'
import { decodeText } from './decode-text'
import { ADMIN_URL_PATTERN, importTargetDatabase } from './import-target'

const USAGE = 'usage: npm run import:bulletin -- <file.txt> [--publish] [--kind work-brief] [--admin-url http://127.0.0.1:10086/admin]'

export interface ImportArguments {
  readonly file: string
  readonly publish: boolean
  readonly kind: string
  readonly adminUrl?: string
}

/** Where the import's words go: stdout for the report, stderr for refusals. */
export interface ImportOutput {
  out(line: string): void
  err(line: string): void
}

export function parseImportArguments(argv: readonly string[]): ImportArguments | string {
  let file: string | undefined
  let publish = false
  let kind = 'work-brief'
  let adminUrl: string | undefined
  for (let i = 0; i < argv.length; i += 1) {
    const argument = argv[i]
    if (argument === '--publish') publish = true
    else if (argument === '--kind') kind = argv[++i] ?? ''
    else if (argument === '--admin-url') adminUrl = argv[++i]
    else if (argument?.startsWith('--')) return `unknown option ${argument}\n${USAGE}`
    else if (file === undefined) file = argument
    else return `only one file at a time\n${USAGE}`
  }
  if (file === undefined) return USAGE
  if (!BULLETIN_KIND_KEY_PATTERN.test(kind)) return `--kind must be a kind key such as work-brief\n${USAGE}`
  if (adminUrl !== undefined && !ADMIN_URL_PATTERN.test(adminUrl)) return `--admin-url must be an emulator's /admin URL\n${USAGE}`
  return { file, publish, kind, ...(adminUrl === undefined ? {} : { adminUrl }) }
}

function printRefusals(output: ImportOutput, file: string, issues: readonly ParseIssue[]): void {
  output.err(`${file}：无法导入，没有做任何修改。`)
  for (const issue of issues) output.err(`line ${issue.line}: ${issue.reason}`)
}

/**
 * The operator's stand-in for a caller: the services see a server call with a request id derived from the
 * file, so importing the same text again reuses the draft. The script writes its own audit record, in the
 * same transaction as the draft and its publication.
 */
function operatorContext(requestId: string, transaction: Transaction): CallerContext {
  return {
    role: () => Promise.resolve('staff'),
    userId: null,
    openid: null,
    requestId,
    log: createLogger({ fn: 'import-bulletin', requestId }),
    auditTarget: () => undefined,
    transaction,
  }
}

/** Runs the import; resolves the exit status. Nothing is written unless the file parses and passes the rules. */
export async function runImport(args: ImportArguments, output: ImportOutput, database: () => Database = () => importTargetDatabase(args.adminUrl)): Promise<number> {
  const name = basename(args.file)
  let bytes: Uint8Array
  try {
    bytes = readFileSync(args.file)
  } catch (error) {
    output.err(`${name}：读不到这个文件（${error instanceof Error ? error.message : String(error)}）`)
    return 1
  }
  const { text, encoding } = decodeText(bytes)
  const parsed = parseBulletin(text)
  if (!parsed.ok) {
    printRefusals(output, name, parsed.errors)
    return 1
  }
  const checked = checkBulletin(parsed.bulletin)
  if (!checked.ok) {
    output.err(`${name}：内容不符合简报的规则，没有做任何修改。`)
    output.err(describeProblems(checked.problems, checked.problems.length))
    return 1
  }

  output.out(`${name}（${encoding}，${text.split(/\r\n|\r|\n/).length} 行）识别结果：`)
  for (const row of recognitionSummary(checked.bulletin)) {
    output.out(row.depth > 0 ? `${'  '.repeat(row.depth + 1)}${row.label}（${row.value}）` : `  ${row.label}：${row.value}`)
  }
  for (const warning of parsed.warnings) output.out(`  提醒 line ${warning.line}: ${warning.reason}`)

  const db = database()
  const kinds = bulletinKindsRepository(db)
  if (!(await kinds.exists(args.kind))) {
    const known = (await kinds.list()).map(kind => `${kind.key}（${kind.label}）`).join('、')
    output.err(`没有栏目 ${args.kind}，没有做任何修改。现有栏目：${known || '（无）'}`)
    return 1
  }
  const publishing = publishingService({ bulletins: bulletinsRepository(db), kinds, now: () => new Date() })
  const preview = await publishing.parseText(text)
  const duplicates = preview.ok ? preview.duplicates : []
  for (const duplicate of duplicates) output.out(`  同一期已有：“${duplicate.title}”（${duplicate.status}，编号 ${duplicate.id}）`)
  if (args.publish && duplicates.some(duplicate => duplicate.status === 'published')) {
    output.err('同一期简报已经发布过，不能再发布一次；没有做任何修改。')
    return 1
  }

  const requestId = createHash('sha256').update(`import|${args.kind}|${text}`).digest('hex').slice(0, 32)
  try {
    const result = await runInTransaction(db, async transaction => {
      const context = operatorContext(requestId, transaction)
      const saved = await publishing.saveDraft({ kind: args.kind, bulletin: checked.bulletin }, context)
      let done: BulletinDetail = saved.bulletin
      if (args.publish && done.status !== 'published') done = await publishing.publish({ id: done.id, revision: done.revision }, context)
      await recordAuditIn(transaction, {
        functionName: 'bulletins',
        action: args.publish ? 'importAndPublish' : 'import',
        actorUserId: null,
        actorRole: 'operator',
        target: { bulletinId: done.id, kind: args.kind, issueNumber: done.header.issueNumber ?? 0, status: done.status },
        requestId,
        at: new Date(),
      })
      return done
    })
    output.out(result.status === 'published' ? `已发布，编号 ${result.id}` : `已保存为草稿，编号 ${result.id}；在小程序“资讯管理”里预览后发布`)
    return 0
  } catch (error) {
    if (error instanceof AppError) {
      output.err(`${error.message}（${error.code}）`)
      return 1
    }
    throw error
  }
}

if (require.main === module) {
  const args = parseImportArguments(process.argv.slice(2))
  if (typeof args === 'string') {
    console.error(args)
    process.exit(2)
  }
  runImport(args, { out: line => console.log(line), err: line => console.error(line) }).then(
    code => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error)
      process.exit(1)
    },
  )
}
