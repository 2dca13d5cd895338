// The holes a template may use. Each returns the pieces it writes; a PII
// value is an entity piece, a lookalike a negative piece, the rest plain.
import type { Piece } from "./doc.ts"
import { LOOKALIKES } from "./lookalikes.ts"
import { email, type Person, person } from "./names.ts"
import { phone, tollFree, vanity } from "./phones.ts"
import type { Rng } from "./rng.ts"
import { card, cardBad, iban, ibanBad, ipv4, ipv6, nino, sin, ssn, ssnBad } from "./values.ts"

export interface Cast {
  r: Rng
  locale: string
  p: Person
  a: Person
  o: Person
}

export function cast(r: Rng, locale: string): Cast {
  return { r, locale, p: person(r, locale), a: person(r, locale), o: person(r, locale) }
}

const HOME: Record<string, string> = { "en-US": "US", "es-US": "US", "en-CA": "CA", "fr-CA": "CA", "de-CH": "CH", "fr-CH": "CH" }
const ABROAD = ["MX", "PH", "IN", "CO", "SV", "GT", "DO", "NG", "FR", "DE", "ES", "CN", "VN", "PL", "GB"]
const IBANS: Record<string, string[]> = {
  US: ["DE", "ES", "GB", "FR", "NL"],
  CA: ["FR", "GB", "DE"],
  CH: ["CH", "CH", "CH", "LI", "DE", "FR", "IT", "AT"],
}
const EMOJI = ["📞", "👍🏽", "🇨🇭", "🇲🇽", "🇨🇦", "👩‍⚕️", "💊", "⚡", "🙏🏻", "😡", "🚗", "🏠", "✅", "👨‍👩‍👧", "🤷🏾‍♀️", "😊", "📅"]
const ACCENT = ["Cafe\u0301", "Zu\u0308rich", "re\u0301sume\u0301", "Montre\u0301al", "Gene\u0300ve", "José", "Québec", "naïve", "Señora", "Biel/Bienne"]
const ROLE: Record<string, string[]> = {
  US: ["dmv.help@dmv.example.gov", "refills@rxcare-pharmacy.com", "311feedback@cityofspringfield.org", "benefits.appeals@hhs.example.gov", "no-reply@rxcare-pharmacy.com"],
  CA: ["service@hydronordique.ca", "facturation@hydronordique.ca", "outages@northpower-utility.ca"],
  CH: ["kundendienst@ewz-energie.ch", "service-client@romande-energie.ch", "factures@sig-energie.ch"],
}
const STREETS: Record<string, string[]> = {
  US: ["Maple Ave", "Calle Ocho", "MLK Jr Blvd", "S Alameda St", "Elm Street", "W 147th St"],
  CA: ["rue Saint-Denis", "Yonge St", "boul. René-Lévesque", "Portage Ave", "rue de l'Église"],
  CH: ["Bahnhofstrasse", "avenue de la Gare", "chemin des Vignes", "Seefeldstrasse", "rue du Rhône"],
}
const TOWNS: Record<string, string[]> = {
  US: ["Springfield", "El Paso", "Fresno", "Hialeah", "Tucson", "Yakima"],
  CA: ["Laval", "Sherbrooke", "Moose Jaw", "Rimouski", "Brampton", "Trois-Rivières"],
  CH: ["Winterthur", "Lausanne", "Chur", "Biel/Bienne", "Fribourg", "Sion"],
}
const COMPANIES = ["Walgreens", "Hydro Nordique", "Swisscom", "RxCare", "Blue Cross", "Medicaid", "Greyhound", "Migros", "Desjardins"]
const PRODUCTS = ["atorvastatin 20 mg", "Ozempic pen", "insulin glargine", "lisinopril", "amoxicilina", "Ventolin", "Dafalgan"]

const lc = (s: string) => s.toLowerCase()

type Slot = (c: Cast) => Piece[]
const one = (type: string, f: (c: Cast) => string): Slot => (c) => [{ type, value: f(c) }]
const neg = (kind: string): Slot => (c) => [{ kind, value: LOOKALIKES[kind]!(c.r, c.locale) }]
const home = (c: Cast) => HOME[c.locale] ?? "US"

