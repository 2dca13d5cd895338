// One text being drawn: its locale, business and draft, and the values it may hold, each as a labeled piece.
import { fill, type Draft, type Piece } from "./draft.ts"
import { BIZ, NUMBERS, type Biz } from "./business.ts"
import { digitsId } from "./digits-id.ts"
import { en, da, hu, nb, nl } from "./lang-a.ts"
import { bg, lt, lv, sk, sl } from "./lang-b.ts"
import { de, es, fr, uk } from "./lang-c.ts"
import type { Lang } from "./lang-type.ts"
import type { Locale } from "./locales.ts"
import { namesOf, PARTICLES } from "./names.ts"
import { phone, said } from "./phones.ts"
import type { Rng } from "./rng.ts"
import * as V from "./values.ts"

export const LANGS: Record<string, Lang> = { en, nl, da, nb, hu, sk, sl, lt, lv, bg, uk, fr, de, es }
export { BIZ }

export interface Person { given: string; family: string; female: boolean }
export type NameForm = "full" | "given" | "comma" | "caps" | "lower"

const CYR: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", ґ: "g", д: "d", е: "e", є: "ye", ж: "zh", з: "z", и: "i", і: "i", ї: "yi", й: "y", к: "k", л: "l", м: "m",
  н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "h", ц: "ts", ч: "ch", ш: "sh", щ: "sht", ъ: "a", ь: "", ю: "yu", я: "ya",
}
/** A name as it is typed in an e-mail address: Latin letters only. */
export function translit(s: string, lang: string): string {
  const ua = lang === "uk"
  return Array.from(s.toLowerCase(), (c) => (ua && c === "г" ? "h" : ua && c === "и" ? "y" : ua && c === "х" ? "kh" : ua && c === "щ" ? "shch" : CYR[c] ?? c))
    .join("").replace(/ø/g, "o").replace(/æ/g, "ae").replace(/ß/g, "ss").replace(/ł/g, "l").normalize("NFD").replace(/[^a-z]/g, "")
}

export class Scene {
  readonly L: Lang
  readonly people: Person[] = []
  constructor(readonly r: Rng, readonly loc: Locale, readonly biz: Biz, readonly d: Draft) {
    this.L = LANGS[loc.lang]!
  }

  person(): Person {
    const ns = namesOf(this.loc.tag)
    for (;;) {
      const female = this.r.chance(0.5)
      const given = this.r.pick(female ? ns.female : ns.male)
      const fam = () => this.r.pick(ns.family)[female ? 1 : 0]
      let family = fam()
      if (this.loc.lang === "es") for (let f2 = fam(); ; f2 = fam()) if (f2 !== family) { family += " " + f2; break }
      if (this.people.some((p) => p.given === given || p.family === family)) continue
      const p = { given, family, female }
      this.people.push(p)
      for (const w of `${given} ${family}`.split(/[\s-]+/)) if (!PARTICLES.has(w.toLowerCase())) this.d.parts.push(w)
      return p
    }
  }

  nameText(p: Person, form: NameForm = "full"): string {
    const full = this.loc.familyFirst ? `${p.family} ${p.given}` : `${p.given} ${p.family}`
    if (form === "given") return p.given
    if (form === "comma") return `${p.family}, ${p.given}`
    if (form === "caps") return `${p.family.toLocaleUpperCase(this.loc.tag)} ${p.given}`
    if (form === "lower") return full.toLocaleLowerCase(this.loc.tag)
    return full
  }
  name = (p: Person, form: NameForm = "full"): Piece => ({ t: this.nameText(p, form), type: "PERSON" })

  phone = (form?: "e164" | "national" | "intl"): Piece => ({ t: phone(this.r, this.loc.cc, form).written, type: "PHONE" })
  saidPhone(sep?: string): Piece {
    for (;;) {
      const ph = phone(this.r, this.loc.cc)
      const s = said(this.r, ph.p, this.L.digits, this.loc.lang === "en", sep)
      if (s) return { t: s, type: "PHONE" }
    }
  }

