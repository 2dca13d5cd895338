// A scene: who is in the text (a customer, a third party, an agent), which business, and the bits every kind of text
// is assembled from (names as people write them, phones in their many settings, e-mails, identifiers, lookalikes).
import { E, N, type Seg } from "./draft.ts"
import { amount, date, time } from "./everyday.ts"
import { phoneIn, writePhone } from "./phones.ts"
import type { Rng } from "./rng.ts"
import type { Domain, Key, Locale, Words } from "./types.ts"
import { card, email, iban, ibanBad, ip, luhnInvalid, nino, ssn } from "./values.ts"

export interface Person { given: string; family: string; female: boolean }
export interface Scene {
  r: Rng
  loc: Locale
  w: Words
  domain: Domain
  kind: string
  cust: Person
  other: Person
  agent: Person
  role: Key
  brand: string
  negOnly: boolean
  /** The text's number and how many name-words it has used, so every listed word turns up somewhere. */
  seq: number
  words: number
}

const BRANDS: Record<Domain, string[]> = {
  bus: ["coachlink", "bluebirdbus", "valleycoaches", "expressway"],
  veg: ["greenbox", "furrowfarm", "rootandleaf", "fieldshop"],
  sweep: ["sootandbough", "clearflue", "oakandash", "brushandsaw"],
  pets: ["pawsinn", "woofandwhisker", "kennelcourt", "tailwaggers"],
}
const ROLES: Record<Domain, Key[]> = { bus: ["driver", "neighbour"], veg: ["driver", "neighbour"], sweep: ["sweep", "neighbour"], pets: ["sitter", "owner", "neighbour"] }

export function person(loc: Locale, r: Rng): Person {
  const female = r.chance(0.5)
  const fam = r.pick(loc.family)
  return { given: r.pick(female ? loc.female : loc.male), family: female && loc.fem ? loc.fem(fam) : fam, female }
}

export function scene(r: Rng, loc: Locale, domain: Domain, kind: string, negOnly: boolean, seq = 0): Scene {
  const cust = person(loc, r)
  let other = person(loc, r)
  while (other.given === cust.given || other.family === cust.family) other = person(loc, r)
  let agent = person(loc, r)
  while ([cust.given, other.given].includes(agent.given) || [cust.family, other.family].includes(agent.family)) agent = person(loc, r)
  return { r, loc, w: loc.w, domain, kind, cust, other, agent, role: r.pick(ROLES[domain]), brand: r.pick(BRANDS[domain]), negOnly, seq, words: 0 }
}

export type NameStyle = "full" | "given" | "lower" | "capsFirst" | "caps" | "initial" | "family"
const initialOf = (g: string) => g.split(/[ -]/).map((x) => x[0] + ".").join(g.includes("-") ? "-" : "")

export function nameAs(p: Person, loc: Locale, style: NameStyle): string {
  const full = loc.familyFirst ? `${p.family} ${p.given}` : `${p.given} ${p.family}`
  switch (style) {
    case "full": return full
    case "given": return p.given
    case "family": return p.family
    case "lower": return full.toLocaleLowerCase(loc.tag.slice(0, 2))
    case "caps": return full.toLocaleUpperCase(loc.tag.slice(0, 2))
    case "capsFirst": return `${p.family.toLocaleUpperCase(loc.tag.slice(0, 2))} ${p.given}`
    case "initial": return loc.familyFirst ? `${p.family} ${initialOf(p.given)}` : `${initialOf(p.given)} ${p.family}`
  }
}

export const P = (s: Scene, p: Person, style: NameStyle = "full"): Seg => E("PERSON", nameAs(p, s.loc, style))
export const anyName = (s: Scene, p: Person): Seg => P(s, p, s.r.pick(["full", "full", "given", "initial", "caps"] as const))
export const mail = (s: Scene, p: Person): Seg => E("EMAIL", email(p.given, p.family, s.r.pick(s.loc.mailHosts), s.r))
/** An e-mail label, with an emoji before it sometimes. */
export const mailIcon = (s: Scene, p: Person): Seg[] => (s.r.chance(0.4) ? [s.r.pick(["✉️ ", "📧 ", "📨"]), mail(s, p)] : [mail(s, p)])
export const desk = (s: Scene, box: string): Seg => E("EMAIL", `${box}@${s.brand}.${s.loc.tld}`)

/** A phone alone, as written. */
export const ph = (s: Scene): Seg => E("PHONE", phoneIn(s.loc.cc, s.r).v)

/** A phone in one of the settings people put numbers in. */
export function phone(s: Scene): Seg[] {
  const { r, w } = s
  const { p, v } = phoneIn(s.loc.cc, r)
  switch (r.int(11)) {
    case 0: return [E("PHONE", v), ` ${w.ext} ${10 + r.int(890)}`]
    case 1: return [E("PHONE", v), ` ${w.or} `, ph(s)]
    case 2: return ["tel:", E("PHONE", r.chance(0.6) ? p.number : writePhone(p, s.loc.cc, "compact"))]
    case 3: return ["wa.me/", E("PHONE", p.number.slice(1))]
    case 4: return [`${w.no} `, E("PHONE", v)]
    case 5: return [w.mob, E("PHONE", writePhone(p, s.loc.cc, r.pick(["compact", "national", "e164"])))]
    case 6: return [r.pick(["📞 ", "📱", "☎️ ", "📲 "]), E("PHONE", v)]
    case 7: return ["sms:", E("PHONE", p.number)]
    default: return [E("PHONE", v)]
  }
}

