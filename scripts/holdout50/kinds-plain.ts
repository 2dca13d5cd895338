// The plain kinds: web chat, agent note, AI call summary, letter, voicemail transcript, and the notice (every eighth
// text: business numbers and lookalikes, no personal data).
import { cap, idLine, payLines } from "./kit.ts"
import type { Person, Style } from "./people.ts"
import type { Scene } from "./scene.ts"

export function chat(s: Scene): void {
  const { r, L } = s
  const c = s.person()
  const a = s.person()
  const cs = r.pick<Style>(["full", "call", "full", "lower"])
  const head = (p: Person, st: Style) => s.put("\n").stamp().put(" ").name(p, st).put(": ")
  s.put(`${s.biz.brand} · chat · `).date("medium")
  head(a, "call").say(L.speaking, { S: () => s.name(a, "call") })
  head(c, cs).say(L.hi, { N: () => s.name(c, r.pick<Style>(["full", "call", "lower"])) }, c).put(" ").say(L.about, {}, c)
  head(a, "call").say(L.thanks, {}, c)
  head(c, cs).say(L.reach, {}, c)
  head(c, cs)
  payLines(s, c)
  if (s.natIds) idLine(s, " ", ".")
  if (r.chance(0.45)) head(c, cs).word()
  const b = r.chance(0.5) ? s.person() : undefined
  head(a, "call").say(b ? L.colleague : L.ok, {}, c, b)
}

export function note(s: Scene): void {
  const { r, L } = s
  const c = s.person()
  const a = s.person()
  s.date().put(" ").time().put(" — ").name(a, r.pick<Style>(["CAPS-first", "full", "fam-first"])).put("\n")
  s.say(L.called, {}, c).put("\n")
  s.name(c, r.pick<Style>(["comma", "CAPS-first", "full", "caps"])).put(" — ").phone(c).put(", ").email(c).put("\n")
  s.bn().put(". ").say(L.when, {}, c).put("\n")
  payLines(s, c, "\n")
  idLine(s, "\n")
  if (r.chance(0.4)) s.put("\n").word()
  const b = s.person()
  s.put("\n").say(L.colleague, {}, c, b)
}

export function summary(s: Scene): void {
  const { r, L } = s
  const c = s.person()
  const a = s.person()
  const k = L.keys
  s.put(`✦ ${s.biz.brand} · AI summary · `).date().put(" ").time()
  s.put(`\n• ${k[0]}: `).name(c, r.pick<Style>(["CAPS-first", "comma", "full", "fam-first"])).put(" (").phone(c).put(")")
  s.put(`\n• ${k[1]}: `).say("{K}, {B}")
  s.put(`\n• ${k[5]}: `).email(c)
  s.put(`\n• ${k[2]}: `).phone(c)
  s.put(`\n• ${k[3]}: ${L.outcome}. `)
  payLines(s, c)
  idLine(s, " ", ".")
  s.put(`\n• ${k[4]}: `).name(a, r.pick<Style>(["full", "call"]))
  if (r.chance(0.35)) s.put("\n").word()
}

export function letter(s: Scene): void {
  const { r, L } = s
  const c = s.person()
  const a = s.person()
  s.put(`${s.biz.brand}\n`).date("long").put("\n\n")
  s.say(L.dear, { N: () => (r.chance(0.5) ? s.polite(c) : s.name(c, "full")) }, c).put("\n\n")
  s.say(cap(L.body), {}, c).put("\n")
  payLines(s, c, "\n")
  idLine(s, "\n")
  if (r.chance(0.4)) s.put("\n").word()
  s.put(`\n\n${L.regards}\n`).name(a, "full").put(`\n${s.biz.brand} · `).bizPhone().put(" · ").role()
}

export function voicemail(s: Scene): void {
  const { r, L } = s
  const c = s.person()
  s.put("☎ ")
  if (r.chance(0.7)) s.phone(c, "e164")
  else s.put("Withheld")
  s.put(` → ${s.biz.brand} · `).date("short").put(" ").time().put(` · 0:${20 + r.int(39)}\n`)
  s.low = true
  s.say(L.vmHi, { N: () => s.name(c, r.pick<Style>(["full", "full", "call"])) }, c).put(" ")
  s.say(L.about, {}, c).put(" ").say(L.vmCall, { P: () => s.saidPhone(c) }, c).put(" ").say(L.vmBye)
  s.low = false
}

export function notice(s: Scene): void {
  const { r, L } = s
  s.put(`${s.biz.brand} — `).say(L.notice[0]).put("\n").say(L.notice[1]).put("\n").say(L.notice[2])
  if (s.loc.bban && r.chance(0.6)) s.put("\n").say(L.badIban)
  if (s.natIds && r.chance(0.7)) s.put("\n").badNatId()
  if (r.chance(0.5)) s.put("\n").word()
  s.put("\n").bn().put(" · ").bn().put(" · ").bn()
}
