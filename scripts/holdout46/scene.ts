// One text's world: its locale, business, people and numbers, and the filling of a words template ("{pnr}") with
// labeled pieces. A value drawn once (a person's phone, a booking ref) is kept for the rest of the text.
import { flat, type Bit, type Draft, type Piece } from "./draft.ts"
import type { Locale } from "./locales.ts"
import { amount, date, neg, time } from "./numbers.ts"
import { drawPerson, nameP, partsOf, type NameStyle, type Person } from "./people.ts"
import { drawPhone, writePhone, type Line, type Phone } from "./phones.ts"
import type { Rng } from "./rng.ts"
import { cardDigits, hasIban, ibanOf, ipv4, ipv6, mailSafe, ninoOf, ssnOf, writeCard, writeIban } from "./values.ts"
import { WORDS, type Words } from "./words/index.ts"
import { bankAccount, saidPhone } from "./extra.ts"

export type Biz = "air" | "water" | "uni" | "pharm"
const BIZ_KEYS: Record<Biz, Record<string, string>> = {
  air: { pnr: "pnr", tkt: "ticket-number", ffn: "ffn", seat: "seat", flt: "flight", bag: "bag-tag" },
  water: { acct: "account-number", meter: "meter-serial", prop: "property-ref", mandate: "mandate-ref", reading: "meter-reading" },
  uni: { sid: "student-id", app: "application-ref", course: "course-code" },
  pharm: { rx: "rx-number", ins: "insurance-number", dose: "dosage", batch: "batch" },
}
const ALL_BIZ_KEYS: Record<string, string> = Object.assign({}, ...Object.values(BIZ_KEYS))
const MAIN_REF: Record<Biz, string[]> = { air: ["pnr", "tkt"], water: ["acct", "prop"], uni: ["sid", "app"], pharm: ["rx", "rx"] }

export class Scene {
  readonly W: Words
  readonly people = new Map<string, Person>()
  readonly taken = new Set<string>()
  readonly memo = new Map<string, unknown>()
  /** How `{n}` and friends are written here (a transcript writes names in lower case). */
  style: NameStyle | undefined
  sloppy = false
  private now = 0

  constructor(readonly r: Rng, readonly loc: Locale, readonly biz: Biz, readonly d: Draft) {
    this.W = WORDS[loc.lang]!
  }

  get cc() { return this.loc.cc }

  /** A log's or a chat's clock: starts somewhere in 2026 and only moves forward. */
  tick(max = 40): Date {
    if (!this.now) this.now = Date.UTC(2026, this.r.int(12), 1 + this.r.int(28), 7 + this.r.int(12), this.r.int(60), this.r.int(60), this.r.int(1000))
    this.now += (1 + this.r.int(max)) * 1000 + this.r.int(1000)
    return new Date(this.now)
  }
  get iban() { return hasIban(this.loc.cc) }

  person(role: string): Person {
    let p = this.people.get(role)
    if (!p) {
      p = drawPerson(this.r, this.loc, this.taken)
      this.people.set(role, p)
      this.d.parts.push(...partsOf(p))
    }
    return p
  }

  /** A person's name: full at first mention, then full or given; or in the style asked. */
  name(role: string, style?: NameStyle): Piece {
    const p = this.person(role)
    const chosen = style ?? this.style ?? (p.mentions === 0 ? "full" : this.r.pick(["full", "given"] as const))
    p.mentions++
    return nameP(p, this.style === "lower" && !style ? "lower" : chosen)
  }

  email(role: string): Piece {
    const p = this.person(role)
    const staff = role === "agent" || role === "doc" || role === "boss"
    const domain = staff ? this.staffDomain() : (this.memo.get(`dom:${role}`) as string | undefined) ?? this.r.pick(this.loc.mail)
    this.memo.set(`dom:${role}`, domain)
    const text = `${p.local}@${domain}`
    return { text: this.style === "lower" ? text.toLowerCase() : text, type: "EMAIL" }
  }

  staffDomain(): string {
    if (this.biz === "air") return "corvia-air.com"
    const words = this.brand().split(/[^\p{L}\p{N}]+/u).filter(Boolean).slice(0, 3)
    return `${words.map((w) => mailSafe(w, this.loc.lang)).filter(Boolean).join("-")}.${this.loc.tld}`
  }

  brand(): string {
    return this.fill1(this.W[this.biz].brand)
  }

  private fill1(t: string): string {
    return t.replace("{city}", (this.memo.get("city") as string | undefined) ?? this.city())
  }

