// The holes a template may use: labeled entities, labeled lookalikes
// (negatives) and plain variety (emoji, towns). One Slots per text.
import type { Pack } from "./packs.ts"
import { WORLD_FIRST, WORLD_LAST } from "./packs.ts"
import type { EntityType, Part } from "./render.ts"
import * as v from "./values.ts"
import { type Rng, int, pick, digits, letters, pad } from "./values.ts"

const E = (type: EntityType, text: string): Part => ({ type, text })
const N = (neg: string, text: string): Part => ({ neg, text })

const ROOMS: Record<string, string[]> = {
  en: ["bedroom", "bed flat"], nl: ["kamers", "slaapkamers"], it: ["camere", "locali"], pt: ["quartos", "assoalhadas"],
  sv: ["rum", "rok"], da: ["værelser", "rum"], hu: ["szoba", "szobás"],
}
const EMOJI = ["🏠 ", "🙏 ", "😡 ", "👍🏽 ", "🇬🇧 ", "✈️ ", "💧💧 ", "👨‍👩‍👧 ", "🕯️ ", "❤️ ", "🔧 ", "😅 ", "🌍 ", "🧳 "]
const DECOR = ["Café ", "naïve ", "Crème brûlée ", "Ångström ", "Ça va… ", "Mañana ", "Cafe\u0301 au lait ", "Smörgåsbord ", "Jalapen\u0303o ", "Fiancée "]
const ASCII = (s: string) =>
  s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[łŁ]/g, "l").replace(/[øØ]/g, "o").replace(/ı/g, "i").toLowerCase().replace(/[^a-z]/g, "")

