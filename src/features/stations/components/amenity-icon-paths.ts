/**
 * Amenity icons on the 24×24 grid of the app's icons (src/ui/icon-paths.ts), filled even-odd. Keyed
 * by the catalogue's `icon` names; a name without a drawing gets the generic one, so a city can add
 * an amenity to its catalogue before anyone draws its icon.
 */
export const AMENITY_ICON_PATHS: Readonly<Record<string, readonly string[]>> = {
  water: ['M12 2 C12 2 5 10 5 15 A7 7 0 0 0 19 15 C19 10 12 2 12 2 Z M9 15 A3 3 0 0 0 12 18 V16.5 A1.5 1.5 0 0 1 10.5 15 Z'],
  microwave: ['M2 5 H22 V19 H2 Z M4 7 V17 H15 V7 Z M17 8 H20 V10 H17 Z M17 12 H20 V14 H17 Z M8 20 H10 V21 H8 Z M14 20 H16 V21 H14 Z'],
  seat: ['M6 3 H18 V12 H16 V5 H8 V12 H6 Z M4 13 H20 V16 H18 V21 H16 V16 H8 V21 H6 V16 H4 Z'],
  charging: ['M13 1 L4 13 H11 L10 23 L20 10 H13 Z'],
  toilet: ['M6 2 A2 2 0 1 1 6 6 A2 2 0 1 1 6 2 Z M4 7 H8 V14 H7 V22 H5 V14 H4 Z', 'M18 2 A2 2 0 1 1 18 6 A2 2 0 1 1 18 2 Z M16 7 H20 L22 15 H20 V22 H16 V15 H14 Z', 'M11 2 H13 V22 H11 Z'],
  'first-aid': ['M3 6 H21 V21 H3 Z M10 9 V12 H7 V15 H10 V18 H14 V15 H17 V12 H14 V9 Z M8 2 H16 V5 H14 V4 H10 V5 H8 Z'],
  thermometer: ['M10 2 H14 V14 A4 4 0 1 1 10 14 Z M11 8 V15.2 A2 2 0 1 0 13 15.2 V8 Z M16 4 H20 V6 H16 Z M16 8 H20 V10 H16 Z'],
  battery: ['M8 2 H16 V4 H19 V22 H5 V4 H8 Z M7 6 V20 H17 V6 Z M13 7 L9 14 H12 L11 19 L15 12 H12 Z'],
  baby: ['M12 2 A4 4 0 1 1 12 10 A4 4 0 1 1 12 2 Z M6 12 H18 L16 22 H8 Z M10 14 V20 H14 V14 Z'],
  'heart-pulse': ['M12 21 L3 12 A5 5 0 0 1 12 5 A5 5 0 0 1 21 12 Z M5 12 H9 L10.5 9 L13 15 L14.5 12 H19 V13.5 H15.5 L13 18 L10.5 12.5 L10 13.5 H5 Z'],
  wifi: ['M12 18 A2 2 0 1 1 12 22 A2 2 0 1 1 12 18 Z', 'M5 13 A10 10 0 0 1 19 13 L17.5 14.5 A8 8 0 0 0 6.5 14.5 Z', 'M1 9 A16 16 0 0 1 23 9 L21.5 10.5 A14 14 0 0 0 2.5 10.5 Z'],
  wrench: ['M15 2 A6 6 0 0 0 9.5 10.2 L2 17.7 L6.3 22 L13.8 14.5 A6 6 0 0 0 22 9 L18 13 L14 12 L13 8 L17 4 A6 6 0 0 0 15 2 Z'],
  book: ['M2 4 H10 A2 2 0 0 1 12 6 A2 2 0 0 1 14 4 H22 V19 H14 A2 2 0 0 0 12 21 A2 2 0 0 0 10 19 H2 Z M4 6 V17 H10 A3 3 0 0 1 11 17.2 V7 A1 1 0 0 0 10 6 Z M13 7 V17.2 A3 3 0 0 1 14 17 H20 V6 H14 A1 1 0 0 0 13 7 Z'],
  needle: ['M19 2 A3 3 0 0 1 22 5 L7 20 L3 21 L4 17 Z M18.5 4 A1.2 1.2 0 1 0 20 5.5 A1.2 1.2 0 1 0 18.5 4 Z'],
  generic: ['M12 2 A10 10 0 1 1 12 22 A10 10 0 1 1 12 2 Z M10.5 16.5 L6 12 L7.5 10.5 L10.5 13.5 L16.5 7.5 L18 9 Z'],
}

/** The paths for an icon name, falling back to the generic one. */
export function amenityIconPaths(icon: string): readonly string[] {
  return AMENITY_ICON_PATHS[icon] ?? AMENITY_ICON_PATHS.generic ?? []
}
