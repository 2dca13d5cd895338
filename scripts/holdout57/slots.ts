// The slots of a template. People: {C} {A} {K} {T} with forms .g given, .f family, .n full, .F "Family, Given",
// .U capitals, .i initial, .s spelled, .t title and family, .tn title and full name, .e e-mail, none = any of these;
// gendered words {C?his|her}. Phones: {ph} {ph2} {tph} {kph} written, {phi} international, {phs} {phs2} {tphs} said,
// {phfix} {phsfix} corrected, {phg} glued to its label, {bph} {bphs} the business line. Values: {card} {exp} {mask}
// {badcard} {iban} {badiban} {acct} {routing} {ssn} {badssn} {nino} {badnino} {ip} {ip6}. Lookalikes: {date} {dob}
// {time} {amt} {pc} {ver} {case}. The business: {biz} {B.e} {r1} {r2} {x} {rd} {rds} and its nouns {n1} {n2} {nx} {nd}
// {item} {topic}. A name-word is written [[nw:word]].
import { parsePhoneNumberFromString, type PhoneNumber } from "libphonenumber-js/max"
import type { Biz } from "./biz.ts"
import type { Seg } from "./draft.ts"
import type { Locale } from "./locales.ts"
import { amount, caseNumber, date, dob, expiry, masked, postcode, routing, account, time, version } from "./looks.ts"
import type { Kind, Pack } from "./pack.ts"
import { personalEmail, spell, staffEmail, upper, type Person } from "./people.ts"
import { writePhone, type PhoneType } from "./phones.ts"
import type { Rng } from "./rng.ts"
import { badCard, badIban, badNino, badSsn, card, iban, ip, lastFour, nino, ssn, type IbanStyle } from "./values.ts"

export type Role = "C" | "A" | "K" | "T"
/** What a slot needs of its scene. */
export interface Ctx {
  r: Rng
  loc: Locale
  biz: Biz
  pack: Pack
  kind: Kind
  transcript: boolean
  clock: string
  cache: Map<string, string>
  phones: Map<string, PhoneNumber>
  person(role: Role, named?: boolean): Person
  phone(key: string): PhoneNumber
  phoneType(key: string): PhoneType
  businessLine(): PhoneNumber
  sayPhone(p: PhoneNumber): string
  sayDigits(v: string): string
}

const P = (v: string): Seg => ({ v, t: "PERSON" })
const once = (s: Ctx, key: string, make: () => string) => {
  if (!s.cache.has(key)) s.cache.set(key, make())
  return s.cache.get(key)!
}

function personSlot(s: Ctx, role: Role, form: string): Seg[] {
  const p = s.person(role)
  const r = s.r
  const full = `${p.given} ${p.family}`
  const titles = s.pack.title[p.gender]
  if (form === "x") form = r.pick(["n", "n", "g", "t", "F", "i", "U", "n"])
  if (s.transcript && ["F", "i", "U"].includes(form)) form = "n"
  switch (form) {
    case "g": return [P(p.given)]
    case "f": return [P(p.family)]
    case "n": return [P(full)]
    case "F": return [P(`${p.family}, ${p.given}`)]
    case "U": return [P(upper(full))]
    case "i": return s.loc.lang === "fr" && /^M/.test(p.given) ? [P(full)] : [P(`${[...p.given][0]}. ${p.family}`)]
    case "s": return [P(s.transcript ? spell(r, p.family).replace(/-/g, " ") : spell(r, p.family))]
    case "t": return titles.length ? [`${r.pick(titles)} `, P(p.family)] : [P(full)]
    case "tn": return titles.length ? [`${r.pick(titles)} `, P(full)] : [P(full)]
    case "e": return [{ v: once(s, `e:${role}`, () => (role === "A" || role === "K" ? staffEmail(p, s.biz.domain) : personalEmail(r, p, s.loc.cc))), t: "EMAIL" }]
    default: throw new Error(`holdout57: unknown person form ${form}`)
  }
}

const PH = (v: string): Seg => ({ v, t: "PHONE" })
const written = (s: Ctx, key: string, form?: string) => once(s, `w:${key}:${form ?? ""}`, () => writePhone(s.r, s.loc.tag, s.loc.cc, s.phone(key), s.phoneType(key), form))
/** The number a caller first gives by mistake: two digits of the right one swapped, when that is a valid number too. */
function nearby(s: Ctx): PhoneNumber {
  const right = s.phone("ph")
  const d = right.nationalNumber
  for (let i = 0; i < 8; i++) {
    const at = s.r.range(Math.max(0, d.length - 5), d.length - 2)
    const e = d.slice(0, at) + d[at + 1] + d[at] + d.slice(at + 2)
    const p = e === d ? undefined : parsePhoneNumberFromString(`+${right.countryCallingCode}${e}`)
    if (p?.isValid() && p.country === s.loc.cc) return p
  }
  return s.phone("phx")
}
function fixPair(s: Ctx, said: boolean): Seg[] {
  const right = s.phone("ph")
  if (!s.phones.has("phx")) s.phones.set("phx", nearby(s))
  const wrong = s.phones.get("phx")!
  const w = said ? s.sayPhone(wrong) : written(s, "phx")
  const ok = said ? s.sayPhone(right) : written(s, "ph")
  return [PH(w), ` ${s.r.pick(s.pack.ui.fix)} `, PH(ok)]
}
function glued(s: Ctx): Seg[] {
  const abbr = s.r.pick([s.pack.ui.mob, s.pack.ui.tel, s.pack.ui.mob.replace(/\.$/, "")])
  return [abbr, PH(written(s, "ph"))]
}
function ibanSlot(s: Ctx): Seg[] {
  const cc = s.r.chance(0.65) ? s.loc.ibans[0]! : s.r.pick(s.loc.ibans)
  const styles: IbanStyle[] = ["grouped", "grouped", "compact", "lower", ...(s.kind === "email" || s.kind === "note" ? (["broken", "broken"] as const) : [])]
  return [{ v: iban(s.r, cc, s.r.pick(styles)), t: "IBAN" }]
}
const N = (v: string, n: string): Seg => ({ v, n })
const biz = (s: Ctx, k: "r1" | "r2" | "x" | "rd"): Seg => N(once(s, k, () => s.biz.make[k](s.r)), s.biz.kinds[k])

