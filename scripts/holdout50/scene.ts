// A scene: one text being written for one locale and business. Its methods append literals and labeled spans to the
// draft; `say` fills a language-pack sentence's slots.
import type { PhoneNumber } from "libphonenumber-js/max"
import { BIZ, bizNumber, type Biz } from "./biz.ts"
import type { Draft } from "./draft.ts"
import { ALL_COUNTRIES as COUNTRIES, type Locale } from "./locales.ts"
import type { Pack } from "./pack.ts"
import { drawPerson, mailOf, nameText, type Person, type Style } from "./people.ts"
import { drawPhone, said, writePhone, type Form } from "./phones.ts"
import type { Rng } from "./rng.ts"
import * as V from "./values.ts"

export { BIZ }
export type Slots = Record<string, () => void>
const DAY = 86400000
const BIDI = /^[\u200e\u200f\u061c]+|[\u200e\u200f\u061c]+$/g
export type DateStyle = "short" | "medium" | "long" | "iso"

export class Scene {
  readonly L: Pack
  /** While set, everything written is lower case (speech-to-text). */
  low = false
  private used = new Set<string>()
  private phones = new Map<Person, PhoneNumber>()
  private mails = new Map<Person, string>()
  private line?: PhoneNumber
  private roleBox?: string
  constructor(readonly r: Rng, readonly loc: Locale, readonly biz: Biz, readonly d: Draft) {
    this.L = loc.pack
  }

  private cased = (s: string) => (this.low ? s.toLocaleLowerCase(this.loc.tag) : s)
  put(s: string): this {
    this.d.put(this.cased(s))
    return this
  }
  ent(type: string, s: string): this {
    this.d.ent(type, this.cased(s))
    return this
  }
  /** Lookalikes keep their case even in speech-to-text (their shapes are checked). */
  neg(kind: string, s: string): this {
    this.d.neg(kind, s)
    return this
  }

  run(f: () => unknown): this {
    f()
    return this
  }

  /** Fill a sentence's slots; a slot not given falls back to the scene's standard one for `p`. */
  say(tpl: string, slots: Slots = {}, p?: Person, staff?: Person): this {
    const std = this.std(p, staff)
    tpl.split(/\{([A-Z])\}/).forEach((x, i) => (i % 2 ? (slots[x] ?? std[x] ?? this.missing(x, tpl))() : x && this.put(x)))
    return this
  }
  private missing(x: string, tpl: string): never {
    throw new Error(`slot {${x}} unfilled in "${tpl}"`)
  }
  std(p?: Person, staff?: Person): Slots {
    const r = this.r
    return {
      ...(p ? { N: () => this.name(p), G: () => this.name(p, "call"), F: () => this.ent("PERSON", p.family), P: () => this.phone(p), E: () => this.email(p) } : {}),
      ...(staff ? { S: () => this.name(staff, r.pick<Style>(["full", "call", "full"])) } : {}),
      B: () => this.bn(), D: () => this.date(), T: () => this.time(), A: () => this.amount(), M: () => this.masked(), X: () => this.expiry(),
      L: () => this.badCard(), C: () => this.card(), I: () => this.payout(), J: () => this.badIban(), K: () => this.put(this.L.topic[this.biz.key]),
      R: () => this.put(this.biz.brand), W: () => this.word(),
    }
  }

  person(female?: boolean): Person {
    const p = drawPerson(this.r, this.loc, this.used, female)
    this.d.addParts(p.given, p.family)
    return p
  }
  name(p: Person, style?: Style): this {
    const st = style ?? this.r.pick<Style>(["full", "full", "full", "call", "fam-first", "CAPS-first", "comma", "caps"])
    return this.ent("PERSON", nameText(p, this.loc, st))
  }
  polite(p: Person): this {
    const full = () => this.name(p, "full")
    return this.say(p.female ? this.L.polite.f : this.L.polite.m, { N: full, G: () => this.name(p, "call"), F: () => this.ent("PERSON", p.family) })
  }
  phoneOf(p: Person): PhoneNumber {
    if (!this.phones.has(p)) this.phones.set(p, drawPhone(this.r, this.loc.country))
    return this.phones.get(p)!
  }
  phone(p: Person, form?: Form): this {
    const arabic = !form && this.loc.tag === "ar-AE" && this.r.chance(0.7)
    return this.ent("PHONE", writePhone(this.r, this.phoneOf(p), form, arabic))
  }
  saidPhone(p: Person): this {
    return this.ent("PHONE", said(this.r, this.phoneOf(p), this.L.digits.split(" "), this.loc.lang === "en"))
  }
  bizLine(): PhoneNumber {
    return (this.line ??= drawPhone(this.r, this.loc.country))
  }
  bizPhone(form?: Form): this {
    return this.ent("PHONE", writePhone(this.r, this.bizLine(), form))
  }
  mailOf(p: Person): string {
    if (!this.mails.has(p)) this.mails.set(p, mailOf(this.r, p, this.loc))
    return this.mails.get(p)!
  }
  email(p: Person): this {
    return this.ent("EMAIL", this.mailOf(p))
  }
  roleMail(): string {
    return (this.roleBox ??= `${this.r.pick(this.biz.roles)}@${this.biz.domain}`)
  }
  role(): this {
    return this.ent("EMAIL", this.roleMail())
  }

