// What a language contributes: its names, formats and hand-written templates per genre.
import type { Local } from './names'
import type { Rng } from './rng'

export const GENRES = ['letter', 'dm', 'form', 'note', 'transcript', 'delivery', 'invoice'] as const
export type Genre = (typeof GENRES)[number]

export interface Lang {
  code: string
  regions: string[]
  ibans: string[]
  names: Local
  domains: string[]
  title(f: boolean): string
  dear(f: boolean): string
  date(r: Rng): string
  time(r: Rng): string
  amount(r: Rng): string
  postcode(r: Rng): string
  street(r: Rng): string
  templates: Record<Genre, string[]>
}

const pad = (n: number): string => String(n).padStart(2, '0')

/** Helpers the per-language files share for dates, times and amounts. */
export const fmt = {
  dmy: (r: Rng, sep: string): string => `${pad(r.int(1, 28))}${sep}${pad(r.int(1, 12))}${sep}${r.int(2024, 2027)}`,
  hm: (r: Rng, sep = ':'): string => `${pad(r.int(7, 19))}${sep}${pad(r.pick([0, 15, 30, 45, r.int(0, 59)]))}`,
  euro: (r: Rng, thousands: string, suffix: string): string => {
    const whole = r.int(3, 4800)
    const w = whole >= 1000 ? `${Math.floor(whole / 1000)}${thousands}${String(whole % 1000).padStart(3, '0')}` : String(whole)
    return `${w},${pad(r.int(0, 99))}${suffix}`
  },
  zip: (r: Rng, n: number): string => String(r.int(10 ** (n - 1), 10 ** n - 1)),
}
