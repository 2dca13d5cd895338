// Per-text helpers: people, contact values and lookalikes for one language, all from one PRNG.
import type { CountryCode } from "libphonenumber-js/max"
import type { Doc } from "./doc.ts"
import type { Lang } from "./lang.ts"
import { ALL_ORIGINS, ORIGINS } from "./names.ts"
import { email, ip, mac, version } from "./net.ts"
import { cardLuhnInvalid, ibanBad, ninoInvalid, ssnInvalid } from "./numbers.ts"
import { FAR_REGIONS, HOME_REGIONS, phone, type PhoneStyle } from "./phones.ts"
import type { Rng } from "./rng.ts"

export interface Person { first: string; last: string; surnameFirst?: boolean }

const EAST_ASIAN = new Set(["chinese", "korean", "japanese"])

const COMPANIES = ["Northgate Energy", "Brightwave Telecom", "Acme Retail", "Hope & Anchor Insurance", "Grace Logistics", "Jack Wolfskin", "Mark & Spencer Bakery", "Sunny Days Travel"]
export const MAIL_HOSTS = ["brightwave.io", "northgate-energy.co.uk", "acme-retail.com", "helpdesk.acme-retail.com"]

export class Kit {
  constructor(readonly r: Rng, readonly L: Lang) {}

  person(): Person {
    const origin = this.r.chance(0.55) ? this.r.pick(this.L.origins.slice(0, 2)) : this.r.chance(0.5) ? this.r.pick(this.L.origins) : this.r.pick(ALL_ORIGINS)
    const o = ORIGINS[origin] ?? ORIGINS.anglo!
    // Some East Asian names are written family name first ("Kim Min-jun"), as their owners write them.
    return { first: this.r.pick(o.first), last: this.r.pick(o.last), surnameFirst: EAST_ASIAN.has(origin) && this.r.chance(0.35) }
  }

  full(p: Person): string { return p.surnameFirst ? `${p.last} ${p.first}` : `${p.first} ${p.last}` }

  /** "J. Okafor", unless the initial reads as a title here (French "M.", Polish "P."): then the full name. */
  initialed(p: Person): string {
    const short = `${p.first[0]}. ${p.last}`
    return this.L.titles.includes(`${p.first[0]}.`) ? this.full(p) : short
  }

  /** A person as people refer to them: full name, title and surname, first name, or an initial. */
  someone(d: Doc, p: Person): Doc {
    const n = this.r.next()
    if (n < 0.4) return d.e("PERSON", this.full(p))
    if (n < 0.7) return this.titled(d, p)
    if (n < 0.85) return d.e("PERSON", p.first)
    return d.e("PERSON", this.initialed(p))
  }

  /** A title and surname: only the surname is labeled. */
  titled(d: Doc, p: Person): Doc {
    // Dutch capitalises a particle when no first name precedes it: "mevrouw Van den Broek".
    const dutch = this.L.code === "nl" && /^(van|de|ter|ten) /.test(p.last)
    const last = dutch ? p.last.charAt(0).toUpperCase() + p.last.slice(1) : p.last
    return d.t(`${this.r.pick(this.L.titles)} `).e("PERSON", last)
  }

  phone(styles?: readonly PhoneStyle[]): string {
    const region = this.r.pick(this.L.regions) as CountryCode
    const eu = !["US", "CA"].includes(region)
    // Callers from outside the home regions are written with + whatever the caller asked for.
    if (!(HOME_REGIONS as readonly string[]).includes(region)) return phone(this.r, region, ["international", "e164"])
    return phone(this.r, region, styles ?? (eu ? ["national", "national", "international", "00", "dashed", "e164", "trunk"] : ["national", "national", "dashed", "dotted", "international", "plain"]))
  }

  /** A caller from outside Europe and North America, written with `+`. */
  farPhone(): string { return phone(this.r, this.r.pick(FAR_REGIONS), ["international", "e164", "dashed"]) }

  email(p: Person): string { return email(this.r, p.first, p.last) }
  ip(): string { return ip(this.r) }

