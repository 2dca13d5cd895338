// What the holes of a template may read and change in the scene of one text (the scene itself is in scene.ts).
import type { Biz } from "./biz.ts"
import type { Piece } from "./draft.ts"
import type { Locale } from "./locales.ts"
import type { Kind, Pack } from "./pack.ts"
import type { Person } from "./people.ts"
import type { Phone } from "./phones.ts"
import type { Holes } from "./render.ts"
import type { Rng } from "./rng.ts"

export interface SceneState extends Holes {
  readonly r: Rng
  readonly loc: Locale
  readonly biz: Biz
  readonly pack: Pack
  readonly kind: Kind
  readonly phones: Map<string, Phone>
  /** The business numbers of this text, by index. */
  readonly nums: Map<number, string>
  /** Minutes since midnight of the chat clock. */
  clock: number
  /** The last four digits of the card typed in this text, if any. */
  last4?: string
  /** Minutes since midnight of the last clock time written. */
  lastTime?: number
  person(role: string): Person
  refIndex(which: string): number
  memoText(slot: string): string
  fill(slot: string): Piece[]
}
