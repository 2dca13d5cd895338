// Conversations: chats, SMS, emails, call summaries and voicemail transcriptions.
import { fillTime } from "./fills.ts"
import { spoken } from "./spoken.ts"
import { bizMail, contact, extras, live, third, topics, word, writer } from "./writer.ts"
import type { Scene } from "./fills.ts"
import type { Draft } from "./text.ts"

export function chat(s: Scene, t: Draft): void {
  const w = writer(s, t, ["given", "lower", "full"])
  const who = s.plan.main
  let minute = s.rng.int(8 * 60, 19 * 60)
  const stamp = () => { minute += s.rng.int(0, 3); t.put("\n[").decoy("time", `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`).put("] ") }
  const me = (neg = false) => {
    stamp()
    if (!neg && live(w) && s.rng.chance(0.6)) { const low = s.rng.chance(0.35); t.name(low ? who.given.toLocaleLowerCase() : who.given, who.parts); t.put(": ") } else t.put("Client: ")
  }
  const desk = () => {
    stamp()
    if (live(w) && s.plan.agent) { w.f.agent!(t); t.put(": ") } else t.put("Support: ")
  }
  t.put("💬").put(` ${s.loc.biz[s.domain][0]}`)
  desk(); live(w) ? w.say(w.pick(s.loc.w.hi)) : t.put("👋")
  me(); live(w) ? w.say(w.pick(s.loc.w.me)) : t.put("…")
  desk(); topics(w)
  me(); contact(w, ""); if (!live(w) || !s.plan.phones && !s.plan.email) word(w, "")
  if (live(w) && s.plan.other) { desk(); third(w, "") }
  if (s.plan.extras.length) { me(); extras(w, "", ", ", "") }
  if (live(w) && (s.plan.phones || s.plan.email) && s.plan.word) { me(); word(w, "") }
  t.put("\n")
}

export function sms(s: Scene, t: Draft): void {
  const w = writer(s, t, ["lower", "given", "given"])
  if (live(w)) w.say(w.pick(s.loc.w.hi)); else t.put(s.loc.biz[s.domain][0] + ":")
  t.put(" ")
  topics(w)
  contact(w)
  word(w)
  extras(w)
  if (live(w) && s.rng.chance(0.5)) { t.put(" - "); w.f.name!(t) }
}

export function email(s: Scene, t: Draft): void {
  const w = writer(s, t, ["full", "full", "initial", "given", "upper"])
  t.put(`Subject: ${s.loc.biz[s.domain][0]}, `)
  w.f.date!(t)
  t.put("\n\n")
  if (live(w)) { w.say(w.pick(s.loc.w.hi)); t.put("\n\n"); w.say(w.pick(s.loc.w.me)); t.put(" ") }
  topics(w)
  third(w)
  contact(w)
  extras(w)
  word(w)
  if (live(w)) { t.put("\n\n"); w.say(w.pick(s.loc.w.bye)) }
  bizMail(w)
}

export function summary(s: Scene, t: Draft): void {
  const w = writer(s, t, ["full", "title", "caps-first", "initial"])
  t.put("📋 ").put(s.loc.tag.startsWith("en") ? "Call summary" : "Call summary / " + s.loc.w.keys.note).put(" (").decoy("time", fillTime(s)).put(")\n")
  if (live(w)) { t.put(`${s.loc.w.keys.name}: `); w.f.name!(t); t.put("\n") }
  t.put("- "); topics(w, "\n- ")
  if (live(w) && s.plan.other) { t.put("\n-"); third(w) }
  if (live(w) && (s.plan.phones || s.plan.email)) { t.put("\n-"); contact(w) }
  if (s.plan.extras.length) { t.put("\n-"); extras(w) }
  if (s.plan.word) { t.put("\n-"); word(w) }
  if (live(w) && s.plan.agent) { t.put("\n— "); w.f.agent!(t) }
}

export function voicemail(s: Scene, t: Draft): void {
  const w = writer(s, t, ["full", "given", "lower"])
  t.put(`🎙️ Voicemail `).decoy("time", fillTime(s)).put(`, 0:${String(s.rng.int(12, 58))}\n"`)
  if (live(w)) { w.say(w.pick(s.loc.w.vm)); t.put(" ") }
  topics(w)
  if (live(w) && s.plan.phones) { t.put(" … "); spoken(s, t); t.put(" …") }
  if (live(w) && s.plan.phones === 2) { t.put(" "); w.say(w.pick(s.loc.w.call)) }
  third(w)
  word(w)
  t.put('"')
  if (live(w) && s.plan.email) { t.put("\n"); contact({ ...w, s: { ...s, plan: { ...s.plan, phones: 0 } } }, "") }
  extras(w, "\n", "; ", "")
}