  bn(kind?: string): this {
    const [k, v] = bizNumber(this.r, this.biz, kind)
    return this.neg(k, v)
  }
  dateText(style?: DateStyle): string {
    const d = new Date(Date.UTC(2026, 0, 1) + this.r.int(365) * DAY)
    const st = style ?? this.r.pick<DateStyle>(["short", "medium", "long", "iso"])
    return st === "iso" ? d.toISOString().slice(0, 10) : new Intl.DateTimeFormat(this.loc.tag, { dateStyle: st, timeZone: "UTC" }).format(d)
  }
  date(style?: DateStyle): this {
    return this.neg("date", this.dateText(style))
  }
  private minute = -1
  /** A clock for chat lines and logs: it only moves forward within a text. */
  stamp(): this {
    if (this.minute < 0) this.minute = 8 * 60 + this.r.int(600)
    this.minute += this.r.int(4)
    return this.neg("time", `${String(Math.floor(this.minute / 60)).padStart(2, "0")}:${String(this.minute % 60).padStart(2, "0")}`)
  }
  timeText = () => `${String(8 + this.r.int(12)).padStart(2, "0")}:${String(this.r.int(60)).padStart(2, "0")}`
  time(): this {
    return this.neg("time", this.timeText())
  }
  amount(): this {
    const big = ["KRW", "VND", "IDR", "UZS", "CRC", "AMD", "KZT"].includes(this.loc.currency)
    const n = big ? (5 + this.r.int(400)) * 1000 : (1500 + this.r.int(60000)) / 100
    const v = new Intl.NumberFormat(this.loc.tag, { style: "currency", currency: this.loc.currency }).format(n)
    return this.neg("amount", v.replace(BIDI, "").trim())
  }
  masked = () => this.neg("masked-card", V.masked(this.r))
  expiry = () => this.neg("card-expiry", V.expiry(this.r))
  badCard = () => this.neg("luhn-invalid", V.badCard(this.r))
  card = () => this.ent("CARD", V.card(this.r))
  /** An IBAN where the country uses them, else a domestic account (a hard negative). */
  payout(): this {
    const { bban, account, country } = this.loc
    if (bban) return this.ent("IBAN", V.formatIban(this.r, V.iban(this.r, country, bban)))
    return this.neg("bank-account", V.account(this.r, account!, COUNTRIES))
  }
  badIban(): this {
    return this.neg("iban-checksum", V.badIban(this.r, this.loc.country, this.loc.bban!))
  }
  ip(v6 = this.r.chance(0.3)): this {
    return this.ent("IP_ADDRESS", v6 ? V.ipv6(this.r) : V.ipv4(this.r))
  }
  word(): this {
    const [w, line] = this.r.pick(this.L.words)
    return this.say(line, { W: () => this.neg("name-word", w) })
  }
  /** The SSN (en-US) or NI number (en-GB) with its field name; `key` is how the field is written. */
  natId(key?: string): this {
    if (this.loc.tag === "en-US") return this.put(key ?? "SSN ").ent("US_SSN", V.ssn(this.r))
    return this.put(key ?? "NI number ").ent("UK_NINO", V.nino(this.r))
  }
  badNatId(): this {
    if (this.loc.tag === "en-US") return this.put("SSN ").neg("ssn-invalid", V.badSsn(this.r))
    return this.put("NI number ").neg("nino-invalid", V.badNino(this.r))
  }
  get natIds(): boolean {
    return this.loc.tag === "en-US" || this.loc.tag === "en-GB"
  }
}