const SIMPLE: Record<string, (s: Ctx) => Seg[]> = {
  ph: (s) => [PH(written(s, "ph"))], ph2: (s) => [PH(written(s, "ph2"))], tph: (s) => [PH(written(s, "tph"))], kph: (s) => [PH(written(s, "kph"))],
  phi: (s) => [PH(written(s, "ph", s.r.pick(["intl", "e164", "00"])))],
  phs: (s) => [PH(once(s, "s:ph", () => s.sayPhone(s.phone("ph"))))], phs2: (s) => [PH(s.sayPhone(s.phone("ph2")))], tphs: (s) => [PH(s.sayPhone(s.phone("tph")))],
  phfix: (s) => fixPair(s, false), phsfix: (s) => fixPair(s, true), phg: glued,
  bph: (s) => [PH(once(s, "bph", () => s.businessLine().formatNational()))], bphs: (s) => [PH(s.sayPhone(s.businessLine()))],
  card: (s) => [{ v: once(s, "card", () => card(s.r)), t: "CARD" }], exp: (s) => [N(expiry(s.r), "card-expiry")],
  mask: (s) => [N(masked(s.r, s.cache.has("card") ? lastFour(s.cache.get("card")!) : s.r.digits(4)), "masked-card")],
  badcard: (s) => [N(badCard(s.r), "luhn-invalid")], iban: ibanSlot, badiban: (s) => [N(badIban(s.r, s.loc.ibans[0]!), "iban-checksum")],
  acct: (s) => [N(account(s.r, s.loc), "bank-account")], routing: (s) => [N(routing(s.r), "bank-code")],
  ssn: (s) => [{ v: ssn(s.r), t: "US_SSN" }], badssn: (s) => [N(badSsn(s.r), "ssn-invalid")],
  nino: (s) => [{ v: nino(s.r), t: "UK_NINO" }], badnino: (s) => [N(badNino(s.r), "nino-invalid")],
  ip: (s) => [{ v: ip(s.r), t: "IP_ADDRESS" }], ip6: (s) => [{ v: ip(s.r, true), t: "IP_ADDRESS" }],
  date: (s) => [N(date(s.r, s.loc), "date")], dob: (s) => [N(dob(s.r, s.loc), "date")], time: (s) => [N(time(s.r, s.clock), "time")],
  amt: (s) => [N(amount(s.r, s.loc), "amount")], ver: (s) => [N(version(s.r), "version")], case: (s) => [N(caseNumber(s.r), "case-number")],
  pc: (s) => { const v = postcode(s.r, s.loc); return v ? [N(v, "postcode")] : ["Georgetown"] },
  biz: (s) => [s.biz.name], "B.e": (s) => [{ v: once(s, "B.e", () => `${s.r.pick(s.biz.roles)}@${s.biz.domain}`), t: "EMAIL" }],
  r1: (s) => [biz(s, "r1")], r2: (s) => [biz(s, "r2")], x: (s) => [biz(s, "x")], rd: (s) => [biz(s, "rd")],
  rds: (s) => [N(s.sayDigits(once(s, "rd", () => s.biz.make.rd(s.r))), s.biz.kinds.rd)],
  n1: (s) => [s.pack.biz[s.biz.key].n1], n2: (s) => [s.pack.biz[s.biz.key].n2], nx: (s) => [s.pack.biz[s.biz.key].nx],
  nd: (s) => [s.pack.biz[s.biz.key].nd], item: (s) => [s.pack.biz[s.biz.key].item], topic: (s) => [s.pack.biz[s.biz.key].topic],
}

export function slot(s: Ctx, key: string): Seg[] {
  const m = /^([CAKT])(?:\.(\w+))?$/.exec(key)
  if (m) return personSlot(s, m[1] as Role, m[2] ?? "x")
  const g = /^([CAKT])\?([^|]*)\|(.*)$/.exec(key)
  if (g) return [s.person(g[1] as Role, false).gender === "m" ? g[2]! : g[3]!]
  const f = SIMPLE[key]
  if (!f) throw new Error(`holdout57: unknown slot {${key}}`)
  return f(s)
}
