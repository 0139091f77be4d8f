import { join } from 'node:path'
import type { RunningEmulator } from '../../emulator/src/emulator'
import { bulletinKindsRepository } from '../../cloudfunctions/bulletins/bulletin-kinds-repository'
import { runImport } from '../../scripts/import-bulletin'
import type { LocalCloudbase } from '../../scripts/local-cloudbase'
import type { Bulletin } from '../../src/domain/bulletins/bulletin'
import { DEFAULT_BULLETIN_KINDS } from '../../src/domain/bulletins/bulletin-kinds'
import { parseBulletin } from '../../src/domain/bulletins/parse-bulletin'
import { BULLETIN_FIXTURES, BULLETIN_FIXTURES_DIR, fixtureText } from './bulletin-fixtures'

/** A fixture as the parser reads it: what the pages should show. */
export function parsedFixture(file: string): Bulletin {
  const result = parseBulletin(fixtureText(file))
  if (!result.ok) throw new Error(`${file} was refused`)
  return result.bulletin
}

/**
 * Imports and publishes every fixture of the corpus with the operator's command, as staff would, and
 * answers each one's stored id by file. The stack must have the kinds but not the demo bulletins: those
 * are made-up issues of the same briefs, so each import would be refused as a repeat.
 */
export async function publishBulletinFixtures(stack: { readonly app: LocalCloudbase; readonly emulator: RunningEmulator }): Promise<Map<string, string>> {
  const kinds = bulletinKindsRepository(stack.app.database())
  for (const kind of DEFAULT_BULLETIN_KINDS) await kinds.addIfMissing(kind, new Date())
  const ids = new Map<string, string>()
  for (const { file, kind } of BULLETIN_FIXTURES) {
    const errors: string[] = []
    const code = await runImport({ file: join(BULLETIN_FIXTURES_DIR, file), publish: true, kind }, { out: () => undefined, err: line => errors.push(line) }, () => stack.app.database())
    if (code !== 0) throw new Error(`${file} did not import: ${errors.join('; ')}`)
    const { header, body } = parsedFixture(file)
    const [stored] = stack.emulator.database.find('bulletins', { status: 'published', 'body.title': body.title, 'header.issuedOn': header.issuedOn })
    if (stored === undefined) throw new Error(`${file} is not published after its import`)
    ids.set(file, String(stored._id))
  }
  return ids
}
