// The values behind the slots: labeled data (cards, IBANs, SSNs, NI numbers, IPs, e-mail) and the lookalikes.
import { ent, neg, plain, type Seg } from "./draft.ts"
import type { Scene } from "./scene.ts"
import { sayDigits } from "./said.ts"
import { badCard, badIban, badNino, badSsn, card, iban, ip, last4, nino, ssn, writeIban } from "./values.ts"
import { luhnOk } from "./checks.ts"
import { phoneIn } from "./checks.ts"

const DATE_STYLES: Intl.DateTimeFormatOptions[] = [{ dateStyle: "short" }, { dateStyle: "medium" }, { dateStyle: "long" }, { day: "numeric", month: "long" }, { day: "2-digit", month: "2-digit", year: "numeric" }]
const clean = (s: string) => s.replace(/[\u00a0\u202f]/g, " ")
export function dateText(s: Scene, year?: number): string {
  const r = s.r
  const t = Date.UTC(year ?? r.pick([2026, 2026, 2027]), r.int(12), 1 + r.int(28), 12)
  if (r.chance(0.1)) return new Date(t).toISOString().slice(0, 10)
  return clean(new Intl.DateTimeFormat(s.loc.tag, { ...r.pick(DATE_STYLES), timeZone: "UTC" }).format(new Date(t)))
}
export function timeText(s: Scene): string {
  const r = s.r
  const h = 8 + r.int(11)
  const m = r.pick(["00", "15", "30", "45", "10", "20", "40", "50"])
  if (s.lang === "en" && s.loc.cc !== "IE" && r.chance(0.7)) {
    const ap = h >= 12 ? "PM" : "AM"
    const hh = h > 12 ? h - 12 : h
    return r.pick([`${hh}:${m} ${ap}`, `${hh}:${m}${ap.toLowerCase()}`, `${hh}.${m}${ap.toLowerCase()}`])
  }
  if (s.lang === "fr" && r.chance(0.5)) return `${h}h${m}`
  if (s.lang === "nl" && r.chance(0.4)) return `${h}.${m}`
  return `${String(h).padStart(2, "0")}:${m}`
}
export function amountText(s: Scene): string {
  const v = s.r.pick([12.5, 18, 24.9, 35, 49, 65, 89.95, 120, 149, 240, 1250])
  return clean(new Intl.NumberFormat(s.loc.tag, { style: "currency", currency: s.loc.currency }).format(v))
}
/** A domestic account where no IBAN is used (US, Australia), not a phone there, failing Luhn from twelve digits. */
function account(s: Scene): string {
  for (;;) {
    const a = s.loc.cc === "US" ? s.r.digits(10 + s.r.int(3)) : s.r.digits(8 + s.r.int(2))
    if (a[0] !== "0" && !phoneIn(a, s.loc.cc) && !(a.length >= 12 && luhnOk(a))) return a
  }
}
function bankCode(s: Scene): string {
  if (s.loc.cc === "AU") return `${s.r.pick(["062", "063", "082", "033", "012"])}-${s.r.digits(3)}`
  for (;;) {
    const b = s.r.pick(["0", "1", "2", "3"]) + s.r.digits(7)
    for (let k = 0; k < 10; k++) if ([...(b + k)].reduce((a, c, i) => a + Number(c) * [3, 7, 1][i % 3]!, 0) % 10 === 0) return b + k
  }
}
const cards = new WeakMap<Scene, string>()
function cardOf(s: Scene) { if (!cards.has(s)) cards.set(s, card(s.r)); return cards.get(s)! }
const nouns = (s: Scene) => s.biz.nouns[s.lang]!
const cap = (x: string) => x[0]!.toUpperCase() + x.slice(1)

export function fillValue(s: Scene, name: string): Seg[] {
  const r = s.r
  const low = (x: string) => (s.said ? x.toLowerCase() : x)
  switch (name) {
    case "card": return [ent("CARD", cardOf(s))]
    case "masked": return [neg("masked-card", `${r.pick(["**** **** **** ", "•••• ", "XXXX-XXXX-XXXX-"])}${last4(cardOf(s))}`)]
    case "expiry": return [neg("card-expiry", `${String(1 + r.int(12)).padStart(2, "0")}/${27 + r.int(5)}`)]
    case "badcard": return [neg("luhn-invalid", badCard(r))]
    case "iban": return [ent("IBAN", writeIban(r, iban(r, r.chance(0.7) ? s.loc.ibans[0]! : r.pick(s.loc.ibans)), s.kind === "email" || s.kind === "note"))]
    case "badiban": return [neg("iban-checksum", badIban(r, s.loc.ibans[0]!))]
    case "ssn": return [ent("US_SSN", ssn(r))]
    case "badssn": return [neg("ssn-invalid", badSsn(r))]
    case "nino": return [ent("UK_NINO", nino(r))]
    case "badnino": return [neg("nino-invalid", badNino(r))]
    case "ip": return [ent("IP_ADDRESS", ip(r))]
    case "bank": return [neg("bank-account", account(s))]
    case "bcode": return [neg("bank-code", bankCode(s))]
    case "bankline": return [plain(s.loc.cc === "US" ? "routing " : "BSB "), neg("bank-code", bankCode(s)), plain(", account "), neg("bank-account", account(s))]
    case "bmail": return [ent("EMAIL", `${r.pick(s.biz.boxes)}@${s.biz.domain}`)]
    case "amail": return s.person("A", "e")
    case "bo": return [neg(s.biz.kinds.order, low(s.biz.order(r)))]
    case "bi": return [neg(s.biz.kinds.item, low(s.biz.item(r)))]
    case "bn": { const g = s.biz.num(r); return [neg(s.biz.kinds.num, s.said ? g.map((x) => sayDigits(r, s.lang, x)).join(" ") : r.chance(0.7) ? g.join(" ") : g.join(""))] }
    case "bns": return [neg(s.biz.kinds.num, s.biz.num(r).map((x) => sayDigits(r, s.lang, x)).join(s.kind === "voicemail" ? ", " : " "))]
    case "case": return [neg("case-number", low(r.pick([`#${r.digits(6)}`, `INC-${r.digits(7)}`, `TCK-${r.digits(6)}`])))]
    case "date": return [neg("date", dateText(s))]
    case "dob": return [neg("date", dateText(s, 1950 + r.int(55)))]
    case "time": return [neg("time", timeText(s))]
    case "amount": return [neg("amount", amountText(s))]
    case "postcode": return [neg("postcode", s.loc.postcode(r))]
    case "version": return [neg("version", `${3 + r.int(4)}.${r.int(20)}.${r.int(10)}`)]
    case "biz": return [plain(s.biz.name)]
    case "bizs": return [plain(s.biz.name.split(" & ")[0]!)]
    case "thing": return [plain(nouns(s)[0])]
    case "lo": return [plain(nouns(s)[1])]
    case "Lo": return [plain(cap(nouns(s)[1]))]
    case "li": return [plain(nouns(s)[2])]
    case "Li": return [plain(cap(nouns(s)[2]))]
    case "ln": return [plain(nouns(s)[3])]
    case "Ln": return [plain(cap(nouns(s)[3]))]
  }
  throw new Error(`unknown slot {${name}}`)
}
