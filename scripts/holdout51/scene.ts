// A text's scene: its locale, business, language pack and people; it resolves every template hole into pieces.
import type { Biz } from "./biz.ts"
import { bizLineText } from "./biz.ts"
import type { Ctx } from "./ctx.ts"
import type { Piece } from "./draft.ts"
import type { Locale } from "./locales.ts"
import type { Pack } from "./pack.ts"
import { drawPerson, type Person } from "./people.ts"
import { personFace } from "./faces.ts"
import { render } from "./render.ts"
import type { Rng } from "./rng.ts"
import { valueSlot } from "./slots.ts"

/** Phrases a text says once and then repeats as they were (the reason for a form, the visit, the item). */
const ONCE = new Set(["why", "visit", "item"])

export class Scene implements Ctx {
  people = new Map<string, Person>()
  memos = new Map<string, unknown>()
  clockAt: number
  offAt = 0
  clock24: boolean

  constructor(readonly rng: Rng, readonly loc: Locale, readonly biz: Biz, readonly pack: Pack) {
    this.clockAt = rng.int(8 * 60, 19 * 60)
    this.clock24 = !["en-US", "en-CA", "en-AU"].includes(loc.tag) || rng.chance(0.2)
  }

  person(role: string): Person {
    let p = this.people.get(role)
    if (!p) {
      p = drawPerson(this.rng, this.loc.tag, [...this.people.values()])
      this.people.set(role, p)
    }
    return p
  }

  /** A phrase of the business (with the language's own of that name) or of the country or language, rendered. */
  phrase(name: string): Piece[] | undefined {
    if (ONCE.has(name)) return this.memo(`phrase:${name}`, () => this.fresh(name))
    return this.fresh(name)
  }

  fresh(name: string): Piece[] | undefined {
    const own = this.pack.biz[this.biz.key]?.[name]
    const shared = this.pack.flavor?.[this.loc.tag]?.[name] ?? this.pack.phrases[name]
    const alts = own && shared ? [...own, ...shared] : (own ?? shared)
    return alts ? render(this.rng.pick(alts), this) : undefined
  }

  resolve(slot: string): Piece[] {
    const dot = /^([catp])\.(.+)$/.exec(slot)
    if (dot) return this.cached(slot, () => personFace(this, dot[1]!, dot[2]!))
    if (slot === "bizphone") return this.cached(slot, () => [{ t: bizLineText(this.rng, this.biz, this.loc.cc), ent: "PHONE" }])
    if (slot === "brand") return [{ t: this.biz.brand }]
    if (slot === "web") return [{ t: `www.${this.biz.domain}` }]
    const v = valueSlot(this, slot)
    if (v) return v
    const p = this.phrase(slot)
    if (p) return p
    throw new Error(`unknown slot {${slot}} (${this.pack.lang}, ${this.biz.key})`)
  }

  cached(key: string, make: () => Piece[]): Piece[] {
    return this.memo(`slot:${key}`, make)
  }

  peek<T>(key: string): T | undefined {
    return this.memos.get(key) as T | undefined
  }

  memo<T>(key: string, make: () => T): T {
    if (!this.memos.has(key)) this.memos.set(key, make())
    return this.memos.get(key) as T
  }

  /** The names' parts of everyone who came into the text. */
  parts(): string[] {
    return [...this.people.values()].flatMap((p) => p.parts)
  }
}
