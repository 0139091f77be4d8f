/**
 * WeChat's own template and style compilers, `wcc` (WXML + WXS) and `wcsc` (WXSS), as shipped for
 * Linux and macOS in the `miniprogram-compiler` npm package. DevTools runs the same compilers
 * before it uploads a build, so a file they refuse is a build WeChat refuses.
 *
 * The package's own wrappers (`wxmlToJs`, `wxssToJs`) swallow the compilers' messages; here the
 * binaries are run directly so a refusal names the file, the position and the reason.
 */
import { spawnSync } from 'node:child_process'
import { accessSync, chmodSync, constants, existsSync, readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, posix, relative, sep } from 'node:path'

type CompilerName = 'wcc' | 'wcsc'

/** One file WeChat's compilers refuse, with the compiler's own words. */
export interface CompileProblem {
  /** Path inside the build, e.g. `common.wxss`. */
  readonly file: string
  readonly message: string
}

const requireFromHere = createRequire(__filename)
/** The compiled templates of a big build are a few hundred KB; leave room to grow. */
const MAX_OUTPUT_BYTES = 64 * 1024 * 1024

/** Absolute path of a compiler binary for this platform; npm does not keep its executable bit. */
export function wechatCompilerPath(name: CompilerName): string {
  const platformFolder = process.platform === 'linux' ? 'linux' : process.platform === 'darwin' ? 'mac' : null
  if (platformFolder === null) throw new Error(`WeChat's ${name} is shipped for Linux and macOS only, not ${process.platform}`)
  const binary = join(dirname(requireFromHere.resolve('miniprogram-compiler/package.json')), 'bin', platformFolder, name)
  if (!existsSync(binary)) throw new Error(`${binary} is missing: run npm install (the miniprogram-compiler package ships it)`)
  try {
    accessSync(binary, constants.X_OK)
  } catch {
    chmodSync(binary, 0o755)
  }
  return binary
}

function run(name: CompilerName, args: readonly string[], cwd: string): { readonly ok: boolean; readonly stdout: string; readonly message: string } {
  const result = spawnSync(wechatCompilerPath(name), args, { cwd, maxBuffer: MAX_OUTPUT_BYTES, encoding: 'utf8' })
  if (result.error) throw result.error
  const message = `${result.stderr ?? ''}\n${result.status === 0 ? '' : result.stdout ?? ''}`
    .split('\n')
    .map(line => line.trim())
    .filter(line => line !== '' && !/^error file count/.test(line))
    .join('\n')
    .replace(/^ERR:\s*/, '')
  return { ok: result.status === 0, stdout: result.stdout ?? '', message }
}

/** Files of one kind under `root`, as build-relative POSIX paths, in a stable order. */
export function buildFiles(root: string, extension: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : walk(path)
      return entry.name.endsWith(extension) ? [relative(root, path).split(sep).join('/')] : []
    })
  return walk(root).sort()
}

/** The build-relative files one file pulls in (`<import>`, `<include>`, `<wxs src>`, `@import`). */
function directDependencies(root: string, file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8')
  const pattern = file.endsWith('.wxss') ? /@import\s+["']([^"']+)["']/g : /<(?:import|include|wxs)\b[^>]*\bsrc=["']([^"']+)["']/g
  return [...text.matchAll(pattern)].flatMap(match => {
    const target = match[1]
    if (target === undefined) return []
    const resolved = target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(posix.dirname(file), target))
    return existsSync(join(root, resolved)) ? [resolved] : []
  })
}

/** A file and everything it pulls in, transitively: the set a compiler needs to compile it alone. */
function withDependencies(root: string, file: string): string[] {
  const seen = new Set<string>([file])
  const queue = [file]
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    for (const dependency of directDependencies(root, next)) {
      if (!seen.has(dependency)) {
        seen.add(dependency)
        queue.push(dependency)
      }
    }
  }
  return [...seen]
}

function wxmlArgs(files: readonly string[]): string[] {
  const wxml = files.filter(file => file.endsWith('.wxml'))
  const wxs = files.filter(file => file.endsWith('.wxs'))
  return ['-d', '-cc', '0', ...wxml, ...wxs, '-gn', '$gwx']
}

/**
 * Every WXML (with the WXS it uses) and WXSS file of a weapp build, each compiled by WeChat's own
 * compiler together with what it imports; one problem per refused file.
 */
export function checkWeappCompiles(root: string): CompileProblem[] {
  const problems: CompileProblem[] = []
  for (const file of buildFiles(root, '.wxml')) {
    const compiled = run('wcc', wxmlArgs(withDependencies(root, file)), root)
    if (!compiled.ok) problems.push({ file, message: compiled.message || 'wcc refused the file without a message' })
  }
  // A WXS module no template uses is still shipped: compile each one on its own too.
  for (const file of buildFiles(root, '.wxs')) {
    const compiled = run('wcc', ['-d', '-cc', '0', file, '-gn', '$gwx'], root)
    if (!compiled.ok) problems.push({ file, message: compiled.message || 'wcc refused the file without a message' })
  }
  for (const file of buildFiles(root, '.wxss')) {
    const dependencies = withDependencies(root, file)
    const compiled = run('wcsc', ['-db', '-pc', '0', ...dependencies], root)
    // An imported file's error is reported once, at the file itself.
    if (!compiled.ok && (compiled.message.startsWith(`${file}(`) || !dependencies.some(other => other !== file && compiled.message.startsWith(`${other}(`)))) {
      problems.push({ file, message: compiled.message || 'wcsc refused the file without a message' })
    }
  }
  return problems
}

/**
 * Compiles every template of a build into one script, as DevTools does for the view layer:
 * evaluating it defines `$gwx(path)`, which returns the render function of that WXML file.
 */
export function compileWxmlBundle(root: string): string {
  const files = [...buildFiles(root, '.wxml'), ...buildFiles(root, '.wxs')]
  const compiled = run('wcc', wxmlArgs(files), root)
  if (!compiled.ok) throw new Error(`wcc refused the build:\n${compiled.message}`)
  return compiled.stdout
}
