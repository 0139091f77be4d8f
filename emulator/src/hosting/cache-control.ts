import { basename } from 'node:path'

/** Webpack-style content hashes in a file name: `app.3f2a9c1b.js`, `chunk-3f2a9c1b4d.css`. */
const HASHED_NAME = /[.-][0-9a-f]{8,}\.[A-Za-z0-9]+$/i

/**
 * Cache policy of a hosted file: HTML (the entry points that name the current assets) is
 * revalidated on every load; content-hashed assets never change under their name, so they are
 * cached for a year; anything else is revalidated too.
 */
export function cacheControlFor(filePath: string): string {
  const name = basename(filePath)
  if (name.endsWith('.html') || name.endsWith('.htm')) return 'no-cache'
  if (HASHED_NAME.test(name)) return 'public, max-age=31536000, immutable'
  return 'no-cache'
}
