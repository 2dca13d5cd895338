// One text being written: its locale, business and draft, and the helpers that append labeled and lookalike values.
import { E, N, fill, type Draft, type Piece } from "./draft.ts"
import type { Locale } from "./locales.ts"
import { drawPerson, localPart, nameAs, type Person } from "./people.ts"
import { drawPhone, type Phone } from "./phones.ts"
import type { Rng } from "./rng.ts"
import type { Words } from "./words.ts"

export type NameStyle = "full" | "given" | "caps" | "initial" | "lower" | "family"
const DAY = 86400000

export class Scene {
  readonly w: Words
  constructor(readonly r: Rng, readonly loc: Locale, readonly domain: string, readonly d: Draft) {
    this.w = loc.w
  }

  person(): Person {
    const p = drawPerson(this.r, this.loc)
    this.d.parts.push(...p.parts)
    return p
  }
  /** A PERSON label for `p`, written in one of the styles. */
  P(p: Person, style: NameStyle = "full"): Piece {
    return E("PERSON", nameAs(p, style, this.loc))
  }

  phone(want?: "mobile" | "fixed"): Phone {
    return drawPhone(this.r, this.loc.cc, want)
  }
  /** A PHONE label in one of its written forms (weights favour how the country writes numbers). */
  tel(ph: Phone, form?: string): Piece {
    const forms = Object.keys(ph.forms)
    const pick = form && ph.forms[form] ? form : this.r.pick([...forms, "national", "national", "intl"].filter((f) => ph.forms[f]))
    return E("PHONE", ph.forms[pick]!)
  }

  email(p: Person, domain = this.r.pick(this.loc.mail)): Piece {
    return E("EMAIL", `${localPart(this.r, p, this.loc)}@${domain}`)
  }

  private day(): Date {
    return new Date(Date.UTC(2026, 0, 1) + this.r.int(365) * DAY)
  }
  dateText(style = this.r.pick(this.loc.dates)): string {
    const d = this.day()
    if (style === "iso") return d.toISOString().slice(0, 10)
    if (style === "dots") return `${String(d.getUTCDate()).padStart(2, "0")}.${String(d.getUTCMonth() + 1).padStart(2, "0")}.2026`
    return new Intl.DateTimeFormat(this.loc.intl, { dateStyle: style, timeZone: "UTC" }).format(d)
  }
  date(style?: Parameters<Scene["dateText"]>[0]): Piece {
    return N("date", this.dateText(style))
  }
  time(): Piece {
    const h = 7 + this.r.int(12)
    const m = this.r.pick(["00", "15", "30", "45"])
    if (this.loc.english && this.r.chance(0.5)) return N("time", `${h > 12 ? h - 12 : h}:${m} ${h >= 12 ? "pm" : "am"}`)
    return N("time", `${String(h).padStart(2, "0")}:${m}`)
  }
  range(): Piece {
    const h = this.r.pick([8, 9, 12, 13, 14])
    return N("time-range", `${String(h).padStart(2, "0")}:00${this.r.pick(["–", "-", " - "])}${String(h + this.r.pick([2, 4])).padStart(2, "0")}:00`)
  }
  stamp(): Piece {
    const d = this.day().toISOString().slice(0, 10)
    const t = `${String(this.r.int(24)).padStart(2, "0")}:${String(this.r.int(60)).padStart(2, "0")}:${String(this.r.int(60)).padStart(2, "0")}`
    return N("timestamp", `${d}T${t}${this.r.pick(["Z", "Z", "+01:00", "+02:00"])}`)
  }
  amount(lo: number, hi: number): Piece {
    const n = lo + this.r.int(hi - lo)
    const v = this.r.chance(0.5) ? n : n + this.r.pick([0.5, 0.99, 0.25])
    return N("amount", new Intl.NumberFormat(this.loc.intl, { style: "currency", currency: this.loc.currency }).format(v))
  }
  /** An ordinary sentence that uses a word that is also a given name. */
  nameWord(): Piece[] {
    if (!this.loc.nameWords.length) return []
    const [word, phrase] = this.r.pick(this.loc.nameWords)
    return fill(phrase, [N("name-word", word)])
  }
  /** Fills a phrase of this locale's words. */
  say(key: keyof Words, ...args: Piece[][]): Piece[] {
    return fill(this.w[key], ...args)
  }
}
