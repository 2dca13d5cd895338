// A text's scene: its people, numbers and business, and the slots a template fills from them.
import { parsePhoneNumberFromString } from "libphonenumber-js/max"
import { bizLine, type Biz } from "./biz.ts"
import type { Seg } from "./draft.ts"
import type { Locale } from "./locales.ts"
import * as lk from "./lookalikes.ts"
import type { Kind, Pack } from "./pack.ts"
import { ascii, drawPerson, type Form, type Person } from "./people.ts"
import { drawPhone, writeAs, type Phone } from "./phones.ts"
import type { Rng } from "./rng.ts"
import { say } from "./said.ts"
import * as val from "./values.ts"

const SLOT = /\{([^{}]+)\}|\[\[nw:([^\]]+)\]\]/g

export class Scene {
  readonly people: Record<string, Person>
  readonly phones: Record<string, Phone>
  private used = new Set<string>()
  private clockAt: number
  private clockStyle: number
  private last4: string | undefined
  private bank: [string, string | undefined] | undefined
  private waDate: string | undefined

  constructor(readonly r: Rng, readonly loc: Locale, readonly biz: Biz, readonly pack: Pack, readonly kind: Kind) {
    const c = drawPerson(r, loc.tag)
    this.people = { C: c, A: drawPerson(r, loc.tag), K: drawPerson(r, loc.tag), T: drawPerson(r, loc.tag) }
    for (let i = 0; i < 20 && this.people.A!.parts().some((p) => c.parts().includes(p)); i++) this.people.A = drawPerson(r, loc.tag)
    this.phones = { ph: drawPhone(r, loc.cc, "mobile"), ph2: drawPhone(r, loc.cc, r.chance(0.6) ? "fixed" : "mobile"), tph: drawPhone(r, loc.cc, "mobile"), ph3: drawPhone(r, loc.cc, "mobile") }
    this.clockAt = (8 + r.int(10)) * 60 + r.int(50)
    this.clockStyle = r.int(2)
  }

  /** Name parts of everyone named in the text. */
  parts(): string[] {
    return [...this.used].flatMap((k) => this.people[k]!.parts())
  }

  render(template: string): Seg[] {
    const out: Seg[] = []
    let at = 0
    for (const m of template.matchAll(SLOT)) {
      if (m.index! > at) out.push({ text: template.slice(at, m.index) })
      if (m[2] !== undefined) out.push({ text: m[2], neg: "name-word" })
      else out.push(...this.slot(m[1]!))
      at = m.index! + m[0].length
    }
    if (at < template.length) out.push({ text: template.slice(at) })
    return out
  }

  private person(key: string, form: Form): Seg[] {
    this.used.add(key)
    const [pre, name, post] = this.people[key]!.render(this.r, form)
    return [{ text: pre }, { text: name, type: "PERSON" }, { text: post }].filter((s) => s.text)
  }

  private phone(p: Phone, spoken: boolean): Seg {
    return { text: spoken ? say(this.r, this.loc.lang, p, this.loc.pairs) : writeAs(this.r, p), type: "PHONE" }
  }

  /** A number one digit off the first: both valid, both labeled. */
  private fixed(spoken: boolean): Seg[] {
    const p = this.phones.ph!
    const d = p.national.replace(/\D/g, "")
    for (let i = 1; i < 10; i++) {
      const alt = d.slice(0, -1) + String((Number(d.slice(-1)) + i) % 10)
      const n = parsePhoneNumberFromString(alt, this.loc.cc)
      if (n && n.isValid() && n.country === this.loc.cc) {
        const wrong: Phone = { ...p, n, national: n.formatNational() }
        return [this.phone(wrong, spoken), { text: ` ${this.r.pick(this.pack.w.fix)} ` }, this.phone(p, spoken)]
      }
    }
    return [this.phone(p, spoken)]
  }

  private iban(bad: boolean): Seg {
    const r = this.r
    const cc = bad ? this.loc.ibans[0]! : r.chance(0.6) ? this.loc.ibans[0]! : r.pick(this.loc.ibans.slice(1))
    const raw = bad ? val.badIbanOf(r, cc) : val.ibanOf(r, cc)
    let v = val.groupIban(raw)
    const roll = r()
    if (this.kind === "email" && roll < 0.5) {
      const groups = v.split(" ")
      const cut = 2 + r.int(groups.length - 3)
      v = `${groups.slice(0, cut).join(" ")}\n${groups.slice(cut).join(" ")}`
    } else if ((this.kind === "chat" || this.kind === "sms") && roll < 0.5) v = (r.chance(0.5) ? raw : v).toLowerCase()
    else if (roll < 0.6) v = raw
    return { text: v, ...(bad ? { neg: "iban-checksum" } : { type: "IBAN" }) }
  }

