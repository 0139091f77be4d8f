/** The page a shared bulletin opens: straight to it, in the bulletins subpackage. */
export function bulletinPagePath(id: string): string {
  return `/packages/bulletins/detail/index?id=${encodeURIComponent(id)}`
}

/** H5: the address to copy or share, on the hash router of the H5 build. */
export function bulletinWebLink(origin: string, id: string): string {
  return `${origin.replace(/\/+$/, '')}/#${bulletinPagePath(id)}`
}
