// Structured kinds: CSV exports, log lines, web forms, markdown tickets, agent notes, job sheets,
// and the texts with no personal data at all.
import type { Draft } from "./draft.ts"
import { REFS_OF, fills, lookalike, name, phone, say, type Scene } from "./fill.ts"
import { contact, middle } from "./kinds-talk.ts"

export function csv(s: Scene, d: Draft): void {
  const r = s.r
  const k = s.loc.w.keys
  const sep = r.pick([",", ";"])
  const q = (fill: (x: Draft) => void) => { d.put('"'); fill(d); d.put('"') }
  d.put([k.last, k.first, k.phone, k.email, k.ref, k.date, k.amount].join(sep) + "\n")
  const people = [s.cust, s.third, s.agent].slice(0, r.int(2, 3))
  people.forEach((p, i) => {
    const f = fills(s)
    const caps = r.chance(0.4)
    const cell = (fill: (x: Draft) => void) => (r.chance(0.3) ? q(fill) : fill(d))
    cell((x) => x.person(caps ? p.family.toLocaleUpperCase() : p.family, p.parts)); d.put(sep)
    cell((x) => x.person(p.given, p.parts)); d.put(sep)
    if (i === 2 && r.chance(0.5)) d.put("")
    else cell(phone(s, { emoji: false, ext: false, nr: false }))
    d.put(sep)
    if (i === 0) cell(f.mail!)
    d.put(sep)
    d.tpl(r.pick(REFS_OF[s.domain]), f); d.put(sep)
    f.date!(d); d.put(sep)
    q(f.amount!)
    d.put("\n")
  })
}

export function log(s: Scene, d: Draft): void {
  const r = s.r
  const f = fills(s)
  const refTpl = r.pick(REFS_OF[s.domain])
  if (r.chance(0.5)) {
    f.stamp!(d); d.put(` level=info svc=${s.domain}-desk app=`); f.ver!(d); d.put(" event=callback_requested name=\"")
    name(s, s.cust, r.pick(["full", "lower"] as const))(d); d.put('" phone='); phone(s, { emoji: false, ext: false, nr: false })(d)
    d.put(" ip="); f.ip!(d); d.put(" ref="); d.tpl(refTpl, f); d.put("\n")
    f.stamp!(d); d.put(" level=warn event=payment_declined "); lookalike(d, s, "card_ref=")
    d.put(" by=\""); name(s, s.agent, "given")(d); d.put('"')
  } else {
    d.put('{"ts":"'); f.stamp!(d); d.put('","lvl":"INFO","msg":"form submitted","client_ip":"'); f.ip!(d)
    d.put('","contact":{"name":"'); name(s, s.cust, "full")(d); d.put('","email":"'); f.mail!(d)
    d.put('","tel":"'); phone(s, { emoji: false, ext: false, nr: false })(d); d.put('"},"ref":"'); d.tpl(refTpl, f); d.put('","ver":"'); f.ver!(d); d.put('"}\n')
    d.put('{"ts":"'); f.stamp!(d); d.put('","lvl":"DEBUG","msg":"assigned","to":"'); name(s, s.agent, "full")(d); d.put('","took_ms":'); d.put(String(r.int(12, 900))); d.put("}")
  }
}

export function form(s: Scene, d: Draft): void {
  const r = s.r
  const k = s.loc.w.keys
  const f = fills(s)
  d.put(`${s.loc.biz[s.domain]} — web form\n${k.first}: `); d.person(s.cust.given, s.cust.parts)
  d.put(`\n${k.last}: `); d.person(r.chance(0.5) ? s.cust.family.toLocaleUpperCase() : s.cust.family, s.cust.parts)
  d.put(`\n${k.phone}: `)
  if (r.chance(0.35)) {
    phone(s, { emoji: false, ext: false, nr: false })(d)
    const e = d.entities[d.entities.length - 1]!
    const cut = d.text.slice(e.start, e.end).lastIndexOf(" ", Math.floor((e.end - e.start) * 0.6))
    // A narrow form field wraps the number: one span over the line break.
    if (cut > 1) d.text = d.text.slice(0, e.start + cut) + "\n" + d.text.slice(e.start + cut + 1)
  } else phone(s, { emoji: false, nr: false })(d)
  d.put(`\n${k.email}: `); f.mail!(d)
  if (s.loc.ssn && r.chance(0.6)) { d.put("\nSSN: "); f.ssn!(d) } else if (s.loc.nino && r.chance(0.6)) { d.put("\nNI number: "); f.nino!(d) }
  d.put(`\n${k.post}: `); f.post!(d)
  d.put(`\n${k.ref}: `); d.tpl(r.pick(REFS_OF[s.domain]), f)
  d.put(`\n${k.date}: `); f.date!(d); d.put(`, `); f.range!(d)
  d.put(`\n${k.note}: `); say(d, s, s.loc.w.topic[s.domain])
  if (r.chance(0.4)) { d.put(" "); say(d, s, s.loc.w.pay) }
  d.put("\nIP: "); f.ip!(d)
}

