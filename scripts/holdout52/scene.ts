// A scene: the people and values of one text. Each hole is filled once and then reused (the same customer, the same
// card), except the chat clock, which moves on.
import type { Biz } from "./biz.ts"
import type { Piece } from "./draft.ts"
import type { Locale } from "./locales.ts"
import type { Kind, Pack } from "./pack.ts"
import type { Phone } from "./phones.ts"
import { drawPerson, partsOf, personForm, type Person } from "./people.ts"
import type { Rng } from "./rng.ts"
import { valueSlot } from "./slots.ts"
import type { SceneState } from "./state.ts"

export class Scene implements SceneState {
  readonly cc: string
  readonly people = new Map<string, Person>()
  readonly phones = new Map<string, Phone>()
  /** The business numbers of this text, by index. */
  readonly nums = new Map<number, string>()
  private readonly memo = new Map<string, Piece[]>()
  private readonly avoid: Set<string>
  /** Minutes since midnight of the chat clock. */
  clock: number
  /** The last four digits of the card typed in this text, if any. */
  last4?: string
  private order?: number[]
  /** Minutes since midnight of the last clock time written (so that a second one comes after it). */
  lastTime?: number

  constructor(
    readonly r: Rng,
    readonly loc: Locale,
    readonly biz: Biz,
    readonly pack: Pack,
    readonly kind: Kind,
    template: string,
  ) {
    this.cc = loc.cc
    this.clock = r.int(8 * 60, 18 * 60)
    this.avoid = new Set([...template.matchAll(/\[\[name-word:([^\]]+)\]\]/g)].map((m) => m[1]!.toLowerCase()))
  }

  person(role: string): Person {
    let p = this.people.get(role)
    if (!p) {
      const taken = new Set([...this.avoid, ...[...this.people.values()].flatMap(partsOf).map((x) => x.toLowerCase())])
      p = drawPerson(this.r, this.loc, taken)
      const c = this.people.get("c")
      const gendered = this.loc.lang === "pl" || this.loc.lang === "cs"
      if (role === "p" && c && (!gendered || p.fem === c.fem) && this.r.chance(0.4)) p = { ...p, family: c.family, famVoc: gendered ? c.famVoc : c.family }
      this.people.set(role, p)
    }
    return p
  }

  fill(slot: string): Piece[] {
    const who = /^([cakpq])(?:\.(\w+))?$/.exec(slot)
    if (who) return personForm(this.r, this.person(who[1]!), who[2] ?? "full", this.loc)
    if (slot === "clock") return valueSlot(this, slot)
    const got = this.memo.get(slot)
    if (got) return got
    const ps = valueSlot(this, slot)
    this.memo.set(slot, ps)
    return ps
  }

  /** Which business number `{r1}`, `{r2}`, `{r3}` stand for in this text (`{rd}` is always the digits-only one). */
  refIndex(which: string): number {
    if (!this.order) {
      // {r1} is a reference (the first or third number), {r2} the spec or model (or now and then the digits-only one).
      const [first, third] = this.r.shuffle([0, 2])
      this.order = [first!, this.r.chance(0.3) ? 3 : 1, third!]
    }
    return which === "d" ? 3 : this.order[Number(which) - 1]!
  }

  /** The text a hole was filled with, or "" when it was not used yet. */
  memoText(slot: string): string {
    return (this.memo.get(slot) ?? []).map((p) => (typeof p === "string" ? p : p.t)).join("")
  }

  /** Name parts of everyone in the text. */
  parts(): string[] {
    return [...new Set([...this.people.values()].flatMap(partsOf))]
  }
}
