import { View } from '@tarojs/components'
import { a11yProps } from '../../../ui/a11y-props'
import { classNames } from '../../../ui/class-names'
import { amenityIconPaths } from './amenity-icon-paths'

function dataUri(icon: string): string {
  const paths = amenityIconPaths(icon).map(d => `<path fill-rule='evenodd' d='${d}'/>`).join('')
  return `data:image/svg+xml,${encodeURIComponent(`<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24' fill='#000'>${paths}</svg>`)}`
}

/**
 * An amenity's icon, drawn like the app's own icons (a mask over the text colour, no image files),
 * always beside its word and so hidden from screen readers.
 */
export function AmenityIcon({ icon, size = 'md' }: { readonly icon: string; readonly size?: 'md' | 'lg' }) {
  const uri = `url("${dataUri(icon)}")`
  return <View className={classNames('ui-icon', `ui-icon--${size}`)} style={{ WebkitMaskImage: uri, maskImage: uri }} {...a11yProps({ hidden: true })} />
}
