// Conversational kinds: chats, SMS, emails, forwarded mail, voicemails and call summaries.
import type { Draft } from "./draft.ts"
import { EMOJI, fills, lookalike, name, phone, say, type Scene } from "./fill.ts"
import { readOut } from "./spoken.ts"

/** One or two sentences of the business, a third party's sentence, and perhaps an everyday name-word. */
export function middle(d: Draft, s: Scene, sep: string): void {
  const w = s.loc.w
  say(d, s, w.topic[s.domain])
  d.put(sep)
  say(d, s, w.third[s.domain])
  if (s.r.chance(0.6)) { d.put(sep); say(d, s, w.words) }
}

/** Contact details and money, each with a chance, the phone nearly always. */
export function contact(d: Draft, s: Scene, sep: string): void {
  const w = s.loc.w
  const r = s.r
  say(d, s, w.call, r.chance(0.2) ? { phone: fills(s).phone2! } : r.chance(0.15) ? { phone: fills(s).link! } : {})
  if (r.chance(0.55)) { d.put(sep); say(d, s, w.mail) }
  if (r.chance(0.4)) { d.put(sep); say(d, s, w.pay) }
  if (w.id?.length && r.chance(0.8)) { d.put(sep); say(d, s, w.id) }
  if (r.chance(0.2)) { d.put(sep); lookalike(d, s) }
}

export function chat(s: Scene, d: Draft): void {
  const r = s.r
  const f = fills(s)
  const lower = r.chance(0.6)
  const tag = (who: "a" | "c") => {
    d.put("[")
    f.time!(d)
    d.put("] ")
    if (who === "a") name(s, s.agent, "given")(d)
    else name(s, s.cust, lower ? "lower" : "given")(d)
    d.put(": ")
  }
  tag("a"); say(d, s, s.loc.w.hi, {}, { given: lower ? "lower" : "given" }); d.put("\n")
  tag("c"); say(d, s, s.loc.w.me, {}, { name: lower ? "lower" : "full" }); d.put(" "); say(d, s, s.loc.w.topic[s.domain]); d.put("\n")
  tag("a"); say(d, s, s.loc.w.third[s.domain]); d.put("\n")
  tag("c"); contact(d, s, " "); if (r.chance(0.3)) d.put(` ${r.pick(EMOJI.slice(8))}`); d.put("\n")
  tag("a"); say(d, s, r.chance(0.5) ? s.loc.w.words : s.loc.w.thanks)
}

export function sms(s: Scene, d: Draft): void {
  const r = s.r
  say(d, s, s.loc.w.hi, {}, { given: r.chance(0.5) ? "lower" : "given" })
  d.put(" ")
  say(d, s, s.loc.w.topic[s.domain])
  d.put(" ")
  if (r.chance(0.5)) say(d, s, s.loc.w.call, { phone: fills(s).link! })
  else say(d, s, s.loc.w.call)
  d.put(r.pick([" ", "\n"]))
  say(d, s, s.loc.w.bye)
  d.put(" ")
  name(s, s.agent, "given")(d)
  if (r.chance(0.3)) d.put(` ${s.loc.biz[s.domain]}`)
}

export function email(s: Scene, d: Draft): void {
  const k = s.loc.w.keys
  d.put(`${k.subject}: `)
  say(d, s, [`${s.loc.biz[s.domain]} – {date}`, `${s.loc.biz[s.domain]} {time}`])
  d.put("\n\n")
  say(d, s, s.loc.w.hi)
  d.put("\n\n")
  middle(d, s, " ")
  d.put("\n")
  contact(d, s, "\n")
  d.put("\n\n")
  say(d, s, s.loc.w.bye)
  d.put("\n")
  name(s, s.agent, "full")(d)
  d.put(`\n${s.loc.biz[s.domain]} | `)
  phone(s, { emoji: false, ext: s.r.chance(0.4) })(d)
  d.put(" | ")
  fills(s).desk!(d)
}

export function fwd(s: Scene, d: Draft): void {
  const k = s.loc.w.keys
  const f = fills(s)
  d.put(`---------- ${s.r.pick(["Forwarded message", "Fwd", "Original Message"])} ----------\n${k.from}: `)
  name(s, s.cust, s.r.pick(["full", "caps", "surnameFirst"] as const))(d)
  d.put(" <"); f.email!(d); d.put(`>\n${k.sent}: `); f.date!(d); d.put(" "); f.time!(d)
  d.put(`\n${k.subject}: ${s.loc.biz[s.domain]}\n${k.to}: `); f.desk!(d); d.put("\n\n")
  say(d, s, s.loc.w.topic[s.domain], { phone: phone(s) }); d.put(" ")
  say(d, s, s.loc.w.third[s.domain]); d.put("\n\n")
  d.put("> "); say(d, s, s.loc.w.hi); d.put("\n> "); say(d, s, s.loc.w.me); d.put("\n> "); contact(d, s, "\n> ")
  d.put("\n> "); say(d, s, s.loc.w.bye); d.put("\n> "); name(s, s.cust, "given")(d)
}

export function voicemail(s: Scene, d: Draft): void {
  const r = s.r
  const f = fills(s)
  d.put(`${r.pick(["Voicemail", "VM", "🎙️ Voicemail"])} `); f.date!(d); d.put(" "); f.time!(d); d.put(" ("); f.dur!(d); d.put(")\n")
  d.put(r.pick(["Transcript: ", "Transcription: ", "[auto] "]))
  say(d, s, s.loc.w.vm, { phone: (x) => x.ent("PHONE", readOut(r, s.loc)) }, { name: r.chance(0.5) ? "lower" : "full" })
  d.put(" ")
  say(d, s, s.loc.w.topic[s.domain])
  if (r.chance(0.4)) { d.put(" "); say(d, s, s.loc.w.words) }
  d.put(" ")
  say(d, s, s.loc.w.thanks)
}

export function summary(s: Scene, d: Draft): void {
  const k = s.loc.w.keys
  const f = fills(s)
  d.put(`${s.r.pick(["Call summary", "Summary", "📋 Call"])} — `); f.date!(d); d.put(", "); f.range!(d); d.put("\n")
  d.put(`${k.name}: `); name(s, s.cust, s.r.pick(["full", "surnameCaps", "caps"] as const))(d)
  d.put(` · ${k.phone}: `); phone(s, { emoji: false })(d); d.put("\n")
  middle(d, s, "\n")
  d.put("\n")
  contact(d, s, "\n")
  d.put(`\n${k.note}: `); name(s, s.agent, "given")(d); d.put(", "); f.dur!(d)
}
