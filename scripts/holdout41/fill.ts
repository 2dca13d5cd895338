// A text's scene (locale, business, kind, cast) and the fillers every template slot is written by.
import type { Draft, Fill } from "./draft.ts"
import { card, cardLookalike, iban, ibanLookalike, ip, nino, ninoLookalike, ssn, ssnLookalike } from "./money.ts"
import { deskEmail, drawPerson, emailOf, written, type Person, type Style } from "./people.ts"
import { drawMobile, drawPhone } from "./phones.ts"
import { ref } from "./refs.ts"
import type { Rng } from "./rng.ts"
import type { Domain, Locale } from "./types.ts"
import { amount, date, duration, range, time, timestamp, version } from "./values.ts"

export interface Scene {
  r: Rng
  loc: Locale
  domain: Domain
  kind: string
  /** No PII at all: the business's numbers, everyday values and name-words only. */
  negOnly: boolean
  cust: Person
  agent: Person
  third: Person
  email: string
  desk: string
}

export function scene(r: Rng, loc: Locale, domain: Domain, kind: string, negOnly: boolean): Scene {
  const cust = drawPerson(r, loc)
  const agent = drawPerson(r, loc, cust.parts)
  const third = drawPerson(r, loc, [...cust.parts, ...agent.parts])
  return { r, loc, domain, kind, negOnly, cust, agent, third, email: emailOf(r, cust, loc), desk: deskEmail(r, loc, loc.biz[domain]) }
}

const REF_SLOTS: Record<string, string> = {
  serial: "boiler-serial", model: "boiler-model", gasid: "engineer-reg", job: "job-ref", bar: "pressure",
  frame: "frame-number", dock: "dock-id", bikejob: "workshop-ref", member: "membership-ref", giftaid: "gift-aid-ref", acc: "accession",
  cand: "candidate-number", centre: "centre-number", grade: "grade", score: "score",
}

export const EMOJI = ["📞 ", "📱", "☎️ ", "🔧 ", "🚲 ", "🖼️ ", "📚 ", "✉️ ", "🙏 ", "👍 "]

export function name(s: Scene, p: Person, style: Style): Fill {
  return (d) => {
    if (style === "title") d.put(`${p.title} `)
    d.person(written(p, style), p.parts)
  }
}

/** A phone in one of the country's forms, sometimes after an emoji, sometimes with an extension after it. */
export function phone(s: Scene, opts: { emoji?: boolean; ext?: boolean; nr?: boolean } = {}): Fill {
  return (d) => {
    const r = s.r
    const emoji = opts.emoji ?? r.chance(0.35)
    if (emoji) d.put(r.pick(EMOJI.slice(0, 3)))
    const w = drawPhone(r, s.loc.country)
    if (opts.nr ?? (!emoji && r.chance(0.14))) d.put(`${s.loc.nr} `)
    d.ent("PHONE", w.written)
    if (opts.ext ?? r.chance(0.1)) d.put(`${r.chance(0.5) ? "," : ""} ${s.loc.ext} ${r.int(10, 480)}`)
  }
}

/** A phone as a link: `tel:` with the E.164 form, or a wa.me link with its digits. */
export function linkPhone(s: Scene): Fill {
  return (d) => {
    const p = drawMobile(s.r, s.loc.country)
    if (s.r.chance(0.5)) d.put("tel:").ent("PHONE", p.number)
    else d.put(s.r.pick(["https://wa.me/", "wa.me/"])).ent("PHONE", p.number.slice(1))
  }
}

const refFill = (s: Scene, kind: string): Fill => (d) => d.neg(kind, ref(kind, s.r, s.loc.fmt.dec))

/** Every slot a template may name, bound to this scene's cast. */
export function fills(s: Scene, style: { name?: Style; given?: Style } = {}): Record<string, Fill> {
  const r = s.r
  const f = s.loc.fmt
  const out: Record<string, Fill> = {
    given: name(s, s.cust, style.given ?? "given"),
    name: name(s, s.cust, style.name ?? r.pick(["full", "full", "full", "initial", "caps"] as Style[])),
    agent: name(s, s.agent, r.chance(0.7) ? "given" : "full"),
    third: name(s, s.third, r.pick(["full", "full", "title", "initial", "surnameCaps", "title"] as Style[])),
    phone: phone(s),
    phone2: (d) => { phone(s, { ext: false })(d); d.put(` ${s.loc.w.or} `); phone(s, { emoji: false })(d) },
    link: linkPhone(s),
    email: (d) => { if (r.chance(0.2)) d.put(r.pick(["✉️ ", "📧 "])); d.ent("EMAIL", s.email) },
    mail: (d) => d.ent("EMAIL", s.email),
    desk: (d) => d.ent("EMAIL", s.desk),
    card: (d) => d.ent("CARD", card(r)),
    iban: (d) => (s.loc.iban.length ? d.ent("IBAN", iban(r, r.pick(s.loc.iban))) : d.ent("CARD", card(r))),
    ssn: (d) => d.ent("US_SSN", ssn(r)),
    nino: (d) => d.ent("UK_NINO", nino(r)),
    ip: (d) => d.ent("IP_ADDRESS", ip(r)),
    amount: (d) => d.neg("amount", amount(r, f)),
    date: (d) => d.neg("date", date(r, f)),
    time: (d) => d.neg("time", time(r, f)),
    range: (d) => d.neg("time-range", range(r, f)),
    dur: (d) => d.neg("duration", duration(r, f)),
    ver: (d) => d.neg("version", version(r)),
    stamp: (d) => d.neg("timestamp", timestamp(r)),
    post: (d) => d.neg("postcode", f.post(r)),
    badcard: (d) => d.neg("luhn-invalid", cardLookalike(r)),
    badiban: (d) => d.neg("iban-checksum", ibanLookalike(r, r.pick(s.loc.iban.length ? s.loc.iban : ["GB"]))),
    badssn: (d) => d.neg("ssn-invalid", ssnLookalike(r)),
    badnino: (d) => d.neg("nino-invalid", ninoLookalike(r)),
  }
  for (const [slot, kind] of Object.entries(REF_SLOTS)) out[slot] = refFill(s, kind)
  return out
}

export function say(d: Draft, s: Scene, tpls: readonly string[], over: Record<string, Fill> = {}, style: { name?: Style; given?: Style } = {}): Draft {
  return d.tpl(s.r.pick(tpls), { ...fills(s, style), ...over })
}

/** A lookalike the desk meets: a declined card, a mistyped IBAN, a wrong SSN or NINO, after the "ref" key. */
export function lookalike(d: Draft, s: Scene, key = `${s.loc.w.keys.ref}: `): Draft {
  const choices = ["{badcard}", "{badcard}", "{badiban}", "{badiban}", ...(s.loc.ssn ? ["{badssn}", "{badssn}"] : []), ...(s.loc.nino ? ["{badnino}", "{badnino}"] : [])]
  return d.put(key).tpl(s.r.pick(choices), fills(s))
}

/** One of the business's numbers or an everyday value, for rows and log fields. */
export const REFS_OF: Record<Domain, string[]> = {
  boiler: ["{job}", "{serial}", "{gasid}", "{gasid}", "{model}", "{bar}"],
  bikes: ["{frame}", "{dock}", "{bikejob}"],
  museum: ["{member}", "{giftaid}", "{acc}"],
  tutoring: ["{cand}", "{centre}", "{grade}", "{score}"],
}
