// The fillers of a text's slots: people, numbers, addresses and the business's own references.
import type { CountryCode } from "libphonenumber-js/max"
import { badCard, badIban, badNino, badSsn, card, iban, ip, nino, ssn } from "./money.ts"
import { emailOf, written, type Person, type Style } from "./people.ts"
import { phone } from "./phones.ts"
import type { Extra, Plan } from "./plan.ts"
import { amount, date, REF, time } from "./refs.ts"
import type { Rng } from "./rng.ts"
import type { Draft, Filler } from "./text.ts"
import type { Domain, Locale } from "./types.ts"

export interface Scene { rng: Rng; loc: Locale; domain: Domain; kind: string; plan: Plan }

const EMOJI = ["📞 ", "📱", "☎️ ", "👉 ", "🙏 ", "✅ ", "⚓ ", "💊 ", "🚗 "]
const SLOT_REF: Record<string, string> = {
  rx: "rx", repeat: "repeat-order", health: "health-number", pref: "pharmacy-ref", dose: "dosage", lic: "licence", test: "test-booking",
  don: "donation-ref", ga: "gift-aid-ref", legacy: "legacy-ref", berth: "berth", pontoon: "pontoon", mooring: "mooring", hin: "hull-id",
  cs: "call-sign", mmsi: "mmsi", ref: "phone-shaped-ref",
}

/** Writes a person in a style; a title stays outside the span. */
export function person(s: Scene, p: Person, style: Style): Filler {
  return (t) => {
    if (style === "title") t.put(`${s.loc.names.title[p.gender === "m" ? 0 : 1]} `)
    t.name(written(p, style, s.loc), p.parts)
  }
}

export function fills(s: Scene, style: () => Style, otherStyle: () => Style = style): Record<string, Filler> {
  const { rng, loc, plan } = s
  let emojiLeft = plan.emoji
  const glue = (t: Draft) => { if (emojiLeft) { t.put(rng.pick(EMOJI)); emojiLeft = false } }
  const num = (v: () => string, type: string): Filler => (t) => { glue(t); t.label(type, v()) }
  const email = emailOf(rng, plan.main, loc.hosts)
  const cc = loc.country as CountryCode
  const f: Record<string, Filler> = {
    name: (t) => { glue(t); person(s, plan.main, style())(t) },
    given: (t) => t.name(s.kind === "sms" || s.kind === "chat" ? (rng.chance(0.4) ? plan.main.given.toLocaleLowerCase() : plan.main.given) : plan.main.given, plan.main.parts),
    other: (t) => person(s, plan.other ?? plan.main, otherStyle())(t),
    agent: (t) => t.name(plan.agent?.given ?? plan.main.given, plan.agent?.parts ?? plan.main.parts),
    phone: num(() => phone(rng, cc), "PHONE"),
    phone2: num(() => phone(rng, cc), "PHONE"),
    email: num(() => email, "EMAIL"),
    biz: (t) => t.label("EMAIL", `${rng.pick(["info", "bookings", "hello", "office", "desk", "care"])}@${loc.biz[s.domain][1]}`),
    amount: (t) => t.decoy("amount", amount(rng, loc.fmt)),
    date: (t) => t.decoy("date", date(rng, loc.fmt)),
    time: (t) => t.decoy("time", time(rng, loc.fmt)),
    post: (t) => t.decoy("postcode", loc.fmt.post(rng)),
  }
  for (const [slot, kind] of Object.entries(SLOT_REF)) f[slot] = (t) => t.decoy(kind, REF[kind]!(rng, loc))
  return f
}

/** An extra's value, labeled as what it is (or as the lookalike it is). */
export function putExtra(s: Scene, t: Draft, x: Extra): void {
  const { rng, loc } = s
  const cc = loc.iban ?? "GB"
  switch (x) {
    case "card": t.label("CARD", card(rng)); break
    case "iban": t.label("IBAN", iban(rng, cc)); break
    case "ssn": t.label("US_SSN", ssn(rng)); break
    case "nino": t.label("UK_NINO", nino(rng)); break
    case "ip": t.label("IP_ADDRESS", ip(rng)); break
    case "luhn-invalid": t.decoy("luhn-invalid", badCard(rng)); break
    case "iban-checksum": t.decoy("iban-checksum", badIban(rng, cc)); break
    case "ssn-invalid": t.decoy("ssn-invalid", badSsn(rng)); break
    case "nino-invalid": t.decoy("nino-invalid", badNino(rng)); break
  }
}

export function extraKey(s: Scene, x: Extra): string {
  const k = s.loc.w.keys
  if (x === "card" || x === "luhn-invalid") return k.card
  if (x === "iban" || x === "iban-checksum") return k.iban
  if (x === "ssn" || x === "ssn-invalid") return s.loc.country === "US" ? "SSN" : "US SSN"
  if (x === "nino" || x === "nino-invalid") return s.loc.country === "GB" ? "NI number" : "UK NI no."
  return "IP"
}

export const fillDate = (s: Scene) => date(s.rng, s.loc.fmt)
export const fillTime = (s: Scene) => time(s.rng, s.loc.fmt)