  emailText(p: Person): string {
    const g = translit(p.given, this.loc.lang)
    const f = translit(p.family.split(" ")[0]!, this.loc.lang)
    const local = this.r.pick([`${g}.${f}`, `${g[0]}.${f}`, `${f}${g[0]}`, `${g}_${f}`, `${g}${f}${this.r.int(1, 99)}`, `${g}.${f}${this.r.int(70, 99)}`])
    return `${local}@${this.r.pick(this.loc.domains)}`
  }
  email = (p: Person): Piece => ({ t: this.emailText(p), type: "EMAIL" })
  deskEmail = (): Piece => ({ t: `${this.r.pick(["help", "desk", "service", "support", "info"])}@${this.biz.domain}`, type: "EMAIL" })

  card = (): Piece => ({ t: V.card(this.r), type: "CARD" })
  hasIban = () => this.loc.ibanLength !== undefined
  /** Where a refund goes: an IBAN label where IBANs are used, else a domestic account (a negative). */
  account(): Piece[] {
    if (this.loc.ibanLength) {
      const v = V.iban(this.r, this.loc.cc, this.loc.ibanLength)
      return ["IBAN ", { t: this.r.chance(0.1) ? v.toLowerCase() : v, type: "IBAN" }]
    }
    return [{ t: bankAccount(this.r, this.loc.cc), kind: "bank-account" }]
  }
  ibanBad = (): Piece => ({ t: V.ibanBad(this.r, this.loc.cc, this.loc.ibanLength!), kind: "iban-checksum" })
  luhnBad = (): Piece => ({ t: V.luhnBad(this.r), kind: "luhn-invalid" })
  ip = (v6 = this.r.chance(0.25)): Piece => ({ t: v6 ? V.ipv6(this.r) : V.ipv4(this.r), type: "IP_ADDRESS" })
  ssn = (): Piece => ({ t: V.ssn(this.r), type: "US_SSN" })
  nino = (): Piece => ({ t: V.nino(this.r), type: "UK_NINO" })
  ssnBad = (): Piece => ({ t: V.ssnBad(this.r), kind: "ssn-invalid" })
  ninoBad = (): Piece => ({ t: V.ninoBad(this.r), kind: "nino-invalid" })

  num = (kind: string): Piece => ({ t: NUMBERS[kind]!(this.r), kind })
  date = (): Piece => ({ t: V.date(this.r, this.loc.tag), kind: "date" })
  time = (): Piece => ({ t: V.time(this.r), kind: "time" })
  amount = (): Piece => ({ t: V.amount(this.r, this.loc.tag, this.loc.currency), kind: "amount" })
  masked = (): Piece => ({ t: V.masked(this.r), kind: "masked-card" })
  expiry = (): Piece => ({ t: V.expiry(this.r), kind: "card-expiry" })

  t = (key: keyof Lang, vals: Record<string, Piece | Piece[]> = {}): Piece[] => fill(this.L[key] as string, vals)
  keys = () => this.L.keys.split("|")
  nameWord(): Piece[] {
    const [w, s] = this.r.pick(this.L.nameWords)
    return fill(s, { w: { t: s.startsWith("{w}") ? w[0]!.toUpperCase() + w.slice(1) : w, kind: "name-word" } })
  }
  bizLine = (): Piece[] => fill(this.L.biz[this.biz.key][0], { x: this.num(this.biz.x), y: this.num(this.biz.y) })
  bizLine2 = (): Piece[] => fill(this.L.biz[this.biz.key][1], { z: this.num(this.biz.z) })
  brand = () => this.biz.brand
  isUS = () => this.loc.tag === "en-US"
  isGB = () => this.loc.tag === "en-GB"
}

function bankAccount(r: Rng, cc: string): string {
  if (cc === "CA") return digitsId(r, () => `${r.digits(5)}-${r.digits(3)}-${r.digits(7)}`)
  if (cc === "US") return digitsId(r, () => r.pick(["0", "1", "2"]) + r.digits(8) + " " + r.digits(10))
  if (cc === "MX") return digitsId(r, () => "0" + r.digits(17))
  if (cc === "AR") return digitsId(r, () => "0" + r.digits(21))
  return digitsId(r, () => r.pick(["3", "5", "9"]) + r.digits(r.int(11, 13)))
}
