// Kinds written in rows and fields: agent notes, CSV exports, log lines, web forms, ticket comments.
import type { Draft } from "./draft.ts"
import { EMOJI, fills, lookalike, name, phone, say, type Scene } from "./fill.ts"
import { drawPerson, emailOf } from "./people.ts"
import { drawPhone, e164 } from "./phones.ts"

const words = (d: Draft, s: Scene) => say(d, s, s.loc.w.words)

export function note(s: Scene, d: Draft): void {
  const r = s.r
  const w = s.loc.w
  const f = fills(s)
  f.date!(d); d.put(" "); f.time!(d); d.put(" — "); name(s, s.agent, r.chance(0.5) ? "initial" : "given")(d); d.put(": ")
  name(s, s.cust, r.pick(["full", "title", "capsFirst", "lower"]))(d)
  d.put(" ("); phone(s, { emoji: false })(d); d.put(r.chance(0.3) ? " / " : ")")
  if (d.text.endsWith(" / ")) { phone(s, { emoji: false })(d); d.put(")") }
  d.put(". ")
  say(d, s, w.topic[s.domain]).put(" ")
  if (r.chance(0.6)) say(d, s, w.third[s.domain]).put(" ")
  if (r.chance(0.4)) words(d, s).put(" ")
  if (r.chance(0.3)) lookalike(d, s).put(". ")
  if (r.chance(0.35)) { d.put(`${w.keys.ref} `); f.pref!(d); d.put(". ") }
  if (r.chance(0.3)) { d.put(`${w.keys.email}: `); f.email!(d) }
  if (s.loc.w.id && r.chance(0.3)) { d.put(" "); say(d, s, s.loc.w.id) }
  d.text = d.text.trimEnd()
}

const cell = (d: Draft, q: boolean, write: () => void) => { if (q) d.put('"'); write(); if (q) d.put('"') }

export function csv(s: Scene, d: Draft): void {
  const r = s.r
  const k = s.loc.w.keys
  const f = fills(s)
  const split = r.chance(0.5)
  const refSlot = ({ optician: "plan", staffing: "cand", funeral: "fplan", caravan: "pitch" } as const)[s.domain]
  const ipCol = r.chance(0.4)
  d.put([k.ref, ...(split ? [k.last, k.first] : [k.name]), k.phone, k.email, k.date, k.amount, ...(ipCol ? ["ip"] : [])].join(r.chance(0.8) ? "," : ";").toLowerCase())
  const sep = d.text.includes(";") ? ";" : ","
  const people = [s.cust, s.third, drawPerson(r, s.loc, [...s.cust.parts, ...s.third.parts, ...s.agent.parts])]
  for (const p of people.slice(0, r.int(2, 3))) {
    const q = r.chance(0.4)
    d.put("\n")
    f[refSlot]!(d); d.put(sep)
    if (split) { cell(d, q, () => name(s, p, r.chance(0.5) ? "familyCaps" : "family")(d)); d.put(sep); cell(d, q, () => name(s, p, "given")(d)) }
    else cell(d, q, () => name(s, p, r.pick(["capsFirst", "full", "allCaps"]))(d))
    d.put(sep)
    if (r.chance(0.85)) cell(d, q, () => d.ent("PHONE", drawPhone(r, s.loc.country).written))
    d.put(sep)
    if (r.chance(0.7)) d.ent("EMAIL", p === s.cust ? s.email : emailOf(r, p, s.loc))
    d.put(sep); f.date!(d); d.put(sep)
    const at = d.text.length
    f.amount!(d)
    if (!q && d.text.slice(at).includes(sep)) { const v = d.text.slice(at); d.text = d.text.slice(0, at) + `"${v}"`; d.negatives[d.negatives.length - 1]!.start++; d.negatives[d.negatives.length - 1]!.end++ }
    else if (q) { const v = d.text.slice(at); d.text = d.text.slice(0, at) + `"${v}"`; d.negatives[d.negatives.length - 1]!.start++; d.negatives[d.negatives.length - 1]!.end++ }
    if (ipCol) { d.put(sep); f.ip!(d) }
  }
  if (r.chance(0.3)) { d.put("\n"); f[refSlot]!(d); d.put(sep.repeat(split ? 3 : 2)); d.put(sep); d.put(sep); f.date!(d); d.put(sep); f.badcard!(d) }
}