export function ticket(s: Scene, d: Draft): void {
  const r = s.r
  const k = s.loc.w.keys
  const f = fills(s)
  d.put(`### ${s.loc.biz[s.domain]} · `); d.tpl(r.pick(REFS_OF[s.domain]), f); d.put("\n\n")
  d.put(`| ${k.name} | ${k.phone} | ${k.date} |\n|---|---|---|\n| `)
  name(s, s.cust, r.pick(["full", "surnameCaps"] as const))(d); d.put(" | "); phone(s, { emoji: false, ext: false, nr: false })(d); d.put(" | "); f.date!(d); d.put(" |\n\n")
  d.put(`- **${k.email}:** `); f.email!(d); d.put(`\n- **${k.amount}:** `); f.amount!(d)
  d.put(`\n- **${k.time}:** `); f.range!(d); d.put("\n\n@"); d.person(s.agent.given.toLowerCase().replace(/\s+/g, ""), s.agent.parts)
  d.put(" "); say(d, s, s.loc.w.third[s.domain]); d.put("\n\n> "); say(d, s, s.loc.w.me); d.put("\n> "); contact(d, s, "\n> ")
  if (r.chance(0.3)) { d.put("\n\n`"); f.ip!(d); d.put("`") }
}

export function note(s: Scene, d: Draft): void {
  const f = fills(s)
  f.date!(d); d.put(" "); f.time!(d); d.put(" — "); name(s, s.agent, "given")(d); d.put(": ")
  name(s, s.cust, s.r.pick(["full", "title", "initial"] as const))(d); d.put(" (")
  phone(s, { emoji: false, ext: false })(d); d.put("). ")
  middle(d, s, " ")
  d.put(" ")
  contact(d, s, " ")
}

export function jobsheet(s: Scene, d: Draft): void {
  const r = s.r
  const k = s.loc.w.keys
  const f = fills(s)
  d.put(`${r.pick(["JOB SHEET", "Job sheet", "WORKSHEET"])} ${s.loc.biz[s.domain]}\n`)
  d.put(`${k.ref}: `); d.tpl(r.pick(REFS_OF[s.domain]), f); d.put(`   ${k.date}: `); f.date!(d)
  d.put(`\nEng./Staff: `); name(s, s.third, r.pick(["full", "caps", "initial"] as const))(d)
  if (s.domain === "boiler") { d.put(" — "); f.gasid!(d) }
  d.put(`\n${k.name}: `); name(s, s.cust, r.pick(["surnameCaps", "full", "caps"] as const))(d)
  d.put(`\n${k.phone}: `); phone(s, { emoji: false })(d); d.put(`   ${k.post}: `); f.post!(d)
  d.put(`\nIn/out: `); f.range!(d); d.put(" ("); f.dur!(d); d.put(")\n")
  say(d, s, s.loc.w.topic[s.domain]); d.put("\n")
  d.put(`${k.amount}: `); f.amount!(d)
  if (r.chance(0.35)) { d.put("\n"); say(d, s, s.loc.w.pay) }
}

/** A text with nobody in it: the business's numbers, everyday values, name-words. */
export function plain(s: Scene, d: Draft): void {
  const f = fills(s)
  const r = s.r
  const refs = REFS_OF[s.domain]
  d.put(`${s.loc.biz[s.domain]} · `); f.date!(d); d.put(" "); f.range!(d); d.put("\n")
  for (let i = 0; i < 3; i++) { d.put(`${s.loc.w.keys.ref}: `); d.tpl(r.pick(refs), f); d.put(r.pick([" · ", "\n"])) }
  f.amount!(d); d.put(" · "); f.dur!(d); d.put(" · app "); f.ver!(d); d.put("\n")
  say(d, s, s.loc.w.words); d.put(" ")
  lookalike(d, s)
}
