// Renders one template into a labeled text. A template is a string with
// `{slot}` holes (an entity or a lookalike made by code, `{slot:ARG}` for a
// region or brand, `{slot#2}` for a second distinct value) and `[[words|kind]]`
// for a literal lookalike (an everyday word that is also a name). The same
// hole written twice gives the same value, so a repeated email is labeled twice.
// Offsets are recorded while appending and then re-checked against the final
// text by the generator.
import { emailOf, person, type Person } from "./names.ts"
import { LOCALE, type Locale } from "./locale.ts"
import * as v from "./values.ts"
import { type Rng, pick, int } from "./values.ts"

export type EntityType = "EMAIL" | "PHONE" | "CARD" | "IBAN" | "US_SSN" | "UK_NINO" | "IP_ADDRESS" | "PERSON"
export interface Span { start: number; end: number }
export interface Entity extends Span { type: EntityType }
export interface Negative extends Span { kind: string }
export interface Rendered {
  text: string
  entities: Entity[]
  negatives: Negative[]
  /** The value each entity / negative was meant to hold, in order: checked against the text. */
  meant: string[]
  negMeant: string[]
  /** The region of each PHONE entity, for the README's counts. */
  regions: string[]
}

type Made = { value: string; type?: EntityType; kind?: string; region?: string }

interface Ctx {
  r: Rng
  lang: string
  loc: Locale
  cust: Person
  agent: Person
  other: Person
  cache: Map<string, Made>
  /** Seconds since midnight of the last `{clock}`, so a transcript's timestamps run forward. */
  clock?: { at: number; secs: boolean }
}

const PERSON_SLOTS: Record<string, (c: Ctx) => string> = {
  name: (c) => c.cust.full,
  first: (c) => c.cust.given,
  last: (c) => c.cust.family,
  lcname: (c) => c.cust.full.toLowerCase(),
  lcfirst: (c) => c.cust.given.toLowerCase(),
  upname: (c) => c.cust.full.toUpperCase(),
  revname: (c) => `${c.cust.family}, ${c.cust.given}`,
  agent: (c) => c.agent.given,
  lcagent: (c) => c.agent.given.toLowerCase(),
  agentfull: (c) => c.agent.full,
  other: (c) => c.other.full,
  otherfirst: (c) => c.other.given,
  otherlast: (c) => c.other.family,
}

/** Titles [male, female]: at a sentence start, and inside a sentence (or in speech-to-text for English). */
const TITLES: Record<string, [string[], string[]]> = {
  en: [["Mr.", "Ms."], ["mr", "ms"]],
  de: [["Herr", "Frau"], ["Herr", "Frau"]],
  fr: [["M.", "Mme"], ["M.", "Mme"]],
  es: [["Sr.", "Sra."], ["el Sr.", "la Sra."]],
  it: [["Sig.", "Sig.ra"], ["il sig.", "la sig.ra"]],
  nl: [["Meneer", "Mevrouw"], ["meneer", "mevrouw"]],
  pl: [["Pan", "Pani"], ["pan", "pani"]],
  pt: [["Sr.", "Sra."], ["o Sr.", "a Sra."]],
}

/** Plain words that agree with a person; never labeled (titles are outside PERSON spans). */
function plain(c: Ctx, slot: string): Made | undefined {
  const t = TITLES[c.lang]
  if (!t) return undefined
  if (slot === "title") return { value: t[0][Number(c.cust.female)]! }
  if (slot === "ltitle") return { value: t[1][Number(c.cust.female)]! }
  if (slot === "otitle") return { value: t[0][Number(c.other.female)]! }
  return undefined
}

function phoneSlot(c: Ctx, slot: string, arg: string | undefined): Made {
  const region = arg ?? (slot === "fphone" ? pick(c.r, ["IN", "PK", "NG", "GH", "KE", "ZA", "VN", "PH", "JP", "KR", "CN", "AE", "MA", "EG", "TR", "UA", "MX", "BR", "AU", "CA", "US", "PL", "PT", "SE"]) : pick(c.r, c.loc.regions))
  const e164 = v.phoneE164(c.r, region)
  const style: v.PhoneStyle =
    slot === "intl" || slot === "fphone"
      ? pick(c.r, ["intl", "intl", "intl", "intl00", "e164", "paren0", "intldash"] as const)
      : pick(c.r, c.loc.phoneStyles)
  return { value: v.formatPhone(e164, region, style), type: "PHONE", region }
}

function cardSlot(c: Ctx, arg: string | undefined): string {
  const brand = (arg ?? pick(c.r, ["visa", "visa", "visa", "mastercard", "mastercard", "amex", "discover", "jcb", "diners", "unionpay"])) as v.Brand
  return v.groupCard(v.cardDigits(c.r, brand), brand, pick(c.r, [" ", " ", " ", "-", ""]))
}