export function log(s: Scene, d: Draft): void {
  const r = s.r
  const f = fills(s)
  const svc = ({ optician: "eyecare", staffing: "timesheets", funeral: "arrangements", caravan: "bookings" } as const)[s.domain]
  const refSlot = ({ optician: "repair", staffing: "ts", funeral: "reg", caravan: "pitch" } as const)[s.domain]
  f.stamp!(d); d.put(` INFO ${svc}.update ref=`); f[refSlot]!(d); d.put(' customer="'); name(s, s.cust, r.pick(["full", "lower", "allCaps"]))(d); d.put('" ip=')
  f.ip!(d); d.put(" app="); f.ver!(d)
  d.put("\n"); f.stamp!(d); d.put(` DEBUG ${svc}.contact phone=`)
  d.ent("PHONE", drawPhone(r, s.loc.country, r.chance(0.6)).written)
  if (r.chance(0.6)) d.put(" email=").ent("EMAIL", s.email)
  if (s.loc.ssn && r.chance(0.5)) { d.put(" ssn="); f.ssn!(d) }
  if (s.loc.nino && r.chance(0.5)) { d.put(" nino="); f.nino!(d) }
  if ((s.loc.ssn || s.loc.nino) && r.chance(0.3)) { d.put("\n"); f.stamp!(d); d.put(` WARN ${svc}.id rejected `); if (s.loc.ssn && (!s.loc.nino || r.chance(0.5))) { d.put("ssn="); f.badssn!(d) } else { d.put("nino="); f.badnino!(d) } }
  if (r.chance(0.4)) { d.put(" amount="); f.amount!(d) }
  if (r.chance(0.5)) { d.put("\n"); f.stamp!(d); d.put(` WARN ${svc}.payment declined card=`); f.badcard!(d); d.put(" agent="); name(s, s.agent, "given")(d) }
  if (r.chance(0.4)) { d.put("\n"); f.stamp!(d); d.put(` INFO ${svc}.refund iban=`); f.iban!(d) }
  if (r.chance(0.3)) { d.put("\n"); f.stamp!(d); d.put(` WARN ${svc}.refund rejected iban=`); f.badiban!(d) }
  if (r.chance(0.3)) { d.put("\n"); f.stamp!(d); d.put(` INFO ${svc}.session ip=`); f.ip!(d); d.put(" dur="); f.dur!(d) }
}

export function form(s: Scene, d: Draft): void {
  const r = s.r
  const k = s.loc.w.keys
  const f = fills(s)
  const line = (key: string, write: () => void) => { d.put(`${key}: `); write(); d.put("\n") }
  if (r.chance(0.5)) { line(k.first, () => name(s, s.cust, "given")(d)); line(k.last, () => name(s, s.cust, r.chance(0.5) ? "familyCaps" : "family")(d)) }
  else line(k.name, () => name(s, s.cust, r.pick(["capsFirst", "full", "allCaps"]))(d))
  line(k.phone, () => {
    const p = drawPhone(r, s.loc.country).written
    const wrap = r.chance(0.2) && p.includes(" ")
    d.ent("PHONE", wrap ? p.replace(/ (?=[^ ]*$)/, "\n") : p)
  })
  if (r.chance(0.3)) line(`${k.phone} 2`, () => phone(s, { intl: true, emoji: false })(d))
  line(k.email, () => f.email!(d))
  if (r.chance(0.6)) line("IP", () => f.ip!(d))
  line(k.date, () => f.date!(d))
  if (r.chance(0.5)) line(k.post, () => f.post!(d))
  if (r.chance(0.25)) line("💳", () => f.card!(d))
  if (r.chance(0.5)) line(k.ref, () => f[({ optician: "sku", staffing: "payref", funeral: "plot", caravan: "vreg" } as const)[s.domain]]!(d))
  if (s.loc.w.id && r.chance(0.8)) { if (s.loc.ssn && (!s.loc.nino || r.chance(0.5))) line("SSN", () => f.ssn!(d)); else line(r.pick(["NINO", "NI No.", "National Insurance"]), () => f.nino!(d)) }
  if (r.chance(0.2)) line("IBAN", () => f.iban!(d))
  d.put(`${k.note}: `); say(d, s, s.loc.w.topic[s.domain])
  if (r.chance(0.4)) { d.put(" "); words(d, s) }
}

