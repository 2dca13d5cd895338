// A text's scene (its locale, business, kind and cast) and the fillers every template slot uses.
import type { Draft, Fill } from "./draft.ts"
import { card, cardLookalike, iban, ibanLookalike, ip, nino, ninoLookalike, ssn, ssnLookalike } from "./money.ts"
import { drawPerson, emailOf, written, type Person, type Style } from "./people.ts"
import { drawPhone } from "./phones.ts"
import { REFS, vehicleReg } from "./refs.ts"
import type { Rng } from "./rng.ts"
import type { Domain, Locale } from "./types.ts"
import { amount, date, time, timestamp } from "./values.ts"

export interface Scene {
  r: Rng
  loc: Locale
  domain: Domain
  kind: string
  /** No PII at all: only the business's numbers, everyday values and name-words. */
  negOnly: boolean
  cust: Person
  agent: Person
  third: Person
  email: string
}

export function scene(r: Rng, loc: Locale, domain: Domain, kind: string, negOnly: boolean): Scene {
  const cust = drawPerson(r, loc)
  const agent = drawPerson(r, loc, cust.parts)
  const third = drawPerson(r, loc, [...cust.parts, ...agent.parts])
  return { r, loc, domain, kind, negOnly, cust, agent, third, email: emailOf(r, cust, loc) }
}

const SLOT_KIND: Record<string, string> = {
  lens: "lens-power", sku: "frame-sku", plan: "contact-plan", repair: "repair-ticket", cand: "candidate-id", ts: "timesheet-id", payref: "payroll-ref", taxref: "tax-ref",
  fplan: "funeral-plan", reg: "register-number", plot: "plot", pitch: "pitch", vin: "vin", meter: "meter-reading", dur: "duration", ver: "version", pref: "phone-shaped-ref",
}

export const EMOJI = ["📞 ", "📱", "☎️ ", "👓 ", "🏕️ ", "🕯️ ", "✉️ ", "💳 ", "🙂 ", "📅 "]

/** A person written in `style`; a title, when the style asks for one, goes before and outside the span. */
export function name(s: Scene, p: Person, style: Style): Fill {
  return (d) => {
    if (style === "title" && p.title) d.put(`${p.title} `)
    d.person(written(p, style === "title" && !p.title ? "full" : style, s.loc), p.parts)
  }
}

export function phone(s: Scene, opts: { intl?: boolean; emoji?: boolean } = {}): Fill {
  return (d) => {
    if (opts.emoji ?? s.r.chance(0.3)) d.put(s.r.pick(EMOJI.slice(0, 3)))
    d.ent("PHONE", drawPhone(s.r, s.loc.country, opts.intl).written)
  }
}

/** Every slot a template may name, bound to this scene's cast. */
export function fills(s: Scene, style: { name?: Style; given?: Style } = {}): Record<string, Fill> {
  const r = s.r
  const dec = s.loc.fmt.dec
  const out: Record<string, Fill> = {
    given: name(s, s.cust, style.given ?? "given"),
    name: name(s, s.cust, style.name ?? r.pick(["full", "full", "full", "initial", "allCaps"] as Style[])),
    agent: name(s, s.agent, r.chance(0.7) ? "given" : "full"),
    third: name(s, s.third, r.pick(["full", "full", "title", "initial", "capsFirst"] as Style[])),
    phone: phone(s),
    phone2: phone(s),
    email: (d) => { if (r.chance(0.25)) d.put(r.pick(["✉️ ", "📧 ", "📩"])); d.ent("EMAIL", s.email) },
    card: (d) => d.ent("CARD", card(r)),
    iban: (d) => d.ent("IBAN", iban(r, r.pick(s.loc.iban))),
    ssn: (d) => d.ent("US_SSN", ssn(r)),
    nino: (d) => d.ent("UK_NINO", nino(r)),
    ip: (d) => d.ent("IP_ADDRESS", ip(r)),
    amount: (d) => d.neg("amount", amount(r, s.loc.fmt)),
    date: (d) => d.neg("date", date(r, s.loc.fmt)),
    time: (d) => d.neg("time", time(r, s.loc.fmt)),
    stamp: (d) => d.neg("timestamp", timestamp(r)),
    post: (d) => d.neg("postcode", s.loc.fmt.post(r)),
    vreg: (d) => d.neg("vehicle-reg", vehicleReg(r, s.loc.country)),
    badcard: (d) => d.neg("luhn-invalid", cardLookalike(r)),
    badiban: (d) => d.neg("iban-checksum", ibanLookalike(r, r.pick(s.loc.iban))),
    badssn: (d) => d.neg("ssn-invalid", ssnLookalike(r)),
    badnino: (d) => d.neg("nino-invalid", ninoLookalike(r)),
  }
  for (const [slot, kind] of Object.entries(SLOT_KIND)) out[slot] = (d) => d.neg(kind, REFS[kind]!(r, dec))
  return out
}

/** Writes one of `tpls` with the scene's fillers and any overrides. */
export function say(d: Draft, s: Scene, tpls: readonly string[], over: Record<string, Fill> = {}, style: { name?: Style; given?: Style } = {}): Draft {
  return d.tpl(s.r.pick(tpls), { ...fills(s, style), ...over })
}

/** A lookalike the business meets (a declined card, a mistyped IBAN, a wrong SSN or NINO), after the locale's "ref" key. */
export function lookalike(d: Draft, s: Scene): Draft {
  const k = s.loc.w.keys.ref
  const choices = ["{badcard}", "{badcard}", "{badiban}", ...(s.loc.ssn ? ["{badssn}", "{badssn}"] : []), ...(s.loc.nino ? ["{badnino}", "{badnino}"] : [])]
  return d.tpl(`${k}: ${s.r.pick(choices)}`, fills(s))
}