  private clock(): Seg {
    this.clockAt += 1 + this.r.int(4)
    const h = Math.floor(this.clockAt / 60) % 24
    const m = String(this.clockAt % 60).padStart(2, "0")
    const en = this.loc.lang === "en" && this.loc.tag !== "en-GB"
    const text = en ? `${h > 12 ? h - 12 : h}:${m} ${h >= 12 ? "PM" : "AM"}` : this.clockStyle === 0 || this.loc.tag === "fr-CA" ? `${h}:${m}` : `${String(h).padStart(2, "0")}:${m}`
    return { text, neg: "time" }
  }

  private bankOf(): [string, string | undefined] {
    this.bank ??= lk.bankDetails(this.r, this.loc.cc)
    return this.bank
  }

  private slot(s: string): Seg[] {
    const r = this.r
    const pm = /^([CAKT])(?:\.([gftFUisn]))?$/.exec(s)
    if (pm) return this.person(pm[1]!, (pm[2] as Form | undefined) ?? r.pick<Form>(["n", "n", "g", "t"]))
    const gm = /^([CAKT])\?([^|]*)\|(.*)$/.exec(s)
    if (gm) return [{ text: this.people[gm[1]!]!.female ? gm[3]! : gm[2]! }]
    const b = this.biz
    const A = this.people.A!
    switch (s) {
      case "ph": case "ph2": case "ph3": case "tph": return [this.phone(this.phones[s]!, false)]
      case "phs": return [this.phone(this.phones.ph!, true)]
      case "phs2": return [this.phone(this.phones.ph2!, true)]
      case "phfix": return this.fixed(false)
      case "phsfix": return this.fixed(true)
      case "bph": return [{ text: bizLine(b, this.loc.cc).national, type: "PHONE" }]
      case "bphi": return [{ text: bizLine(b, this.loc.cc).n.formatInternational(), type: "PHONE" }]
      case "bmail": return [{ text: `${r.pick(b.roles)}@${b.domain}`, type: "EMAIL" }]
      case "amail": this.used.add("A"); return [{ text: `${ascii(A.given.split(/[ -]/)[0]!)}.${ascii(A.family.replace(/^(van der|van den|van|de|te|el) /i, ""))}@${b.domain}`, type: "EMAIL" }]
      case "cmail": this.used.add("C"); return [{ text: this.people.C!.email(r), type: "EMAIL" }]
      case "tmail": this.used.add("T"); return [{ text: this.people.T!.email(r), type: "EMAIL" }]
      case "card": { const c = val.card(r); this.last4 = c.last4; return [{ text: c.v, type: "CARD" }] }
      case "iban": return [this.iban(false)]
      case "badiban": return [this.iban(true)]
      case "ssn": return [{ text: val.ssn(r), type: "US_SSN" }]
      case "nino": return [{ text: val.nino(r), type: "UK_NINO" }]
      case "ip": return [{ text: val.ip(r), type: "IP_ADDRESS" }]
      case "badcard": return [{ text: val.badCard(r), neg: "luhn-invalid" }]
      case "badssn": return [{ text: val.badSsn(r), neg: "ssn-invalid" }]
      case "badnino": return [{ text: val.badNino(r), neg: "nino-invalid" }]
      case "masked": return [{ text: lk.masked(r, this.last4 ?? r.digits(4)), neg: "masked-card" }]
      case "exp": return [{ text: lk.expiry(r), neg: "card-expiry" }]
      case "date": return [{ text: lk.date(r, this.loc), neg: "date" }]
      case "dob": return [{ text: lk.dob(r, this.loc), neg: "date" }]
      case "time": return [{ text: lk.time(r, this.loc), neg: "time" }]
      case "clock": return [this.clock()]
      case "wadate": this.waDate ??= lk.shortDate(r, this.loc); return [{ text: this.waDate, neg: "date" }]
      case "amt": return [{ text: lk.amount(r, this.loc), neg: "amount" }]
      case "pc": return [{ text: lk.postcode(r, this.loc.cc), neg: "postcode" }]
      case "ver": return [{ text: lk.version(r), neg: "version" }]
      case "case": return [{ text: lk.caseNo(r), neg: "case-number" }]
      case "acct": return [{ text: this.bankOf()[0], neg: "bank-account" }]
      case "bcode": return [{ text: this.bankOf()[1]!, neg: "bank-code" }]
      case "r1": case "r2": case "rd": { const x = b[s](r); return [{ text: x.v, neg: x.kind }] }
      case "biz": return [{ text: b.name }]
      case "bshort": return [{ text: b.short }]
      case "ext": return [{ text: `${this.pack.w.ext} ${100 + r.int(800)}` }]
      case "n": return [{ text: String(2 + r.int(6)) }]
      default: throw new Error(`holdout55: unknown slot {${s}}`)
    }
  }
}