  order(): string {
    const r = this.r
    return r.pick([`ORD-${2024 + r.int(0, 2)}-${r.digits(6)}`, `${r.int(1, 9)}${r.digits(9)}`, `${r.int(1, 9)}${r.digits(10)}`, `#${r.digits(7)}`, `SO${r.digits(8)}`])
  }
  tracking(): string {
    const r = this.r
    return r.pick([`1Z${r.digits(3)}AA${r.digits(10)}`, `JD0146${r.digits(12)}`, `LX${r.digits(9)}DE`, `${r.int(1, 9)}${r.digits(11)}`, `00340434${r.digits(12)}`])
  }
  ticket(): string {
    const r = this.r
    return r.pick([`INC${r.digits(7)}`, `CS-${r.digits(6)}`, `case ${r.int(1, 9)}${r.digits(9)}`, `#${r.digits(5)}`, `TKT-${r.digits(4)}-${r.digits(4)}`])
  }
  invoice(): string {
    const r = this.r
    return r.pick([`INV-${2025 + r.int(0, 1)}-${r.digits(5)}`, `RE${r.digits(8)}`, `${r.int(2024, 2026)}/${r.digits(6)}`, `F-${r.digits(10)}`])
  }
  amount(): string { return this.L.amount(this.r.int(1, 2400), this.r.int(0, 99)) }
  date(): string {
    const r = this.r
    const [d, m, y] = [r.int(1, 28), r.int(1, 12), r.int(2025, 2027)]
    return r.chance(0.75) ? this.L.date(d, m, y) : `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}T${String(r.int(0, 23)).padStart(2, "0")}:${r.int(10, 59)}:${r.int(10, 59)}Z`
  }
  time(): string { return this.L.time(this.r.int(7, 20), this.r.pick([0, 5, 15, 30, 45, 52])) }
  duration(): string {
    const r = this.r
    return r.pick([`${r.int(1, 59)}m ${r.int(1, 59)}s`, `00:${String(r.int(1, 59)).padStart(2, "0")}:${r.int(10, 59)}`, `${r.int(2, 90)} min`, `${r.int(100, 3600)}s`])
  }
  sku(): string { return this.r.pick([`SKU-${this.r.digits(5)}-XL`, `AB-${this.r.digits(4)}-${this.r.digits(2)}`, `P/N ${this.r.digits(3)}-${this.r.digits(5)}`]) }
  company(): string { return this.r.pick(COMPANIES) }

  /** Appends one random lookalike with its kind and returns the doc. */
  neg(d: Doc, kinds?: readonly string[]): Doc {
    return d.n(...this.lookalike(kinds))
  }

  /** One random lookalike: [kind, value]. */
  lookalike(kinds?: readonly string[]): [string, string] {
    const r = this.r
    const kind = r.pick(kinds ?? ["order-number", "tracking-number", "ticket", "invoice", "amount", "date", "time", "duration", "version", "postcode", "sku", "luhn-invalid", "iban-checksum", "street", "company"])
    const value: Record<string, () => string> = {
      "order-number": () => this.order(), "tracking-number": () => this.tracking(), ticket: () => this.ticket(),
      invoice: () => this.invoice(), amount: () => this.amount(), date: () => this.date(), time: () => this.time(),
      duration: () => this.duration(), version: () => version(r), postcode: () => r.pick(this.L.postcodes), sku: () => this.sku(),
      "luhn-invalid": () => cardLuhnInvalid(r), "iban-checksum": () => ibanBad(r, r.pick(this.L.ibans)),
      street: () => r.pick(this.L.streets), company: () => this.company(), "mac-address": () => mac(r),
      "ssn-invalid": () => ssnInvalid(r), "nino-invalid": () => ninoInvalid(r),
    }
    return [kind, (value[kind] ?? value.date!)()]
  }

  /** An ordinary word that is also a first name, in a sentence; falls back to a date. */
  nameWord(d: Doc): Doc {
    if (this.L.nameWords.length === 0) return this.neg(d, ["date"])
    const [before, word, after] = this.r.pick(this.L.nameWords)
    return d.t(before).n("name-word", word).t(after)
  }
}