export const SLOTS: Record<string, Slot> = {
  full: one("PERSON", (c) => `${c.p.first} ${c.p.last}`),
  first: one("PERSON", (c) => c.p.first),
  last: one("PERSON", (c) => c.p.last),
  full_lc: one("PERSON", (c) => lc(`${c.p.first} ${c.p.last}`)),
  first_lc: one("PERSON", (c) => lc(c.p.first)),
  agent: one("PERSON", (c) => c.a.first),
  agent_lc: one("PERSON", (c) => lc(c.a.first)),
  agent_full: one("PERSON", (c) => `${c.a.first} ${c.a.last}`),
  agent_last: one("PERSON", (c) => c.a.last),
  other: one("PERSON", (c) => `${c.o.first} ${c.o.last}`),
  other_first: one("PERSON", (c) => c.o.first),
  other_first_lc: one("PERSON", (c) => lc(c.o.first)),
  other_last: one("PERSON", (c) => c.o.last),
  email: one("EMAIL", (c) => email(c.r, c.p, c.locale)),
  email_other: one("EMAIL", (c) => email(c.r, c.o, c.locale)),
  email_role: one("EMAIL", (c) => c.r.pick(ROLE[home(c)]!)),
  phone: one("PHONE", (c) => phone(c.r, home(c), "national")),
  phone_intl: one("PHONE", (c) => phone(c.r, home(c), c.r.pick(["international", "intl00"]))),
  phone_ext: (c) => [{ type: "PHONE", value: phone(c.r, c.r.pick(["US", "CA"]), "national") }, c.r.pick([" ext. ", " x", " ext ", ", poste "]) + c.r.int(10, 4999)],
  phone_us: one("PHONE", (c) => phone(c.r, "US", c.r.pick(["national", "national", "international"]))),
  phone_ca: one("PHONE", (c) => phone(c.r, "CA", c.r.pick(["national", "international"]))),
  phone_ch: one("PHONE", (c) => phone(c.r, "CH", c.r.pick(["national", "international", "intl00"]))),
  phone_uk: one("PHONE", (c) => phone(c.r, "GB", c.r.pick(["national", "international"]))),
  phone_abroad: one("PHONE", (c) => phone(c.r, c.r.pick(ABROAD), c.r.pick(["international", "international", "intl00"]))),
  tollfree: one("PHONE", (c) => tollFree(c.r)),
  vanity: (c) => [{ kind: "vanity-number", value: vanity(c.r) }],
  ssn: one("US_SSN", (c) => ssn(c.r)),
  ssn_dash: one("US_SSN", (c) => ssn(c.r, "dash")),
  ssn_space: one("US_SSN", (c) => ssn(c.r, "space")),
  ssn_bare: one("US_SSN", (c) => ssn(c.r, "bare")),
  ssn_bad: (c) => [{ kind: "ssn-invalid", value: ssnBad(c.r) }],
  last4: (c) => [{ kind: "last-four", value: c.r.digits(4) }],
  sin: (c) => [{ kind: "sin", value: sin(c.r) }],
  card: one("CARD", (c) => card(c.r)),
  card_bad: (c) => [{ kind: "luhn-invalid", value: cardBad(c.r) }],
  iban: one("IBAN", (c) => iban(c.r, c.r.pick(IBANS[home(c)]!))),
  iban_bad: (c) => [{ kind: "iban-checksum", value: ibanBad(c.r, c.r.pick(IBANS[home(c)]!)) }],
  nino: one("UK_NINO", (c) => nino(c.r)),
  ipv4: one("IP_ADDRESS", (c) => ipv4(c.r)),
  ipv6: one("IP_ADDRESS", (c) => ipv6(c.r)),
  ip: one("IP_ADDRESS", (c) => (c.r.chance(0.6) ? ipv4(c.r) : ipv6(c.r))),
  case: neg("case-number"),
  ticket: neg("ticket"),
  dl: neg("driver-licence"),
  plate: neg("plate"),
  rx: neg("rx-number"),
  ndc: neg("ndc"),
  member: neg("member-id"),
  benefit: neg("benefit-id"),
  zip: neg("zip"),
  postal: neg("postal-code"),
  meter: neg("meter-number"),
  account: neg("account-number"),
  date: neg("date"),
  time: neg("time"),
  amount: neg("amount"),
  emoji: (c) => [c.r.pick(EMOJI)],
  acc: (c) => [c.r.pick(ACCENT)],
  street: (c) => (home(c) !== "CH" ? [`${c.r.int(2, 9800)} ${c.r.pick(STREETS[home(c)]!)}`] : [`${c.r.pick(STREETS[home(c)]!)} ${c.r.int(2, 120)}`]),
  town: (c) => [c.r.pick(TOWNS[home(c)]!)],
  company: (c) => [c.r.pick(COMPANIES)],
  product: (c) => [c.r.pick(PRODUCTS)],
}

/** Renders `{slot}`, `{slot@n}` (the same value again) and `{w:Word}` (a name used as an ordinary word). */
export function pieces(template: string, c: Cast): Piece[] {
  const out: Piece[] = []
  const re = /\{([a-z_0-9]+)(@\d)?(?::([^}]+))?\}/g
  const memo = new Map<string, Piece[]>()
  let at = 0
  for (const m of template.matchAll(re)) {
    out.push(template.slice(at, m.index))
    at = m.index + m[0].length
    if (m[1] === "w") {
      out.push({ kind: "name-word", value: m[3] ?? "" })
      continue
    }
    const slot = SLOTS[m[1]!]
    if (!slot) throw new Error(`unknown slot {${m[1]}}`)
    // `{phone@1}` twice in one template is the same number, read back.
    const key = m[2] ? m[1]! + m[2] : undefined
    const written = (key && memo.get(key)) || slot(c)
    if (key) memo.set(key, written)
    out.push(...written)
  }
  out.push(template.slice(at))
  return out
}
