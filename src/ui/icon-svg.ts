import { ICON_PATHS, type IconName } from './icon-paths'

/** The icon as a standalone SVG document, filled with `color`. */
export function iconSvg(name: IconName, color: string): string {
  const paths = ICON_PATHS[name].map(d => `<path fill-rule='evenodd' d='${d}'/>`).join('')
  return `<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24' fill='${color}'>${paths}</svg>`
}

/** A `data:` URI of the icon: used as a CSS mask, so the icon takes the text colour around it. */
export function iconDataUri(name: IconName): string {
  return `data:image/svg+xml,${encodeURIComponent(iconSvg(name, '#000'))}`
}
