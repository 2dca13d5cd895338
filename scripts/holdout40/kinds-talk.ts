// Kinds where people talk or write to each other: chat, email, sms, call summary, voicemail, forwarded mail.
import type { Draft } from "./draft.ts"
import { EMOJI, fills, lookalike, name, phone, say, type Scene } from "./fill.ts"
import { readOut } from "./spoken.ts"

const body = (d: Draft, s: Scene, n = 1) => { for (let i = 0; i < n; i++) { say(d, s, s.loc.w.topic[s.domain]); d.put(" ") } return d }
const words = (d: Draft, s: Scene) => say(d, s, s.loc.w.words)
const extras = (d: Draft, s: Scene) => {
  const r = s.r
  const sp = () => (/\s$/.test(d.text) ? d : d.put(" "))
  if (r.chance(0.3)) say(sp(), s, s.loc.w.card).put(".")
  if (r.chance(0.2)) say(sp(), s, s.loc.w.iban).put(".")
  if (s.loc.w.id && r.chance(s.domain === "staffing" ? 0.9 : 0.4)) say(sp(), s, s.loc.w.id).put(".")
  return d
}
const cap = (x: string) => x.charAt(0).toLocaleUpperCase() + x.slice(1)

/** Sentences that open lower case in the templates start a line here. */
function line(d: Draft, s: Scene, tpls: readonly string[], style?: { name?: "lower" | "full" | "given" }) {
  const t = s.r.pick(tpls)
  return d.tpl(cap(t), { ...fills(s, style ?? {}) })
}

export function chat(s: Scene, d: Draft): void {
  const r = s.r
  const w = s.loc.w
  const low = r.chance(0.5)
  const custTag = () => (r.chance(0.5) ? d.put(w.keys.customer) : name(s, s.cust, low ? "lower" : "full")(d))
  const agentTag = () => (r.chance(0.4) ? d.put(w.keys.agent) : name(s, s.agent, "given")(d))
  let min = r.int(8 * 60, 17 * 60)
  const stamp = () => { min += r.int(0, 3); d.put("["); d.neg("time", `${Math.floor(min / 60)}:${String(min % 60).padStart(2, "0")}`); d.put("] ") }
  stamp(); agentTag(); d.put(": "); say(d, s, w.agent); d.put("\n")
  stamp(); custTag(); d.put(": "); line(d, s, w.me, { name: low ? "lower" : "full" }); d.put(". "); body(d, s); d.put("\n")
  stamp(); custTag(); d.put(": "); line(d, s, r.chance(0.3) ? w.call2 : w.call); d.put(r.chance(0.5) ? "" : " " + r.pick(["🙏", "👍", "😊"]))
  if (r.chance(0.5)) { d.put(", "); say(d, s, w.mail) }
  d.put("."); extras(d, s); d.put("\n")
  stamp(); agentTag(); d.put(": "); if (r.chance(0.5)) { say(d, s, w.third[s.domain]); d.put(" ") } words(d, s); d.put("\n")
  stamp(); custTag(); d.put(": "); d.put(r.pick(w.thanks))
}

export function email(s: Scene, d: Draft): void {
  const r = s.r
  const w = s.loc.w
  d.put(`${w.keys.subject}: `).tpl(s.loc.biz[s.domain][0], {}).put("\n\n")
  const fromBusiness = r.chance(0.4)
  if (fromBusiness) {
    say(d, s, w.hi, {}, { given: r.chance(0.3) ? "title" : "given" }).put("\n\n")
    body(d, s, 2)
    if (r.chance(0.5)) say(d, s, w.third[s.domain])
    d.put("\n\n")
    say(d, s, w.bye, { name: name(s, s.agent, "full") }).put("\n").tpl(s.loc.biz[s.domain][0], {}).put("\n")
    phone(s, { emoji: r.chance(0.3) })(d)
    d.put(" · ").ent("EMAIL", `${r.pick(["info", "kontakt", "hello", "desk"])}@${s.loc.biz[s.domain][1]}`)
  } else {
    say(d, s, w.hi, { given: name(s, s.agent, "given") }).put("\n\n")
    line(d, s, w.me, { name: "full" }).put(". ")
    body(d, s)
    if (r.chance(0.4)) words(d, s)
    d.put("\n")
    line(d, s, r.chance(0.25) ? w.call2 : w.call).put(". ")
    extras(d, s)
    if (r.chance(0.3)) lookalike(d.put("\n"), s)
    d.put("\n\n")
    say(d, s, w.bye)
  }
}

