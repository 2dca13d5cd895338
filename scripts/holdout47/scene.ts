// One text being written: its locale, business, people and the slot writers every kind shares.
import { BRAND, MAIN, bizNumber, type Biz } from "./business.ts"
import { Draft } from "./draft.ts"
import { iban, ibanInvalid, type IbanStyle } from "./iban.ts"
import type { Locale } from "./locales.ts"
import { NAMES, PARTICLES } from "./names.ts"
import { drawPhone, writePhone, type Phone } from "./phones.ts"
import type { Rng } from "./rng.ts"
import { ascii, card, luhnInvalid, type CardStyle } from "./values.ts"
import { WORDS, type Words } from "./words.ts"

export interface Person { given: string; family: string; email: string; phone: Phone }
export type NameForm = "full" | "given" | "family" | "comma" | "upper" | "lower"

export class Scene {
  readonly w: Words
  readonly cust: Person
  readonly agent: Person
  constructor(readonly r: Rng, readonly loc: Locale, readonly biz: Biz, readonly d: Draft) {
    this.w = WORDS[loc.lang]!
    this.cust = this.person()
    this.agent = this.person(BRAND[biz].domain)
  }

  person(domain?: string): Person {
    const { r, loc } = this
    const names = NAMES[loc.tag]!
    const female = r.chance(0.5)
    const given = r.pick(female ? names.f : names.m)
    const fam = () => { const [m, f] = r.pick(names.family).split("|"); return female ? (f ?? m!) : m! }
    let family = fam()
    if (names.twoSurnames && r.chance(0.6)) { const second = fam(); if (second !== family) family += " " + second }
    const g = ascii(given.split(" ")[0]!)
    const f = ascii(family.split(" ").filter((x) => !PARTICLES.has(x)).join(""))
    const local = domain ? `${g}.${f}` : r.pick([`${g}.${f}`, `${g}${f}`, `${g}_${f}${r.int(1, 99)}`, `${g[0]}.${f}`, `${f}.${g}`, `${g}${r.int(70, 99)}`])
    return { given, family, email: `${local}@${domain ?? r.pick(loc.domains)}`, phone: drawPhone(r, loc.cc, domain ? r.chance(0.4) : r.chance(0.8)) }
  }

  t(s: string): this { this.d.t(s); return this }
  neg(kind: string, v: string): this { this.d.n(kind, v); return this }
  ent(type: string, v: string): this { this.d.e(type, v); return this }

  /** A person's name as one PERSON span (or two, for "comma" when asked), every part noted for the check. */
  name(p: Person, form: NameForm = "full"): this {
    const parts = [...p.given.split(" "), ...p.family.split(" ").filter((x) => !PARTICLES.has(x))]
    this.d.parts.push(...parts)
    const v = form === "given" ? p.given : form === "family" ? p.family : form === "comma" ? `${p.family}, ${p.given}` : form === "upper" ? `${p.family.toUpperCase()} ${p.given}` : `${p.given} ${p.family}`
    return this.ent("PERSON", form === "lower" ? v.toLowerCase() : v)
  }
  /** Notes a person's name parts without writing the name (for an e-mail address alone). */
  named(p: Person): this { this.d.parts.push(...p.given.split(" "), ...p.family.split(" ").filter((x) => !PARTICLES.has(x))); return this }
  phone(p: Person, prefer?: string[]): this { return this.ent("PHONE", writePhone(this.r, p.phone, prefer)) }
  mail(p: Person): this { this.named(p); return this.ent("EMAIL", p.email) }
  ref(i = 0): this { const kind = MAIN[this.biz][i]!; return this.neg(kind, bizNumber(this.r, kind, this.loc.cc)) }
  num(kind: string): this { return this.neg(kind, bizNumber(this.r, kind, this.loc.cc)) }
  card(style: CardStyle = this.r.pick(["spaces", "spaces", "dashes", "compact"])): this { return this.ent("CARD", card(this.r, style)) }
  /** The customer's bank: an IBAN where the country has one, the domestic account elsewhere. */
  bank(style: IbanStyle = this.r.pick(["grouped", "grouped", "compact"])): this {
    return this.loc.iban ? this.ent("IBAN", iban(this.r, this.loc.cc, style)) : this.num("bank-account")
  }

  date(): this {
    const day = new Date(Date.UTC(2026, 0, 1 + this.r.int(0, 364)))
    const style = this.r.pick(["short", "medium", "long", "iso"] as const)
    const v = style === "iso" ? day.toISOString().slice(0, 10) : new Intl.DateTimeFormat(this.loc.tag, { dateStyle: style, timeZone: "UTC" }).format(day)
    return this.neg("date", v)
  }
  time(): this { return this.neg("time", `${String(this.r.int(7, 20)).padStart(2, "0")}:${this.r.pick(["00", "15", "30", "45", "05", "50"])}`) }
  amount(): this {
    const n = this.r.int(15, 950) + (this.loc.currency === "CLP" || this.loc.currency === "ISK" ? 0 : this.r.pick([0, 0.5, 0.99]))
    const v = new Intl.NumberFormat(this.loc.tag, { style: "currency", currency: this.loc.currency }).format(this.loc.currency === "CLP" || this.loc.currency === "ISK" ? n * 100 : n)
    return this.neg("amount", v.trim())
  }
  /** A mistyped card (Luhn fails) for "declined" sentences. */
  badCard(): this { return this.neg("luhn-invalid", luhnInvalid(this.r, this.r.pick(["spaces", "dashes", "compact"]))) }
  /** A mistyped IBAN (mod 97 fails) where the country has IBANs, else a mistyped card. */
  badIban(): this { return this.loc.iban ? this.neg("iban-checksum", ibanInvalid(this.r, this.loc.cc)) : this.badCard() }
  /** "The card … was declined" or, where IBANs are used, "the IBAN … bounced", with its invalid lookalike. */
  failed(): this {
    const iban = this.loc.iban && this.r.chance(0.5)
    return this.say(iban ? this.w.bounced : this.w.declined, { L: () => (iban ? this.badIban() : this.badCard()) })
  }
  nameWord(): boolean {
    const pairs = this.w.nw
    if (!pairs.length) return false
    const [word, sentence] = this.r.pick(pairs)
    this.say(sentence, { W: () => this.neg("name-word", word) })
    return true
  }

  /** Writes a template, filling each `{X}` slot; unknown slots fall back to the shared writers. */
  say(template: string, slots: Record<string, () => void> = {}): this {
    const shared: Record<string, () => void> = {
      N: () => this.name(this.cust), G: () => this.name(this.cust, "given"), P: () => this.phone(this.cust), E: () => this.mail(this.cust),
      R: () => this.ref(0), S: () => this.ref(1), D: () => this.date(), T: () => this.time(), A: () => this.amount(), C: () => this.card(), I: () => this.bank(),
      L: () => this.badCard(),
    }
    for (const piece of template.split(/(\{[A-Z]\})/)) {
      const m = /^\{([A-Z])\}$/.exec(piece)
      if (m) (slots[m[1]!] ?? shared[m[1]!]!)()
      else if (piece) this.t(piece)
    }
    return this
  }
}
