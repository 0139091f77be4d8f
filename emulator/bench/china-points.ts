import { gaussian } from './seeded-random'

/** A city the generated points cluster around. */
export interface City {
  readonly name: string
  readonly lng: number
  readonly lat: number
}

export const CITIES: readonly City[] = [
  { name: 'Beijing', lng: 116.40, lat: 39.90 },
  { name: 'Shanghai', lng: 121.47, lat: 31.23 },
  { name: 'Guangzhou', lng: 113.26, lat: 23.13 },
  { name: 'Shenzhen', lng: 114.06, lat: 22.54 },
  { name: 'Chengdu', lng: 104.07, lat: 30.67 },
  { name: 'Wuhan', lng: 114.31, lat: 30.59 },
  { name: "Xi'an", lng: 108.94, lat: 34.34 },
  { name: 'Hangzhou', lng: 120.16, lat: 30.27 },
]

/** A point across China (lng 73–135, lat 18–53): 70% around the cities (σ ≈ 15 km), the rest spread evenly. */
export function chinaPoint(random: () => number): { lng: number; lat: number } {
  if (random() < 0.3) return { lng: 73 + random() * 62, lat: 18 + random() * 35 }
  const city = CITIES[Math.floor(random() * CITIES.length)] ?? CITIES[0] ?? { lng: 116.4, lat: 39.9 }
  return {
    lng: Math.min(135, Math.max(73, gaussian(random, city.lng, 0.15))),
    lat: Math.min(53, Math.max(18, gaussian(random, city.lat, 0.15))),
  }
}

/** A query location near a city centre (σ ≈ 5 km). */
export function cityCentrePoint(random: () => number): { lng: number; lat: number } {
  const city = CITIES[Math.floor(random() * CITIES.length)] ?? CITIES[0] ?? { lng: 116.4, lat: 39.9 }
  return { lng: gaussian(random, city.lng, 0.05), lat: gaussian(random, city.lat, 0.05) }
}