export function ticket(s: Scene, d: Draft): void {
  const r = s.r
  const w = s.loc.w
  const k = w.keys
  const f = fills(s)
  d.put(`### ${k.subject}: `); d.tpl(s.loc.biz[s.domain][0], {}); d.put("\n\n")
  d.put(`**${k.customer}:** ${r.chance(0.4) ? "👤 " : ""}`); name(s, s.cust, r.pick(["full", "capsFirst", "title"]))(d); d.put("  \n")
  d.put(`**${k.phone}:** `)
  if (r.chance(0.4)) { d.put(`[${r.pick(EMOJI.slice(0, 3))}`); d.put(`${k.phone}](tel:`); d.ent("PHONE", e164(s.loc.country, drawPhone(r, s.loc.country, true).nsn)); d.put(")") }
  else { d.put("`"); d.ent("PHONE", drawPhone(r, s.loc.country).written); d.put("`") }
  d.put("  \n")
  if (r.chance(0.6)) { d.put(`**${k.email}:** `); f.email!(d); d.put("\n") }
  d.put("\n> "); say(d, s, w.topic[s.domain]); d.put("\n\n")
  d.put("@"); name(s, s.agent, "given")(d); d.put(" "); say(d, s, w.third[s.domain])
  if (r.chance(0.4)) { d.put("\n- "); words(d, s) }
  if (r.chance(0.4)) { d.put("\n- `"); f.badcard!(d); d.put("` ❌") }
  if (r.chance(0.3)) { d.put(`\n- ${k.ref}: `); f.pref!(d) }
  if (r.chance(0.3)) { d.put("\n- IP: `"); f.ip!(d); d.put("`") }
  if (s.loc.w.id && r.chance(0.3)) { d.put("\n- "); say(d, s, s.loc.w.id) }
}

/** A text with no PII: the business's numbers, everyday values, words that are also names, lookalikes. */
export function plain(s: Scene, d: Draft): void {
  const r = s.r
  const w = s.loc.w
  const f = fills(s)
  if (s.kind === "log" || s.kind === "csv") {
    for (let i = 0; i < r.int(2, 3); i++) {
      f.stamp!(d); d.put(" INFO ref="); f[r.pick(["plan", "cand", "fplan", "pitch", "ts", "reg"])]!(d); d.put(" amount="); f.amount!(d); d.put(" v="); f.ver!(d); d.put("\n")
    }
    d.put("ref="); f.badcard!(d)
    if (r.chance(0.5)) { d.put(" iban="); f.badiban!(d) }
    return
  }
  if (r.chance(0.5)) { d.tpl(s.loc.biz[s.domain][0], {}); d.put(": ") }
  say(d, s, w.topic[s.domain]); d.put(" ")
  say(d, s, w.topic[s.domain]); d.put(" ")
  say(d, s, w.words); d.put(" ")
  if (r.chance(0.6)) { lookalike(d, s); d.put(". ") }
  if (r.chance(0.4)) { f.post!(d); d.put(" ") }
  d.put(r.pick(w.thanks))
}