/** Card, IBAN, SSN, NINO or IP address, where the locale's texts would hold one; sometimes a lookalike instead. */
export function ident(s: Scene): Seg[] {
  const { r, loc } = s
  const opts: Array<() => Seg[]> = [
    () => [r.pick(["card ", "💳 ", "Visa/MC: "]), E("CARD", card(r))],
    () => ["IP ", E("IP_ADDRESS", ip(r))],
    () => [r.pick(["ref. ", "# "]), N("luhn-invalid", luhnInvalid(r))],
  ]
  if (loc.bank) opts.push(() => ["IBAN ", E("IBAN", iban(loc.bank!, r))], () => ["IBAN ", N("iban-checksum", ibanBad(loc.bank!, r))], () => ["IBAN: ", E("IBAN", iban(loc.bank!, r))])
  if (loc.ssn) opts.push(() => ["SSN ", E("US_SSN", ssn(r))], () => ["SSN: ", E("US_SSN", ssn(r))], () => ["SSN ", N("ssn-invalid", ssn(r, true))])
  if (loc.nino) opts.push(() => ["NI number ", E("UK_NINO", nino(r))], () => ["NINO: ", E("UK_NINO", nino(r))], () => ["NI no. ", N("nino-invalid", nino(r, true))])
  if ((loc.ssn || loc.nino) && r.chance(0.6)) return r.pick(opts.slice(-3))()
  return r.pick(opts)()
}

/** The same, but never a label (for texts with no PII at all). */
export function lookalike(s: Scene): Seg[] {
  const { r, loc } = s
  const opts: Array<() => Seg[]> = [() => ["ref. ", N("luhn-invalid", luhnInvalid(r))], () => [date(loc, r), " ", time(loc, r)], () => [s.w.total, " ", amount(loc, r)]]
  if (loc.bank) opts.push(() => ["IBAN ", N("iban-checksum", ibanBad(loc.bank!, r))])
  if (loc.ssn) opts.push(() => ["SSN ", N("ssn-invalid", ssn(r, true))])
  if (loc.nino) opts.push(() => ["NI no. ", N("nino-invalid", nino(r, true))])
  return r.pick(opts)()
}

const EN_WORDS: Array<(s: Scene) => Seg[]> = [
  () => ["The driver ", N("name-word", "will"), " call ahead"], () => ["due in ", N("name-word", "May")], () => ["the ", N("name-word", "bill"), " is attached"],
  () => ["stop at ", N("name-word", "Grace"), " Street"], () => [N("name-word", "Hope"), " Road depot"], () => ["a ", N("name-word", "rose"), " bed by the gate"],
  () => ["the ", N("name-word", "Faith"), " Lane turn"], () => [N("name-word", "Joy"), " Coaches minibus"], () => [N("name-word", "Sunny"), " Acres eggs"],
  () => ["out at ", N("name-word", "dawn")], () => ["to be ", N("name-word", "frank")], () => ["a scuff ", N("name-word", "mark"), " on the door"],
  () => [N("name-word", "Victoria"), " plums"], () => [N("name-word", "Florence"), " fennel"], () => ["the ", N("name-word", "Paris"), " coach"],
  () => ["a car ", N("name-word", "jack")], () => ["the ", N("name-word", "holly"), " hedge"], () => ["a ", N("name-word", "robin"), " nesting"],
  () => [N("name-word", "Sage"), " and ", N("name-word", "Basil")], () => [N("name-word", "Rosemary"), " bunch"], () => ["a ", N("name-word", "fern"), " in a pot"],
  () => [N("name-word", "Dawn"), " Express"], () => [N("name-word", "Mark"), " III stove"], () => ["the ", N("name-word", "Bill"), " Street shelter"],
]
const OTHER_WORDS: Array<(s: Scene) => Seg[]> = [
  () => [N("name-word", "Victoria"), " Station"], () => [N("name-word", "Paris"), " ✈"], () => [N("name-word", "Sunny"), " Farm"], () => [N("name-word", "Dawn"), " Express"],
  () => ["Hotel ", N("name-word", "Florence")], () => [N("name-word", "Joy"), " Bus"], () => [N("name-word", "Rosemary"), " + ", N("name-word", "Sage")], () => [N("name-word", "Grace"), " Street"],
  () => [N("name-word", "Hope"), " Street"], () => [N("name-word", "Mark"), " III"], () => [N("name-word", "Basil"), " 🌿"], () => [N("name-word", "Holly"), " 🌿"],
]

/** A word that is also a name, used as a word, a place, a product. */
export function nameWord(s: Scene): Seg[] {
  const list = s.loc.en ? EN_WORDS : OTHER_WORDS
  return list[(s.seq * 5 + s.words++) % list.length]!(s)
}
