// A text's scene: its people (C customer, A agent, K colleague, T third party), their phones and the values its slots
// draw, each drawn once on first use so a text's number or name is the same wherever it recurs.
import type { PhoneNumber } from "libphonenumber-js/max"
import type { Biz } from "./biz.ts"
import { lower, nameParts, type Seg } from "./draft.ts"
import type { Locale } from "./locales.ts"
import { clockStyle } from "./looks.ts"
import type { Kind, Pack } from "./pack.ts"
import { drawPerson, type Person } from "./people.ts"
import { drawPhone, nationalDigits, type PhoneType } from "./phones.ts"
import { hash, seeded, type Rng } from "./rng.ts"
import { readSaid, say } from "./said.ts"
import { slot, type Role } from "./slots.ts"

/** A long written group (five digits or more) cut as natives say it: 955 28 71, 123 456, 12 34 56, 1234 5678. */
function chunk(r: Rng, g: string): string[] {
  if (g.length < 5) return [g]
  const sizes = g.length === 5 ? [3, 2] : g.length === 6 ? r.pick([[3, 3], [2, 2, 2]]) : g.length === 7 ? r.pick([[3, 2, 2], [3, 4]]) : r.pick([[2, 2, 2, 2], [4, 4], [3, 3, 2]])
  const out: string[] = []
  let at = 0
  for (const n of sizes) { out.push(g.slice(at, at + n)); at += n }
  if (at < g.length) out.push(g.slice(at))
  return out
}
const SLOT = /\{([^{}]+)\}|\[\[nw:([^\]]+)\]\]/g
const lineCache = new Map<string, PhoneNumber>()

export class Scene {
  readonly used = new Set<Role>()
  readonly people = new Map<Role, Person>()
  readonly cache = new Map<string, string>()
  readonly phones = new Map<string, PhoneNumber>()
  readonly nameWords: string[] = []
  readonly clock: string
  readonly transcript: boolean

  constructor(readonly r: Rng, readonly loc: Locale, readonly biz: Biz, readonly pack: Pack, readonly kind: Kind) {
    this.clock = clockStyle(r, loc)
    this.transcript = kind === "transcript"
  }

  /** A person of the scene, drawn on first use; `named` false for a gendered word that does not name them. */
  person(role: Role, named = true): Person {
    if (named) this.used.add(role)
    if (!this.people.has(role)) {
      const avoid = [...this.people.values()].flatMap((p) => [p.given, p.family])
      const c = this.people.get("C")
      const rel = role === "T" && c && this.r.chance(0.4) ? c : undefined
      this.people.set(role, drawPerson(this.r, this.loc.tag, avoid, rel))
    }
    return this.people.get(role)!
  }

  /** A phone of the scene by key, drawn once: `ph` the customer's mobile, `ph2` another line, `tph` and `kph` others'. */
  phone(key: string): PhoneNumber {
    if (!this.phones.has(key)) {
      const type: PhoneType = key === "ph2" ? (this.r.chance(0.6) ? "fixed" : "mobile") : key === "kph" ? "fixed" : "mobile"
      this.phones.set(key, drawPhone(this.r, this.loc.tag, this.loc.cc, type))
    }
    return this.phones.get(key)!
  }
  phoneType(key: string): PhoneType {
    const t = this.phone(key).getType()
    return t === "FIXED_LINE" ? "fixed" : t === "TOLL_FREE" ? "toll" : "mobile"
  }

  /** The business's own line in this country: the same number in every text of the country. */
  businessLine(): PhoneNumber {
    const key = `${this.biz.key}:${this.loc.tag}`
    if (!lineCache.has(key)) lineCache.set(key, drawPhone(seeded(hash(key)), this.loc.tag, this.loc.cc, "toll"))
    return lineCache.get(key)!
  }

  /** A phone said in words; read back by the generator's own reader, or said digit by digit when ambiguous. */
  sayPhone(p: PhoneNumber): string {
    const r = this.r
    const lang = this.loc.lang
    const sep = this.transcript ? " " : r.pick([", ", ", ", " ... "])
    const plus = r.chance(lang === "en" ? 0.2 : 0.12) && lang !== "cy"
    const digits = plus ? p.nationalNumber : nationalDigits(p).digits
    let groups = plus ? p.formatInternational().split(" ").slice(1).map((g) => g.replace(/\D/g, "")) : nationalDigits(p).groups
    if (["fr", "el", "nn"].includes(lang) && r.chance(0.7)) groups = digits.length % 2 ? [digits.slice(0, 3), ...digits.slice(3).match(/\d\d/g)!] : digits.match(/\d\d/g)!
    else groups = groups.flatMap((g, i) => (i > 0 || groups.length === 1 ? chunk(r, g) : [g]))
    const want = (plus ? `+${p.countryCallingCode}` : "") + digits
    const o = { sep, plus: plus ? p.countryCallingCode : undefined, mixed: this.kind === "voicemail" }
    for (let i = 0; i < 6; i++) {
      const v = say(r, lang, groups, o)
      if (readSaid(lang, v, sep) === want) return v
    }
    return say(r, lang, groups, { ...o, plain: true })
  }
  /** Digits said one by one in groups (a business's own number read out). */
  sayDigits(v: string): string {
    const sep = this.transcript ? " " : ", "
    const groups = v.includes(" ") ? v.split(" ") : v.match(/\d{1,4}/g)!
    return say(this.r, this.loc.lang, groups, { sep, plain: true })
  }

  /** A template rendered to segments. */
  render(t: string): Seg[] {
    const out: Seg[] = []
    let at = 0
    for (const m of t.matchAll(SLOT)) {
      if (m.index! > at) out.push(t.slice(at, m.index))
      if (m[2]) {
        this.nameWords.push(lower(m[2]))
        out.push({ v: m[2], n: "name-word" })
      } else out.push(...slot(this, m[1]!))
      at = m.index! + m[0].length
    }
    if (at < t.length) out.push(t.slice(at))
    return out
  }

  /** The name parts of everyone named in the text. */
  parts(): string[] {
    return nameParts([...this.used].flatMap((k) => [this.people.get(k)!.given, this.people.get(k)!.family]))
  }
}
