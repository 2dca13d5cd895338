// The scene of one text: its people, numbers and values, and the slots its templates are filled from.
// Persons `{C}` `{A}` `{K}` `{T}` (customer, agent, colleague, third party) with a form after a dot (`{C.g}`, see
// people.ts; `x` any plain form) and gendered words as `{C?m|f}`; the rest is in `slot`.
import { bizLine, type Biz } from "./biz.ts"
import type { Seg } from "./draft.ts"
import type { Locale } from "./locales.ts"
import { amountIn, caseIn, chatDate, dateIn, dob, domesticAccount, expiryIn, maskIn, postcodeIn, timeIn, versionIn } from "./lookalikes.ts"
import { NAME_WORDS, asciiFold } from "./names.ts"
import type { Kind, Pack } from "./pack.ts"
import { core, localPart, makePerson, written, type Form, type Person } from "./people.ts"
import { writePhone } from "./phoneforms.ts"
import { drawPhone, nearPhone, type Phone } from "./phones.ts"
import { holes, type Slots } from "./render.ts"
import type { Rng } from "./rng.ts"
import { sayPhone } from "./said.ts"
import { card, ip, iban, ibanInvalid, luhnInvalid, nino, ninoInvalid, ssn, ssnInvalid, type IbanStyle } from "./values.ts"

const PERSON_HOLE = /^([CAKT])(?:\.([gftFUisnx]))?$/
const GENDER_HOLE = /^([CAKT])\?([^|]*)\|(.*)$/
const PII = new Set(["ph", "ph2", "tph", "phs", "phfix", "phwfix", "bph", "em", "bem", "aem", "kem", "tem", "card", "ibanN", "ssn", "nino", "ip"])
const EMAIL_DOMAINS = ["example.com", "example.net", "example.org", "mail.example.com", "post.example.net", "inbox.example.org"]

export class Scene implements Slots {
  readonly people = new Map<string, Person>()
  private phones = new Map<string, Phone>()
  private mails = new Map<string, string>()
  private last4?: string
  private minutes: number
  private day?: string
  private refKinds: number[] = []

  private clockStyle: number
  private from?: number
  /** The visitor's address: the same in a chat's header and its lines. */
  private visitorIp?: string

  constructor(readonly r: Rng, readonly loc: Locale, readonly biz: Biz, readonly pack: Pack, readonly kind: Kind) {
    this.minutes = r.range(8 * 60, 18 * 60)
    this.clockStyle = r.int(1000)
  }

  /** Name parts of everyone in the text. */
  parts(): string[] {
    return [...this.people.values()].flatMap((p) => p.parts)
  }

  /** Whether this locale (and a nameless text) can fill every hole of a template. */
  can(template: string, bare: boolean): boolean {
    return holes(template).every((h) => {
      if (h.startsWith("nw:")) return (NAME_WORDS[this.loc.tag] ?? []).includes(h.slice(3).toLowerCase())
      if (bare && (PERSON_HOLE.test(h) || GENDER_HOLE.test(h) || PII.has(h) || (h === "iban" && this.loc.iban))) return false
      if (h === "ssn" || h === "ssnx") return this.loc.cc === "US"
      if (h === "nino" || h === "ninox") return this.loc.cc === "GB"
      if (h === "ibanN") return this.loc.near.length > 0
      if (h === "ibanx") return this.loc.iban
      if (h === "acct") return !this.loc.iban
      return true
    })
  }

  person(role: string): Person {
    let p = this.people.get(role)
    if (!p) {
      p = makePerson(this.r, this.loc.tag, [...this.people.values()])
      this.people.set(role, p)
    }
    return p
  }

  private personSegs(role: string, form: string | undefined): Seg[] {
    const p = this.person(role)
    let f = (form ?? "n") as Form | "x"
    if (f === "x") f = this.r.pick(["n", "g", "t", "i", "n"] as Form[])
    const titles = this.pack.title[p.gender]
    if (f === "t" && titles.length === 0) f = "n"
    // An initial that reads as a title (French `M.` for Marie) would make the span ambiguous.
    if (f === "i" && [...this.pack.title.m, ...this.pack.title.f].includes(`${p.given[0]}.`)) f = "n"
    const name: Seg = { t: written(p, f as Form, this.r), e: "PERSON" }
    return f === "t" ? [{ t: `${this.r.pick(titles)} ` }, name] : [name]
  }