export function sms(s: Scene, d: Draft): void {
  const r = s.r
  const w = s.loc.w
  if (r.chance(0.4)) {
    d.tpl(s.loc.biz[s.domain][0], {}).put(": ")
    say(d, s, w.hi, {}, { given: "given" }).put(" ")
    body(d, s)
    d.put(r.pick(w.thanks))
    return
  }
  say(d, s, w.hi, { given: name(s, s.agent, "lower") }).put(" ")
  say(d, s, w.me, {}, { name: "lower" }).put(r.pick([" ", ". ", " 🙂 "]))
  say(d, s, w.call).put(" ")
  if (r.chance(0.3)) words(d, s).put(" ")
  d.put(r.pick(w.thanks).toLocaleLowerCase())
}

export function summary(s: Scene, d: Draft): void {
  const r = s.r
  const w = s.loc.w
  const f = fills(s)
  d.put("📞 "); f.date!(d); d.put(" "); f.time!(d); d.put(" · "); f.dur!(d); d.put("\n")
  d.put(`${w.keys.customer}: ${r.chance(0.4) ? "👤 " : ""}`); name(s, s.cust, r.pick(["full", "capsFirst", "title"]))(d)
  d.put(" ("); phone(s, { emoji: false })(d); d.put(")\n")
  body(d, s, r.int(1, 2)).put("\n")
  if (r.chance(0.6)) say(d, s, w.third[s.domain]).put("\n")
  if (r.chance(0.5)) line(d, s, w.mail).put(".\n")
  extras(d, s)
  if (r.chance(0.35)) lookalike(d.put("\n"), s)
  if (r.chance(0.4)) { d.put(`\n${w.keys.ref}: `); f.pref!(d) }
  d.put(`\n${w.keys.agent}: `); name(s, s.agent, r.chance(0.5) ? "full" : "initial")(d)
}

export function voicemail(s: Scene, d: Draft): void {
  const r = s.r
  const w = s.loc.w
  const f = fills(s)
  d.put("🎙️ "); f.dur!(d); d.put(" — ")
  say(d, s, w.vm, {}, { name: r.chance(0.2) ? "given" : "full" }).put(r.pick(["... ", ", ", ". "]))
  body(d, s)
  d.tpl(r.pick(w.vmcall), { phone: (dd) => dd.ent("PHONE", readOut(r, s.loc)) }).put(r.pick(["... ", ". ", ", "]))
  if (r.chance(0.3)) d.tpl(r.pick(w.vmcall), { phone: (dd) => dd.ent("PHONE", readOut(r, s.loc)) }).put(". ")
  d.put(r.pick(w.thanks))
}

export function fwd(s: Scene, d: Draft): void {
  const r = s.r
  const w = s.loc.w
  const k = w.keys
  const f = fills(s)
  say(d, s, w.hi, { given: name(s, s.third, "given") }).put(" ")
  say(d, s, w.thanks).put("\n\n")
  d.put(`${k.fwd}\n${k.from}: `); name(s, s.cust, r.chance(0.3) ? "allCaps" : "full")(d); d.put(" <"); d.ent("EMAIL", s.email); d.put(">\n")
  d.put(`${k.sent}: `); f.date!(d); d.put(" "); f.time!(d); d.put("\n")
  d.put(`${k.subject}: `); d.tpl(s.loc.biz[s.domain][0], {}); d.put("\n")
  d.put(`${k.to}: `).ent("EMAIL", `${r.pick(["info", "post", "desk"])}@${s.loc.biz[s.domain][1]}`).put("\n\n")
  d.put("> "); say(d, s, w.hi, { given: name(s, s.agent, "given") }).put("\n> ")
  body(d, s).put("\n> ")
  line(d, s, r.chance(0.3) ? w.call2 : w.call).put(".\n> ")
  extras(d, s)
  if (r.chance(0.3)) { d.put("\n> "); words(d, s) }
  d.put("\n> ")
  d.tpl(r.pick(w.bye).replace(/\n/g, "\n> "), fills(s, { name: "full" }))
  if (r.chance(0.2)) d.put(" " + r.pick(EMOJI))
}
