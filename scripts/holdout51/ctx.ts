// What the slot makers see of a scene (kept apart from scene.ts so that no import goes round in a circle).
import type { Biz } from "./biz.ts"
import type { Piece } from "./draft.ts"
import type { Locale } from "./locales.ts"
import type { Pack } from "./pack.ts"
import type { Person } from "./people.ts"
import type { Resolver } from "./render.ts"

export interface Ctx extends Resolver {
  loc: Locale
  biz: Biz
  pack: Pack
  clockAt: number
  offAt: number
  clock24: boolean
  person(role: string): Person
  phrase(name: string): Piece[] | undefined
  cached(key: string, make: () => Piece[]): Piece[]
  memo<T>(key: string, make: () => T): T
  /** What `memo` holds under a key, without making it. */
  peek<T>(key: string): T | undefined
}