  private phone(key: string): Phone {
    let ph = this.phones.get(key)
    if (!ph) {
      ph = drawPhone(this.r, this.loc.cc, key === "ph2" && this.r.chance(0.5) ? "fix" : key === "ph" ? (this.r.chance(0.8) ? "mob" : "fix") : undefined)
      this.phones.set(key, ph)
    }
    return ph
  }

  private said(ph: Phone): string {
    return sayPhone(this.r, ph, this.pack.lang)
  }

  private email(key: string): string {
    let m = this.mails.get(key)
    if (!m) {
      const staff = key === "aem" || key === "kem"
      const p = this.person(key === "aem" ? "A" : key === "kem" ? "K" : key === "tem" ? "T" : "C")
      m = staff ? `${asciiFold(p.given.split(/[ -]/)[0]!)}.${asciiFold(core(p.family).split(" ")[0]!)}@${this.biz.domain}` : `${localPart(p, this.r)}@${this.r.pick(EMAIL_DOMAINS)}`
      this.mails.set(key, m)
    }
    return m
  }

  private ibanStyle(): IbanStyle {
    const x = this.r.next()
    if (this.kind === "email" && x < 0.35) return "broken"
    if ((this.kind === "chat" || this.kind === "sms") && x < 0.3) return "lower"
    return x < 0.62 ? "grouped" : "compact"
  }

  private domestic(): Seg[] {
    const { code, acct } = domesticAccount(this.r, this.loc.cc)
    const c: Seg = { t: code, n: "bank-code" }
    const a: Seg = { t: acct, n: "bank-account" }
    switch (this.loc.cc) {
      case "US": return [{ t: "routing " }, c, { t: ", account " }, a]
      case "AU": return [{ t: "BSB " }, c, { t: ", account " }, a]
      case "IN": return [{ t: "a/c " }, a, { t: ", IFSC " }, c]
      case "ZA": return [{ t: "account " }, a, { t: ", branch code " }, c]
      default: return [{ t: "transit/institution " }, c, { t: ", account " }, a]
    }
  }

  /** A lettered reference of the business, of a kind not yet used in the text where one is left. */
  private ref(): Seg {
    const left = this.biz.refs.map((_, i) => i).filter((i) => !this.refKinds.includes(i))
    const i = this.r.pick(left.length ? left : this.biz.refs.map((_, j) => j))
    this.refKinds.push(i)
    const ref = this.biz.refs[i]!(this.r)
    return { t: ref.text, n: ref.kind }
  }

  private clock(): string {
    this.minutes += this.r.range(0, 3)
    return timeIn(this.r, this.loc, this.minutes, this.clockStyle)
  }

  nameWord(word: string): Seg[] {
    return [{ t: word, n: "name-word" }]
  }

  slot(key: string): Seg[] {
    const pm = PERSON_HOLE.exec(key)
    if (pm) return this.personSegs(pm[1]!, pm[2])
    const gm = GENDER_HOLE.exec(key)
    if (gm) return [{ t: this.person(gm[1]!).gender === "m" ? gm[2]! : gm[3]! }]
    return this.valueSlot(key) ?? this.plainSlot(key)
  }

