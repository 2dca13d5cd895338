// One text's generation context: its PRNG, its language, and holes that are
// entities (E) or lookalike negatives (N).
import { E, type Ent, N, type Neg } from "./build"
import type { Lang } from "./lang"
import { FOREIGN, phone } from "./phones"
import type { Rng } from "./rng"
import * as v from "./values"
import { date, money, time } from "./when"

export interface Person {
  f: boolean
  first: string
  last: string
  full: string
}

const ascii = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ł/g, "l")
    .replace(/Ł/g, "L")
    .replace(/ß/g, "ss")
    .replace(/ı/g, "i")
    .replace(/[^A-Za-z]/g, "")
    .toLowerCase()

export class Ctx {
  constructor(
    readonly r: Rng,
    readonly L: Lang,
    readonly region: string,
  ) {}

  /** the same PRNG and language, written as another region writes */
  as(region: string): Ctx {
    return new Ctx(this.r, this.L, region)
  }
  /** a person; `sex` "f" or "m" forces the grammatical gender */
  person(sex?: "f" | "m"): Person {
    const f = sex ? sex === "f" : this.r.chance(0.5)
    let first = this.r.pick(f ? this.L.firstF : this.L.first)
    let last = this.r.pick(f && this.L.lastF ? this.L.lastF : this.L.last)
    if (this.r.chance(0.15)) {
      first = first.normalize("NFD")
      last = last.normalize("NFD")
    }
    return { f, first, last, full: `${first} ${last}` }
  }
  town(): string {
    const en: Record<string, string[]> = {
      US: ["Dayton", "Tulsa", "Boise", "Spokane", "Akron"],
      UK: ["Leeds", "Swansea", "Reading", "Stockport", "Dundee"],
      IE: ["Cork", "Galway", "Limerick", "Sligo", "Athlone"],
      AU: ["Ballarat", "Wollongong", "Geelong", "Toowoomba", "Cairns"],
    }
    return this.r.pick(this.L.code === "en" ? (en[this.region] as string[]) : this.L.towns)
  }
  /** the courtesy title before a surname alone (not part of the PERSON span) */
  title(p: Person, vocative = false): string {
    const t: Record<string, [string, string]> = {
      en: [this.region === "US" ? "Mr." : "Mr", this.region === "US" ? "Ms." : "Ms"],
      de: ["Herr", "Frau"],
      fr: ["M.", "Mme"],
      it: ["sig.", "sig.ra"],
      nl: ["meneer", "mevrouw"],
      pl: ["pan", "pani"],
      cs: vocative ? ["pane", "paní"] : ["pan", "paní"],
    }
    return (t[this.L.code] as [string, string])[p.f ? 1 : 0]
  }
  /** a surname alone after a title; Dutch particles are capitalized there */
  surname(p: Person): Ent {
    const s = this.L.code === "nl" ? p.last.replace(/^van /, "Van ").replace(/^de /, "De ") : p.last
    return E("PERSON", s)
  }
  P(s: string): Ent {
    return E("PERSON", s)
  }
  email(p?: Person): Ent {
    const r = this.r
    const f = p ? ascii(p.first) : ascii(r.pick(this.L.first))
    const l = p ? ascii(p.last) : ascii(r.pick(this.L.last))
    const dom = r.pick(this.L.mail)
    const local = r.pick([
      `${f}.${l}`,
      `${f[0]}.${l}`,
      `${f}${l}${r.int(1, 99)}`,
      `${f}_${l}`,
      `${f}.${l}+${r.pick(["bank", "claims", "mobile", "post"])}`,
      `${l}.${f}${r.int(60, 99)}`,
      `${f[0]}${l}`,
      `${f}-${l}`,
    ])
    return E("EMAIL", `${local}@${dom}`)
  }
  role(local: string, domain: string): Ent {
    return E("EMAIL", `${local}@${domain}`)
  }
  phone(country?: string): Ent {
    const c = country ?? this.phoneCountry()
    // a German number in a Polish or Czech text is a caller from abroad: written with +
    const abroad = c === "DE" && (this.L.code === "pl" || this.L.code === "cs")
    return E("PHONE", phone(this.r, c, abroad).text)
  }
  phoneCountry(): string {
    if (this.L.code === "en" && this.region === "US") return this.r.chance(0.2) ? "CA" : "US"
    if (this.L.code === "en") return this.region === "UK" ? "GB" : this.region
    return this.r.pick(this.L.phones)
  }
  foreignPhone(): Ent {
    return E("PHONE", phone(this.r, this.r.pick(FOREIGN)).text)
  }
  card(): Ent {
    return E("CARD", v.card(this.r))
  }
  iban(country?: string): Ent {
    return E("IBAN", v.iban(this.r, country ?? this.ibanCountry()))
  }
  ibanCountry(): string {
    if (this.L.code === "en") return this.region === "IE" ? "IE" : this.region === "UK" ? "GB" : this.r.pick(this.L.ibans)
    return this.r.pick(this.L.ibans)
  }
  ssn(): Ent {
    return E("US_SSN", v.ssn(this.r))
  }
  nino(): Ent {
    return E("UK_NINO", v.nino(this.r))
  }
  ip(): Ent {
    return E("IP_ADDRESS", v.ip(this.r))
  }
  ip6(): Ent {
    return E("IP_ADDRESS", v.ipv6(this.r))
  }
  // ---- negatives
  badIban(): Neg {
    return N("iban-checksum", v.ibanBad(this.r, this.ibanCountry()))
  }
  badCard(): Neg {
    return N("luhn-invalid", v.luhnInvalid(this.r))
  }
  masked(): Neg {
    return N("masked-card", v.maskedCard(this.r))
  }
  imei(): Neg {
    return N("imei", v.imei(this.r))
  }
  iccid(): Neg {
    return N("iccid", v.iccid(this.r, this.L.code))
  }
  policy(): Neg {
    const r = this.r
    const d = r.digits(r.int(8, 12))
    return N("policy-number", r.pick([d, d, `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`, `${r.letters(3)}-${d}`]))
  }
  claim(): Neg {
    const r = this.r
    const d = r.digits(r.int(8, 11))
    return N("claim-number", r.pick([d, `${d.slice(0, 4)}-${d.slice(4)}`, `CLM${d}`, `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`]))
  }
  account(): Neg {
    const r = this.r
    const d = r.digits(r.int(8, 12))
    return N("account-number", r.pick([d, d, `${d.slice(0, 4)} ${d.slice(4, 8)} ${d.slice(8)}`.trim(), `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`]))
  }
  sortCode(): Neg {
    const r = this.r
    return N("sort-code", `${r.int(10, 99)}-${r.digits(2)}-${r.digits(2)}`)
  }
  bic(): Neg {
    const r = this.r
    const cc: Record<string, string> = { en: "GB", de: "DE", fr: "FR", it: "IT", nl: "NL", pl: "PL", cs: "CZ" }
    const bank = r.pick(["DEUT", "COBA", "BNPA", "SOGE", "UNCR", "ABNA", "INGB", "PKOP", "KOMB", "GIBA", "NWBK", "AIBK", "BARC"])
    return N("bic", `${bank}${cc[this.L.code]}${r.letters(2, "ABCDEFGHJKLMNPRSTUVWXYZ23456789")}${r.chance(0.4) ? r.letters(3, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") : ""}`)
  }
  ref(): Neg {
    const r = this.r
    return N("reference", r.pick([`REF-${r.letters(2)}${r.digits(6)}`, `${r.letters(3)}/${r.int(2024, 2026)}/${r.digits(5)}`, `CASE-${r.digits(7)}`, `#${r.letters(1)}${r.digits(8)}`, `INC${r.digits(7)}`]))
  }
  date(): Neg {
    return N("date", date(this.r, this.L.code, this.region))
  }
  time(): Neg {
    return N("time", time(this.r, this.L.code, this.region))
  }
  amount(): Neg {
    return N("amount", money(this.r, this.L.code, this.region))
  }
  gb(): Neg {
    const r = this.r
    const comma = this.L.code !== "en"
    return N("data-volume", r.pick([`${r.pick([5, 10, 20, 30, 50, 100])} GB`, `${r.pick([5, 20, 40, 60])}GB`, `${r.pick([500, 750])} MB`, `${r.int(2, 9)}${comma ? "," : "."}5 GB`]))
  }
  /** a monthly tariff price */
  price(): Neg {
    const r = this.r
    const n = `${r.pick([9, 12, 15, 19, 24, 29, 35, 39, 45, 59])}`
    const sym: Record<string, string> = { US: "$", AU: "A$", IE: "€", UK: "£" }
    const f: Record<string, () => string> = {
      en: () => `${sym[this.region]}${n}.99`,
      pl: () => `${r.pick([29, 39, 49, 59, 65])},99 zł`,
      cs: () => `${r.pick([299, 399, 549, 699, 899])} Kč`,
      nl: () => `€ ${n},99`,
    }
    return N("amount", (f[this.L.code] ?? (() => `${n},99 €`))())
  }
  version(): Neg {
    const r = this.r
    return N("version", r.pick([`${r.int(1, 9)}.${r.int(0, 9)}.${r.int(0, 40)}`, `v${r.int(2, 17)}.${r.int(0, 9)}.${r.int(1, 9)}`, `${r.int(10, 17)}.${r.int(0, 6)}.${r.int(1, 9)}`]))
  }
  postcode(): Neg {
    const r = this.r
    const f: Record<string, () => string> = {
      UK: () => `${r.pick(["LS", "SW", "M", "CF", "RG", "B"])}${r.int(1, 19)} ${r.int(1, 9)}${r.letters(2, "ABDEFGHJLNPQRSTUWXYZ")}`,
      US: () => (r.chance(0.5) ? r.digits(5).replace(/^0/, "4") : `${r.int(10000, 99999)}-${r.digits(4)}`),
      IE: () => `${r.pick(["D02", "T12", "H91", "V94", "D6W"])} ${r.letters(1)}${r.digits(1)}${r.letters(1)}${r.digits(1)}`,
      AU: () => String(r.int(2000, 7999)),
      CA: () => `M${r.int(1, 9)}${r.letters(1)} ${r.int(1, 9)}${r.letters(1)}${r.int(1, 9)}`,
      de: () => String(r.int(10000, 99999)),
      fr: () => String(r.int(10000, 95999)),
      it: () => String(r.int(10000, 98999)),
      nl: () => `${r.int(1000, 9999)} ${r.letters(2, "ABCDEFGHJKLMNPRSTVWXZ")}`,
      pl: () => `${r.int(10, 99)}-${r.digits(3)}`,
      cs: () => `${r.int(100, 799)} ${r.digits(2)}`,
    }
    const k = this.L.code === "en" ? this.region : this.L.code
    return N("postcode", (f[k] as () => string)())
  }
  word(w: string): Neg {
    return N("name-word", w)
  }
  /** Sometimes an emoji or accented word before the next span; plain text, no label. */
  emo(): string {
    return this.r.pick(["", "", "🙏 ", "😡😡 ", "👍🏽 ", "🇮🇪 ", "👨‍👩‍👧 ", "📱 ", "café ", "naïve ", "✅ ", "𝐍𝐁: ", "🤷‍♀️ "])
  }
}
