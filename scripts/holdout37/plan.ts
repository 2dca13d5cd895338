// What one text carries, decided before it is written, and the labeled pieces that carry it.
import { commonField, notPhone } from "./business.ts"
import type { Ctx, Field } from "./ctx.ts"
import type { Doc } from "./doc.ts"
import * as I from "./ids.ts"
import type { WordName } from "./lang-types.ts"
import { drawPerson, putEmail, putName, putPhones, type NameStyle, type Person } from "./people.ts"

export type Extra = "card" | "iban" | "ssn" | "nino" | "ip" | "card-bad" | "iban-bad" | "ssn-bad" | "nino-bad"

export interface Plan {
  main: Person
  other?: Person
  agent?: Person
  phones: number
  two: boolean
  ext: boolean
  email: boolean
  extras: Extra[]
  wordName?: WordName
  negOnly: boolean
  emoji: boolean
  biz: Field[]
}

const EMOJI = ["📞 ", "☎️ ", "📱", "👤 ", "🙂 ", "🐾 ", "🚗 ", "🎓 ", "💧 ", "👋🏽 ", "🇿🇦 ", "✅ "]
export const emoji = (c: Ctx) => c.rng.pick(EMOJI)

export function drawPlan(c: Ctx, negOnly: boolean, extras: Extra[]): Plan {
  const r = c.rng
  const wordName = r.chance(0.4) ? r.pick(c.lang.wordNames) : undefined
  const own = wordName && c.region.given.find((g) => g.replace(/\/[mf]$/, "") === wordName.name)
  // An English word-name goes to anyone in English, except where given names are Malay or Urdu.
  const borrowed = c.lang.code === "en" && !["MY", "PK"].includes(c.region.cc) ? wordName?.name : undefined
  const given = wordName && r.chance(0.5) ? (own ?? borrowed) : undefined
  const main = drawPerson(c, given)
  const other = r.chance(0.5) ? drawPerson(c) : undefined
  const agent = r.chance(0.5) ? drawPerson(c) : undefined
  const phones = negOnly ? 0 : r.chance(0.22) ? 0 : 1
  const biz = [...c.biz.fields(c), ...(r.chance(0.6) ? [commonField(c)] : [])]
  return {
    main, other, agent, phones, two: phones > 0 && r.chance(0.17), ext: phones > 0 && r.chance(0.1),
    email: !negOnly && r.chance(0.45), extras, wordName, negOnly, emoji: r.chance(0.45), biz,
  }
}

/** Writes a word-name phrase: the marked word is an ordinary word, labeled name-word. */
export function putPhrase(d: Doc, phrase: string): void {
  const m = /^(.*)\[(.+)\](.*)$/.exec(phrase)!
  d.add(m[1]!).neg("name-word", m[2]!).add(m[3]!)
}

export const EXTRA_KEY: Record<Extra, string> = {
  card: "Card", "card-bad": "Card", iban: "IBAN", "iban-bad": "IBAN", ssn: "SSN", "ssn-bad": "SSN", nino: "NI number", "nino-bad": "NI number", ip: "Client IP",
}

export function putExtra(c: Ctx, d: Doc, x: Extra): void {
  const r = c.rng
  const cc = r.pick(c.lang.iban)
  switch (x) {
    case "card": d.ent("CARD", I.card(r)); break
    case "card-bad": d.neg("card-luhn-fail", I.card(r, true)); break
    case "iban": d.ent("IBAN", I.iban(r, cc)); break
    case "iban-bad": d.neg("iban-bad-check", I.iban(r, cc, true)); break
    case "ssn": d.ent("US_SSN", I.ssn(r)); break
    case "ssn-bad": d.neg("ssn-invalid", notPhone(c, () => I.ssn(r, true))); break
    case "nino": d.ent("UK_NINO", I.nino(r)); break
    case "nino-bad": d.neg("nino-invalid", I.nino(r, true)); break
    case "ip": d.ent("IP_ADDRESS", r.chance(0.7) ? I.ipv4(r) : I.ipv6(r)); break
  }
}

/** The plan as key/value rows, for the structured kinds. */
export function rows(c: Ctx, p: Plan, style: NameStyle, keys: "local" | "code"): Field[] {
  const w = c.lang.w
  const k = (local: string, code: string) => (keys === "local" ? local : code)
  const out: Field[] = []
  if (!p.negOnly) out.push({ key: k(w.name, "name"), put: (d) => putName(d, p.main, style) })
  if (p.phones) out.push({ key: k(p.two ? w.phone : w.mobile, "phone"), put: (d) => putPhones(c, d, p.two, p.ext) })
  if (p.email) out.push({ key: k(w.email, "email"), put: (d) => putEmail(c, d, p.main) })
  if (p.other && !p.negOnly) out.push({ key: k(w.contact, c.rng.pick(["emergency_contact", "next_of_kin", "contact"])), put: (d) => putName(d, p.other!, c.rng.pick(["full", style])) })
  for (const x of p.extras) out.push({ key: keys === "local" ? EXTRA_KEY[x] : EXTRA_KEY[x].toLowerCase().replace(/ /g, "_"), put: (d) => putExtra(c, d, x) })
  out.push(...p.biz.map((f) => ({ key: keys === "local" ? f.key : (f.code ?? f.key.toLowerCase().replace(/ /g, "_")), put: f.put })))
  if (p.agent && !p.negOnly) out.push({ key: k(w.agent, "agent"), put: (d) => putName(d, p.agent!, "full") })
  if (p.wordName) out.push({ key: k("Note", "note"), put: (d) => putPhrase(d, p.wordName!.phrase) })
  return out
}