  private valueSlot(key: string): Seg[] | undefined {
    const r = this.r
    switch (key) {
      case "ph": case "ph2": case "tph": return [{ t: writePhone(r, this.phone(key)), e: "PHONE" }]
      case "phs": return [{ t: this.said(this.phone("ph")), e: "PHONE" }]
      case "phfix": { const ph = this.phone("ph"); return [{ t: this.said(nearPhone(r, ph)), e: "PHONE" }, { t: `, ${r.pick(this.pack.sorry)} ` }, { t: this.said(ph), e: "PHONE" }] }
      case "phwfix": { const ph = this.phone("ph"); return [{ t: writePhone(r, nearPhone(r, ph)), e: "PHONE" }, { t: ` ${r.pick(this.pack.sorry)} ` }, { t: writePhone(r, ph), e: "PHONE" }] }
      case "bph": return [{ t: bizLine(this.biz, this.loc.cc).text, e: "PHONE" }]
      case "em": case "aem": case "kem": case "tem": return [{ t: this.email(key), e: "EMAIL" }]
      case "bem": return [{ t: `${r.pick(this.biz.roles)}@${this.biz.domain}`, e: "EMAIL" }]
      case "card": { const c = card(r); this.last4 = c.last4; return [{ t: c.text, e: "CARD" }] }
      case "iban": return this.loc.iban ? [{ t: iban(r, this.loc.cc, this.ibanStyle()), e: "IBAN" }] : this.domestic()
      case "ibanN": return [{ t: iban(r, r.pick(this.loc.near), this.ibanStyle()), e: "IBAN" }]
      case "ibanx": return [{ t: ibanInvalid(r, this.loc.cc), n: "iban-checksum" }]
      case "acct": return this.domestic()
      case "luhnx": return [{ t: luhnInvalid(r), n: "luhn-invalid" }]
      case "ssn": return [{ t: ssn(r), e: "US_SSN" }]
      case "ssnx": return [{ t: ssnInvalid(r), n: "ssn-invalid" }]
      case "nino": return [{ t: nino(r), e: "UK_NINO" }]
      case "ninox": return [{ t: ninoInvalid(r), n: "nino-invalid" }]
      case "ip": this.visitorIp ??= ip(r); return [{ t: this.visitorIp, e: "IP_ADDRESS" }]
    }
    return undefined
  }

  private plainSlot(key: string): Seg[] {
    const r = this.r
    const words = this.pack.biz[this.biz.key]
    switch (key) {
      case "r1": case "r2": return [this.ref()]
      case "rd": { const d = this.biz.digits(r); return [{ t: d.text, n: d.kind }] }
      case "date": return [{ t: dateIn(r, this.loc.tag), n: "date" }]
      case "dob": return [{ t: dob(r, this.loc.tag), n: "date" }]
      case "time": return [{ t: timeIn(r, this.loc), n: "time" }]
      case "clock": return [{ t: this.clock(), n: "time" }]
      case "t1": this.from = r.range(8 * 60, 15 * 60); return [{ t: timeIn(r, this.loc, this.from, this.clockStyle), n: "time" }]
      case "t2": return [{ t: timeIn(r, this.loc, (this.from ?? 9 * 60) + r.pick([60, 90, 120, 180]), this.clockStyle), n: "time" }]
      case "wa": { this.day ??= chatDate(r, this.loc.tag); return [{ t: "[" }, { t: this.day, n: "date" }, { t: ", " }, { t: this.clock(), n: "time" }, { t: "]" }] }
      case "amt": return [{ t: amountIn(r, this.loc), n: "amount" }]
      case "pc": return [{ t: postcodeIn(r, this.loc.cc), n: "postcode" }]
      case "pcw": return [{ t: this.loc.pcWord }]
      case "Pcw": return [{ t: this.loc.pcWord[0]!.toUpperCase() + this.loc.pcWord.slice(1) }]
      case "ver": return [{ t: versionIn(r), n: "version" }]
      case "case": return [{ t: caseIn(r), n: "case-number" }]
      case "mask": return [{ t: maskIn(r, this.last4 ?? r.digits(4)), n: "masked-card" }]
      case "exp": return [{ t: expiryIn(r), n: "card-expiry" }]
      case "biz": return [{ t: this.biz.name }]
      case "what": return [{ t: r.pick(words.what) }]
      case "issue": return [{ t: r.pick(words.issue) }]
      case "staff": return [{ t: r.pick(words.staff) }]
      case "place": return [{ t: r.pick(words.place) }]
      case "ext": return [{ t: `${r.pick(this.pack.ext)} ${r.range(200, 489)}` }]
      case "n": return [{ t: String(r.range(2, 9)) }]
      case "dur": return [{ t: `${r.range(0, 1)}:${String(r.range(8, 59)).padStart(2, "0")}` }]
    }
    if (key.startsWith("L.")) return [{ t: (this.pack.L as unknown as Record<string, string>)[key.slice(2)] ?? key }]
    throw new Error(`unknown slot {${key}}`)
  }
}
