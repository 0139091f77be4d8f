import { createReadStream, existsSync, realpathSync, statSync, type Stats } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { join, resolve, sep } from 'node:path'
import type { ServiceContext } from '../service-context'
import { cacheControlFor } from './cache-control'
import { contentTypeFor } from './content-type'

/** Where the built web app is. */
export interface HostingOptions {
  readonly dir: string
}

/** The hosting service, for tests. */
export interface HostingService {
  /** The folder being served (absolute, symlinks resolved). */
  readonly root: string
}

/**
 * Paths the emulator's own endpoints use: hosting never answers them, whatever order the routes
 * were installed in, so it stays the lowest-priority route.
 */
const HOSTED_PATH = /^\/(?!admin(?:\/|$)|emulator\/|client\/|storage\/)/

function notFound(res: ServerResponse): void {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-cache' })
  res.end('Not found\n')
}

/** What a URL path names inside root: a file, a folder to be addressed with a trailing slash, or nothing (also for anything outside root). */
function resolveFile(root: string, pathname: string): { path: string; stats: Stats } | 'add-slash' | undefined {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return undefined
  }
  if (decoded.includes('\0') || decoded.split('/').some(segment => segment === '..' || (segment.startsWith('.') && segment !== ''))) return undefined
  let candidate = resolve(root, `.${decoded}`)
  if (candidate !== root && !candidate.startsWith(root + sep)) return undefined
  if (existsSync(candidate) && statSync(candidate).isDirectory()) {
    // Relative links in a folder's index.html resolve against the folder only with the slash.
    if (!pathname.endsWith('/')) return 'add-slash'
    candidate = join(candidate, 'index.html')
  }
  if (!existsSync(candidate)) return undefined
  // A symlink inside the folder must not lead out of it.
  const real = realpathSync(candidate)
  if (!real.startsWith(root + sep)) return undefined
  const stats = statSync(real)
  return stats.isFile() ? { path: real, stats } : undefined
}

/**
 * Serves a built web app (the H5 build) at `/`: `index.html` for folders, correct MIME types,
 * `no-cache` for HTML and long caching for content-hashed assets, ETag revalidation, 404 for
 * missing files, no way out of the folder (`..`, encoded or not, dotfiles, symlinks out).
 */
export function installHosting(context: ServiceContext, options: HostingOptions): HostingService {
  if (!existsSync(options.dir)) context.log(`hosting: ${options.dir} does not exist yet; build the web app to serve it`)
  const root = existsSync(options.dir) ? realpathSync(options.dir) : resolve(options.dir)

  const serve = (req: IncomingMessage, res: ServerResponse, url: URL): void => {
    const file = resolveFile(root, url.pathname)
    if (file === 'add-slash') {
      res.writeHead(301, { location: `${url.pathname}/${url.search}`, 'cache-control': 'no-cache' }).end()
      return
    }
    if (!file) return notFound(res)
    const etag = `W/"${file.stats.size.toString(16)}-${Math.floor(file.stats.mtimeMs).toString(16)}"`
    const headers = {
      'content-type': contentTypeFor(file.path),
      'cache-control': cacheControlFor(file.path),
      'last-modified': file.stats.mtime.toUTCString(),
      etag,
      'x-content-type-options': 'nosniff',
    }
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers).end()
      return
    }
    res.writeHead(200, { ...headers, 'content-length': String(file.stats.size) })
    if (req.method === 'HEAD') {
      res.end()
      return
    }
    createReadStream(file.path).pipe(res)
  }
  context.routes.add({ method: 'GET', path: HOSTED_PATH, handle: serve })
  context.routes.add({ method: 'HEAD', path: HOSTED_PATH, handle: serve })
  return { root }
}