function entity(c: Ctx, slot: string, arg: string | undefined): Made | undefined {
  const r = c.r
  const p = PERSON_SLOTS[slot]
  if (p) return { value: p(c), type: "PERSON" }
  switch (slot) {
    case "email": return { value: emailOf(r, c.cust, c.lang), type: "EMAIL" }
    case "otheremail": return { value: emailOf(r, c.other, c.lang), type: "EMAIL" }
    case "agentemail": return { value: `${c.agent.given.normalize("NFD").replace(/[^A-Za-z]/g, "").toLowerCase()}.${pick(r, ["support", "care", "service"])}@${pick(r, c.loc.companyDomains)}`, type: "EMAIL" }
    case "roleemail": return { value: `${pick(r, c.loc.roles)}@${pick(r, c.loc.companyDomains)}`, type: "EMAIL" }
    case "phone": case "mobile": case "intl": case "fphone": return phoneSlot(c, slot, arg)
    case "card": return { value: cardSlot(c, arg), type: "CARD" }
    case "iban": {
      const raw = v.iban(r, arg ?? pick(r, c.loc.ibans))
      return { value: r() < 0.6 ? v.groupIban(raw) : raw, type: "IBAN" }
    }
    case "ssn": {
      const d = v.ssn(r)
      const f = pick(r, ["-", "-", "-", " ", ""])
      return { value: f === "" ? d : [d.slice(0, 3), d.slice(3, 5), d.slice(5)].join(f), type: "US_SSN" }
    }
    case "nino": {
      const n = v.nino(r)
      return { value: r() < 0.4 ? v.spacedNino(n) : n, type: "UK_NINO" }
    }
    case "ip4": return { value: v.ipv4(r), type: "IP_ADDRESS" }
    case "ip6": return { value: v.ipv6(r), type: "IP_ADDRESS" }
  }
  return undefined
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0")

function lookalike(c: Ctx, slot: string): Made {
  const r = c.r
  const L = c.loc
  switch (slot) {
    case "order": return { value: pick(r, [`${int(r, 100, 999)}-${v.digits(r, 7)}-${v.digits(r, 7)}`, `ORD-${int(r, 2024, 2026)}-${v.digits(r, 6)}`, `#${v.digits(r, 8)}`, v.digits(r, 9), `${pick(r, ["AB", "WEB", "SO"])}${v.digits(r, 10)}`]), kind: "order-number" }
    case "ticket": return { value: pick(r, [`INC${v.digits(r, 7)}`, `CS-${v.digits(r, 6)}`, `#${v.digits(r, 6)}`, `TCK-${int(r, 2025, 2026)}-${v.digits(r, 5)}`, `CAS-${v.digits(r, 5)}-${v.expand(r, "AXAXA")}`]), kind: "ticket" }
    case "tracking": return { value: pick(r, [`1Z${v.expand(r, "XXXAAAXXXXXXXXXXXX").slice(0, 16)}`, `JJD${v.digits(r, 18)}`, `${v.expand(r, "AA")}${v.digits(r, 9)}${pick(r, ["DE", "NL", "GB", "FR", "PL"])}`, v.digits(r, 12), `00${v.digits(r, 18)}`]), kind: "tracking-number" }
    case "invoice": return { value: pick(r, [`INV-${int(r, 2024, 2026)}-${v.digits(r, 5)}`, `RE-${int(r, 2025, 2026)}/${v.digits(r, 4)}`, `F${int(r, 2025, 2026)}-${v.digits(r, 6)}`, `FV/${v.digits(r, 3)}/${pad(int(r, 1, 12))}/${int(r, 2025, 2026)}`]), kind: "invoice" }
    case "acct": return { value: pick(r, [`KD-${v.digits(r, 7)}`, `${v.digits(r, 3)}-${v.digits(r, 3)}-${v.digits(r, 3)}`, `CUST${v.digits(r, 8)}`, v.digits(r, 10), `A${v.digits(r, 7)}`]), kind: "account-number" }
    case "amount": return { value: L.amount(r), kind: "amount" }
    case "date": return { value: L.date(r), kind: "date" }
    case "clock": {
      c.clock = c.clock ? { ...c.clock, at: c.clock.at + int(r, 5, 200) } : { at: int(r, 7 * 3600, 20 * 3600), secs: r() < 0.5 }
      const { at, secs } = c.clock
      return { value: `${pad(Math.floor(at / 3600))}:${pad(Math.floor(at / 60) % 60)}${secs ? `:${pad(at % 60)}` : ""}`, kind: "time" }
    }
    case "time": return { value: `${pad(int(r, 7, 21))}:${pad(int(r, 0, 59))}${r() < 0.3 ? `:${pad(int(r, 0, 59))}` : ""}`, kind: "time" }
    case "ts": return { value: `${int(r, 2025, 2026)}-${pad(int(r, 1, 12))}-${pad(int(r, 1, 28))}T${pad(int(r, 0, 23))}:${pad(int(r, 0, 59))}:${pad(int(r, 0, 59))}${pick(r, ["Z", "+01:00", ".512Z", "+02:00"])}`, kind: "date" }
    case "version": return { value: pick(r, [`${int(r, 1, 9)}.${int(r, 0, 30)}.${int(r, 0, 99)}`, `v${int(r, 1, 6)}.${int(r, 0, 20)}.${int(r, 0, 9)}`, `${int(r, 100, 131)}.0.${int(r, 6000, 6999)}.${int(r, 10, 199)}`, `10.0.${int(r, 19041, 26100)}.${int(r, 100, 5000)}`, `${int(r, 14, 18)}.${int(r, 0, 7)}.${int(r, 0, 3)}`]), kind: "version" }
    case "postcode": return { value: L.postcode(r), kind: "postcode" }
    case "zip": return { value: r() < 0.7 ? v.expand(r, "[0-9]XXXX") : v.expand(r, "[0-9]XXXX-XXXX"), kind: "postcode" }
    case "badcard": {
      const d = v.badCardDigits(r)
      return { value: pick(r, [d, d.replace(/(\d{4})(?=\d)/g, "$1 "), d.replace(/(\d{4})(?=\d)/g, "$1-")]), kind: "luhn-invalid" }
    }
    case "badiban": {
      const raw = v.badIban(r, pick(r, L.ibans))
      return { value: r() < 0.5 ? v.groupIban(raw) : raw, kind: "iban-checksum" }
    }
    case "badssn": {
      const d = v.badSsn(r)
      return { value: `${d.slice(0, 3)}-${d.slice(3, 5)}-${d.slice(5)}`, kind: "ssn-invalid" }
    }
    case "badnino": return { value: v.badNino(r), kind: "nino-invalid" }
    case "mac": return { value: Array.from({ length: 6 }, () => int(r, 0, 255).toString(16).toUpperCase().padStart(2, "0")).join(":"), kind: "mac-address" }
    case "booking": return { value: v.expand(r, pick(r, ["AAAXXX", "XAAXAA", "AXAAXA"])), kind: "booking-reference" }
    case "meter": return { value: `${v.digits(r, 1)}${pick(r, ["ESL", "APA", "ISK"])}${v.digits(r, 8)}`, kind: "meter-number" }
    case "vat": return { value: L.vat(r), kind: "vat-number" }
    case "qty": return { value: `${int(r, 2, 48)} ${pick(r, L.units)}`, kind: "quantity" }
  }
  throw new Error(`unknown slot {${slot}}`)
}

export function makeCtx(r: Rng, lang: string): Ctx {
  const cust = person(r, lang)
  let agent = person(r, lang)
  while (agent.full === cust.full) agent = person(r, lang)
  let other = person(r, lang)
  while (other.full === cust.full || other.full === agent.full) other = person(r, lang)
  return { r, lang, loc: LOCALE[lang]!, cust, agent, other, cache: new Map() }
}

const TOKEN = /\{([a-z0-9]+)(?::([A-Za-z]+))?(?:#\d+)?\}|\[\[([^|\]]+)\|([\w-]+)\]\]/g

/** Render one template with fresh values; every span is recorded as it is appended. */
export function render(template: string, c: Ctx): Rendered {
  let text = ""
  const entities: Entity[] = []
  const negatives: Negative[] = []
  const meant: string[] = []
  const negMeant: string[] = []
  const regions: string[] = []
  let last = 0
  for (const m of template.matchAll(TOKEN)) {
    text += template.slice(last, m.index)
    last = m.index! + m[0].length
    let made: Made
    if (m[3] !== undefined) made = { value: m[3], kind: m[4]! }
    else {
      const key = m[0]
      made = c.cache.get(key) ?? plain(c, m[1]!) ?? entity(c, m[1]!, m[2]) ?? lookalike(c, m[1]!)
      c.cache.set(key, made)
    }
    const start = text.length
    text += made.value
    if (!made.type && !made.kind) continue
    if (made.type) {
      entities.push({ type: made.type, start, end: text.length })
      meant.push(made.value)
      if (made.region) regions.push(made.region)
    } else {
      negatives.push({ kind: made.kind!, start, end: text.length })
      negMeant.push(made.value)
    }
  }
  text += template.slice(last)
  return { text, entities, negatives, meant, negMeant, regions }
}
