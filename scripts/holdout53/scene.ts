// A scene: the people, numbers and lookalikes of one text, and how each `{slot}` of a template is written.
import type { PhoneNumber } from "libphonenumber-js/max"
import { bizLine, type Biz } from "./biz.ts"
import type { Seg } from "./draft.ts"
import type { Locale } from "./locales.ts"
import { amountText, caseNo, dateText, domesticAccount, expiry, postcode, timeText, version } from "./lookalikes.ts"
import type { Pack } from "./pack.ts"
import { drawPerson, emailOf, familyAlone, familyGiven, fullName, initialFamily, partsOf, spelled, staffEmail, type Person } from "./people.ts"
import { drawPhone, saidPhone, writtenForms } from "./phones.ts"
import type { Rng } from "./rng.ts"
import { badIban, badNino, badSsn, byFour, digitsOf, drawBadCard, drawCard, drawIp, drawNino, drawSsn, ibanCompact } from "./values.ts"

const P = "PERSON"
export class Scene {
  people = new Map<string, Person>()
  memo = new Map<string, Seg[]>()
  taken = new Set<string>()
  clock: number
  lastCard = ""
  constructor(public r: Rng, public loc: Locale, public biz: Biz, public pack: Pack, public kind: string) {
    this.clock = 8 * 60 + r.int(9 * 60)
  }
  person(k: string): Person {
    if (!this.people.has(k)) this.people.set(k, drawPerson(this.r, this.loc, this.taken))
    return this.people.get(k)!
  }
  parts = () => [...this.people.values()].flatMap(partsOf)

  phoneSegs(key: string, said: boolean): Seg[] {
    const memoKey = `num ${key}`
    let p = this.memo.get(memoKey) as unknown as PhoneNumber | undefined
    if (!p) {
      p = key === "bph" ? bizLine(this.biz, this.loc.cc) : drawPhone(this.r, this.loc.cc)
      this.memo.set(memoKey, p as unknown as Seg[])
    }
    if (said) return [{ t: saidPhone(p, this.pack.digits, this.r), type: "PHONE" }]
    const forms = writtenForms(p, this.loc.cc).filter((f) => key !== "bph" || !/^(\+|00|1-)/.test(f))
    return [{ t: this.r.pick(forms), type: "PHONE" }]
  }

  nameSegs(who: string, form: string): Seg[] {
    const p = this.person(who)
    const tw = this.pack.title(p.female)
    switch (form) {
      case "g": return [{ t: p.given.split(" ")[0]!, type: P }]
      case "f": return [{ t: familyAlone(p), type: P }]
      case "t": return tw ? (this.pack.titleAfter ? [{ t: familyAlone(p), type: P }, { t: ` ${tw}` }] : [{ t: `${tw} ` }, { t: familyAlone(p), type: P }]) : [{ t: fullName(p), type: P }]
      case "F": return [{ t: familyGiven(p, this.r.chance(0.3)), type: P }]
      case "s": return [{ t: spelled(p, this.r), type: P }]
      case "i": return [{ t: initialFamily(p), type: P }]
      case "U": return [{ t: fullName(p).toUpperCase(), type: P }]
      default: return [{ t: fullName(p), type: P }]
    }
  }

  slot(name: string): Seg[] {
    const said = name.endsWith("~")
    const key = said ? name.slice(0, -1) : name
    const m = /^([CAKT])([gftFsiU]?)$/.exec(key)
    if (m) return this.nameSegs(m[1]!, m[2]!)
    if (["ph", "ph2", "bph"].includes(key)) return this.phoneSegs(key, said)
    const once = this.memo.get(key)
    if (once && !["time", "amt", "r1", "date"].includes(key)) return once
    const segs = this.fresh(key)
    this.memo.set(key, segs)
    return segs
  }

  fresh(key: string): Seg[] {
    const { r, loc, biz } = this
    const neg = (kind: string, t: string): Seg[] => [{ t, kind }]
    switch (key) {
      case "em": return [{ t: emailOf(this.person("C"), r), type: "EMAIL" }]
      case "bem": return [{ t: `${r.pick(biz.boxes)}@${biz.domain}`, type: "EMAIL" }]
      case "aem": return [{ t: staffEmail(this.person("A"), biz.domain), type: "EMAIL" }]
      case "iban": return [{ t: this.iban(), type: "IBAN" }]
      case "card": this.lastCard = drawCard(r); return [{ t: this.lastCard, type: "CARD" }]
      case "ssn": return [{ t: drawSsn(r, r.pick(["-", "-", " ", ""])), type: "US_SSN" }]
      case "nino": return [{ t: drawNino(r, r.chance(0.6)), type: "UK_NINO" }]
      case "ip": return [{ t: drawIp(r), type: "IP_ADDRESS" }]
      case "r1": { const [k, f] = r.pick(biz.refs); return neg(k, f(r)) }
      case "r2": { const [k, f] = biz.refs[2]!; return neg(k, f(r)) }
      case "rd": return neg(biz.digits[0], biz.digits[1](r))
      case "date": return neg("date", dateText(r, loc, false))
      case "dob": return neg("date", dateText(r, loc, true))
      case "wd": return neg("date", new Intl.DateTimeFormat(loc.tag, { dateStyle: "short", timeZone: "UTC" }).format(new Date(Date.UTC(2026, r.int(12), 1 + r.int(28), 12))))
      case "time": this.clock += 2 + r.int(25); return neg("time", timeText(this.clock, loc))
      case "amt": return neg("amount", amountText(r, loc))
      case "pc": return neg("postcode", postcode(r, loc.cc))
      case "ver": return neg("version", version(r))
      case "case": return neg("case-number", caseNo(r))
      case "exp": return neg("card-expiry", expiry(r))
      case "mask": return neg("masked-card", `${r.pick(["**** **** **** ", "•••• ", "**** ", "xxxx xxxx xxxx "])}${this.lastCard ? digitsOf(this.lastCard).slice(-4) : r.digits(4)}`)
      case "badcard": return neg("luhn-invalid", drawBadCard(r))
      case "badiban": return neg("iban-checksum", badIban(loc.cc, r))
      case "badssn": return neg("ssn-invalid", badSsn(r))
      case "badnino": return neg("nino-invalid", badNino(r))
      case "acct": return neg("bank-account", domesticAccount(r, loc.cc))
      case "ext": return [{ t: String(100 + r.int(400)) }]
      case "biz": return [{ t: biz.name }]
      case "svc": return [{ t: r.pick(this.pack.svc[biz.key]) }]
      default: throw new Error(`unknown slot ${key}`)
    }
  }

  iban(): string {
    const { r, loc } = this
    const cc = r.chance(0.7) ? loc.ibans[0]! : r.pick(loc.ibans.slice(1))
    const c = ibanCompact(cc, r)
    const how = r.int(10)
    if (how < 5) return byFour(c)
    if (how < 7) return c
    if (how < 9 || this.kind !== "email") return byFour(c).toLowerCase()
    const g = byFour(c).split(" ")
    return `${g.slice(0, 3).join(" ")}\n${g.slice(3).join(" ")}`
  }
}