  city(): string {
    if (!this.memo.has("city")) this.memo.set("city", this.r.pick(this.loc.cities))
    return this.memo.get("city") as string
  }

  phone(key: string, line?: Line): Phone {
    if (!this.memo.has(`ph:${key}`)) this.memo.set(`ph:${key}`, drawPhone(this.r, this.loc.cc, line ?? (this.r.chance(0.7) ? "mobile" : "fixed")))
    return this.memo.get(`ph:${key}`) as Phone
  }

  phoneP(key: string, line?: Line): Piece {
    return { text: writePhone(this.r, this.phone(key, line)), type: "PHONE" }
  }

  /** A business number kept for the text (the same booking ref throughout). */
  bizNum(key: string): Piece {
    const kind = ALL_BIZ_KEYS[key]!
    if (!this.memo.has(`n:${key}`)) this.memo.set(`n:${key}`, neg(this.r, this.loc, kind))
    return this.memo.get(`n:${key}`) as Piece
  }

  /** One variant of a words entry (`air.issue` reads the business table). */
  pick(key: string): string {
    const [a, b] = key.split(".")
    const table = (b ? (this.W as unknown as Record<string, Record<string, string>>)[a === "biz" ? this.biz : a!]![b] : (this.W as unknown as Record<string, string>)[a!]) as string
    return this.r.pick(table.split(" || "))
  }

  line(key: string, extra: Record<string, Bit> = {}): Piece[] {
    return this.fill(this.pick(key), extra)
  }

  fill(tpl: string, extra: Record<string, Bit> = {}): Piece[] {
    const out: Bit[] = []
    for (const part of tpl.split(/(\{[a-z0-9]+\})/)) {
      const m = /^\{([a-z0-9]+)\}$/.exec(part)
      if (!m) out.push(part)
      else out.push(m[1]! in extra ? extra[m[1]!] : this.v(m[1]!))
    }
    return flat(out)
  }

  v(key: string): Bit {
    const r = this.r
    if (key in ALL_BIZ_KEYS) return this.bizNum(key)
    switch (key) {
      case "n": return this.name("cust")
      case "g": return this.name("cust", this.style === "lower" ? "lower" : "given")
      case "n2": return this.name("other")
      case "agent": return this.name("agent", this.style === "lower" ? "lower" : r.pick(["full", "given", "given"] as const))
      case "doc": return this.name("doc")
      case "phone": return this.phoneP("cust")
      case "mob": return this.phoneP("custm", "mobile")
      case "phone2": return this.phoneP("other")
      case "said": return saidPhone(this, this.phone("cust"))
      case "e": return this.email("cust")
      case "ae": return this.email("agent")
      case "card": return { text: writeCard(r, cardDigits(r, r.pick(["visa", "visa", "mc", "amex"] as const))), type: "CARD" }
      case "badcard": return { text: writeCard(r, cardDigits(r, r.pick(["visa", "mc"] as const), true)).replace(/^(\d{4})(\d{4})(\d{4})(\d{4})$/, "$1$2$3$4"), kind: "luhn-invalid" }
      case "ip": return { text: r.chance(0.5) ? ipv6(r) : ipv4(r), type: "IP_ADDRESS" }
      case "iban": return this.iban ? { text: writeIban(r, ibanOf(r, this.cc), this.sloppy), type: "IBAN" } : bankAccount(r, this.cc)
      case "badiban": return { text: writeIban(r, ibanOf(r, this.cc, true)), kind: "iban-checksum" }
      case "ssn": return { text: ssnOf(r), type: "US_SSN" }
      case "badssn": return { text: ssnOf(r, true), kind: "ssn-invalid" }
      case "nino": return { text: ninoOf(r), type: "UK_NINO" }
      case "badnino": return { text: ninoOf(r, true), kind: "nino-invalid" }
      case "exp": return neg(r, this.loc, "card-expiry")
      case "masked": return neg(r, this.loc, "masked-card")
      case "tid": return neg(r, this.loc, "ticket-id")
      case "date": return date(r, this.loc)
      case "time": return time(r, this.loc)
      case "amount": return amount(r, this.loc)
      case "brand": return this.brand()
      case "city": return this.city()
      case "ref": return this.bizNum(MAIN_REF[this.biz][0]!)
      case "ref2": return this.bizNum(MAIN_REF[this.biz][1]!)
      case "topic": return this.line("biz.topic")
      case "field": {
        const f = this.r.pick(this.W[this.biz].fields.split("|"))
        return this.loc.lang === "de" ? f : f.toLowerCase()
      }
      default: throw new Error(`holdout46: no value for {${key}}`)
    }
  }
}