export class Slots {
  readonly r: Rng
  readonly p: Pack
  private person: { first: string; last: string; world?: boolean } | undefined
  constructor(r: Rng, p: Pack) {
    this.r = r
    this.p = p
  }
  /** The text's main person, drawn once; 25% from names of other origins. */
  who() {
    if (!this.person) this.person = this.draw()
    return this.person
  }
  draw() {
    const world = this.r() < 0.25
    return {
      first: pick(this.r, world ? WORLD_FIRST : this.p.first),
      last: pick(this.r, world ? WORLD_LAST : this.p.last),
      world,
    }
  }
  full(n: { first: string; last: string; world?: boolean } = this.who()) {
    return E("PERSON", this.p.lang === "hu" && !n.world ? `${n.last} ${n.first}` : `${n.first} ${n.last}`)
  }
  first(n = this.who()) {
    return E("PERSON", n.first)
  }
  /** A title (outside the span) and the surname (the span). */
  titled(n = this.who()): (Part | string)[] {
    const t = this.p.titles.length ? pick(this.r, this.p.titles) : ""
    return t ? [`${t} `, E("PERSON", n.last)] : [E("PERSON", `${n.first} ${n.last}`)]
  }
  /** A given name that is also a word (Faith, Bill), here used as a name. */
  named(first: string) {
    return E("PERSON", first)
  }
  lower(n: { first: string; last: string } = this.who()) {
    return E("PERSON", `${n.first} ${n.last}`.toLowerCase())
  }
  other() {
    return this.full(this.draw())
  }
  otherFirst() {
    return this.first(this.draw())
  }
  email(n = this.who()) {
    const f = ASCII(n.first) || "info"
    const l = ASCII(n.last) || "post"
    const local = pick(this.r, [`${f}.${l}`, `${f}${l}${int(this.r, 1, 99)}`, `${f[0]}${l}`, `${f}_${l}`, `${l}.${f}+${pick(this.r, ["rent", "travel", "donate"])}`, `${f}-${l}`])
    return E("EMAIL", `${local}@${pick(this.r, this.p.domains)}`)
  }
  roleMail(role: string, domain: string) {
    return E("EMAIL", `${role}@${domain}`)
  }
  phone(region = pick(this.r, this.p.regions)) {
    return E("PHONE", v.phone(this.r, region))
  }
  intlPhone(region = pick(this.r, ["US", "CA", "BR", "IN", "ZA", "SG", "JP", "DE", "NZ", "AU", "GB"])) {
    return E("PHONE", v.phone(this.r, region, true))
  }
  card() { return E("CARD", v.card(this.r)) }
  iban(cc = pick(this.r, this.p.ibans)) { return E("IBAN", v.iban(this.r, cc)) }
  ssn() { return E("US_SSN", v.ssn(this.r)) }
  nino() { return E("UK_NINO", v.nino(this.r)) }
  ip() { return E("IP_ADDRESS", this.r() < 0.6 ? v.ipv4(this.r) : v.ipv6(this.r)) }
  // ---- lookalikes ----
  badCard() { return N("luhn-invalid", v.badCard(this.r)) }
  badIban(cc = pick(this.r, this.p.ibans)) { return N("iban-checksum", v.badIban(this.r, cc)) }
  propRef() { return N("property-ref", pick(this.r, [`PR-${digits(this.r, 5)}`, `${letters(this.r, 3)}/${digits(this.r, 4)}/${letters(this.r, 1)}`, `PROP${digits(this.r, 6)}`])) }
  tenancy() { return N("tenancy-number", pick(this.r, [`TEN-${2020 + int(this.r, 0, 6)}-${digits(this.r, 5)}`, `LSE/${digits(this.r, 6)}`, `T${digits(this.r, 8)}`])) }
  deposit() { return N("deposit-id", pick(this.r, [`DPS-${digits(this.r, 9)}`, `TDS ${digits(this.r, 3)} ${digits(this.r, 4)}`, `RTB-${digits(this.r, 7)}`, `${digits(this.r, 10)}`])) }
  donor() { return N("donor-id", pick(this.r, [`D${digits(this.r, 7)}`, `DON-${digits(this.r, 6)}`, `${digits(this.r, 8)}`])) }
  giftAid() { return N("giftaid-id", pick(this.r, [`GA-${digits(this.r, 6)}`, `GAD${digits(this.r, 8)}`])) }
  booking() { return N("booking-ref", pick(this.r, [letters(this.r, 6), `BK${digits(this.r, 7)}`, `${letters(this.r, 2)}-${digits(this.r, 6)}`])) }
  pkg() { return N("package-code", pick(this.r, [`${letters(this.r, 3)}-${digits(this.r, 2)}${letters(this.r, 1)}-${digits(this.r, 3)}`, `PKG${digits(this.r, 5)}`])) }
  passport() { return N("passport-number", pick(this.r, [digits(this.r, 9), `${letters(this.r, 2)}${digits(this.r, 7)}`, `${letters(this.r, 1)}${digits(this.r, 8)}`])) }
  flight() { return N("flight-number", `${pick(this.r, ["FR", "EI", "BA", "KL", "AZ", "TP", "SK", "W6", "QF", "U2"])} ${int(this.r, 10, 9899)}`) }
  rooms() {
    const n = int(this.r, 1, 5)
    const word = ROOMS[this.p.lang] ?? ["bedroom"]
    return N("room-count", pick(this.r, [`${n}-${pick(this.r, ["bed", "bedroom"])}`, `${n} ${pick(this.r, word)}`, `${n}+1`].slice(this.p.lang === "en" ? 0 : 1)))
  }
  area() {
    const sq = this.p.lang === "en" ? [`${int(this.r, 400, 1900)} sq ft`] : []
    return N("floor-area", pick(this.r, [`${int(this.r, 28, 180)} m²`, `${int(this.r, 28, 180)}m2`, ...sq]))
  }
  /** A phone with an extension after it; the extension is outside the span. */
  phoneExt(region = pick(this.r, ["US", "CA", "GB"])): (Part | string)[] {
    return [E("PHONE", v.phone(this.r, region)), ` ${pick(this.r, ["ext.", "ext", "x", "Ext."])} ${int(this.r, 2, 480)}`]
  }
  amount(n = int(this.r, 500, 320000) / 100) { return N("amount", this.p.currency(n)) }
  meter() { return N("meter-reading", pick(this.r, [`${digits(this.r, 5)}.${int(this.r, 0, 9)} kWh`, `${digits(this.r, 6)}`, `${pad(int(this.r, 100, 99999), 5)} m³`])) }
  natId() {
    const [yy, mm, dd] = [pad(int(this.r, 40, 99), 2), pad(int(this.r, 1, 12), 2), pad(int(this.r, 1, 28), 2)]
    if (this.p.lang === "da") return N("cpr-number", `${dd}${mm}${yy}-${digits(this.r, 4)}`)
    if (this.p.lang === "sv") return N("personnummer", pick(this.r, [`19${yy}${mm}${dd}-${digits(this.r, 4)}`, `${yy}${mm}${dd}-${digits(this.r, 4)}`]))
    const k = int(this.r, 0, 2)
    if (k === 0) return N("hu-personal-id", `${int(this.r, 1, 2)}-${yy}${mm}${dd}-${digits(this.r, 4)}`)
    if (k === 1) return N("hu-taj-number", `${digits(this.r, 3)} ${digits(this.r, 3)} ${digits(this.r, 3)}`)
    return N("hu-tax-id", `8${digits(this.r, 9)}`)
  }
  date() {
    const d = int(this.r, 1, 28)
    const m = int(this.r, 1, 12)
    const y = 2025 + int(this.r, 0, 2)
    if (this.p.lang === "hu") return N("date", pick(this.r, [`${y}. ${pick(this.r, this.p.months)} ${d}.`, `${y}.${pad(m, 2)}.${pad(d, 2)}.`, `${y}-${pad(m, 2)}-${pad(d, 2)}`]))
    return N("date", pick(this.r, [`${d}/${m}/${y}`, `${pad(d, 2)}.${pad(m, 2)}.${y}`, `${y}-${pad(m, 2)}-${pad(d, 2)}`, `${d} ${pick(this.r, this.p.months)} ${y}`, `${pad(d, 2)}-${pad(m, 2)}-${String(y).slice(2)}`]))
  }
  time() {
    const h = int(this.r, 6, 22)
    const m = pad(int(this.r, 0, 59), 2)
    const styles = [`${pad(h, 2)}:${m}`, `${pad(h, 2)}.${m}`]
    if (this.p.lang === "en") styles.push(`${h > 12 ? h - 12 : h}.${pad(int(this.r, 0, 5) * 10, 2)}${h >= 12 ? "pm" : "am"}`, `${h > 12 ? h - 12 : h}:${m} ${h >= 12 ? "PM" : "AM"}`)
    if (this.p.lang === "pt") styles.push(`${pad(h, 2)}h${m}`)
    return N("time", pick(this.r, styles))
  }
  word(w: string) { return N("name-word", w) }
  place(p: string) { return N("place-name", p) }
  // ---- plain variety ----
  emo() { return this.r() < 0.55 ? pick(this.r, EMOJI) : this.r() < 0.5 ? pick(this.r, DECOR) : "" }
  one<T>(xs: readonly T[]): T { return pick(this.r, xs) }
  n(lo: number, hi: number) { return String(int(this.r, lo, hi)) }
}
