// Chats, emails, SMS, agent notes and call summaries.
import type { Ctx } from "./ctx.ts"
import { bye, cap, extra, hi, role, topics, word, writer } from "./compose.ts"
import { time } from "./local-formats.ts"
import { ascii } from "./people.ts"
import { DOMAIN_SLOTS } from "./plan.ts"
import type { Text } from "./text.ts"

const mins = (hm: number) => `${String(Math.floor(hm / 60) % 24).padStart(2, "0")}:${String(hm % 60).padStart(2, "0")}`

function chat(c: Ctx, t: Text): void {
  const w = writer(c, t, ["full", "given", "lower", "lower given"])
  const p = c.plan
  let clock = c.rng.int(8 * 60, 20 * 60)
  const agentTag = p.agent && !p.negOnly ? "{agent}" : c.loc.w.agent
  const custTag = !p.negOnly && c.rng.chance(0.35) ? "{given}" : c.loc.w.cust
  const turn = (who: string, body: () => void) => {
    clock += c.rng.int(0, 3)
    t.say("[").not("time", mins(clock)).say("] ")
    w.say(who)
    t.say(": ")
    body()
    t.say("\n")
  }
  turn(agentTag, () => t.say(`${hi(c)}! ${c.loc.w.help}`))
  turn(custTag, () => {
    t.say(`${hi(c)}, `)
    if (!p.negOnly) { w.say(c.rng.pick(c.loc.w.intro)); t.say(". ") }
    topics(w)
  })
  if (!p.negOnly && p.other) turn(custTag, () => { role(w); t.say(".") })
  if (p.phones) {
    turn(agentTag, () => t.say(c.loc.w.ask))
    turn(custTag, () => (c.rng.chance(0.5) ? w.say("{phone}") : w.say(cap(c.rng.pick(c.loc.w.call)))))
  }
  if (p.email) turn(custTag, () => w.say(cap(c.rng.pick(c.loc.w.mail))))
  for (const x of p.extras) if (x !== "ip") turn(custTag, () => extra(w, x))
  if (p.word) turn(custTag, () => word(w, ""))
  turn(agentTag, () => { t.say(`${c.loc.w.thanks}`); if (!p.negOnly && c.rng.chance(0.6)) { t.say(", "); w.say("{given}") } t.say(`. ${c.loc.w.done}`) })
}

function email(c: Ctx, t: Text): void {
  const w = writer(c, t, ["full", "full", "given"])
  const p = c.plan
  const slot = c.rng.pick(DOMAIN_SLOTS[c.domain])
  t.say(`Subject: ${c.loc.w.subject[c.domain]} – `)
  w.say(`{${slot}}`)
  t.say("\n")
  if (p.bizEmail) { t.say("To: "); t.pii("EMAIL", `${c.rng.pick(["help", "info", "kontakt", "desk"])}@${ascii(c.loc.brands[c.domain], c.loc.tag).slice(0, 18)}.${c.loc.cc.toLowerCase()}`); t.say("\n") }
  t.say("\n")
  t.say(`${hi(c)} `)
  if (p.agent && !p.negOnly && c.rng.chance(0.6)) w.say("{agent}")
  else t.say(c.loc.brands[c.domain])
  t.say(",\n\n")
  if (!p.negOnly) { w.say(cap(c.rng.pick(c.loc.w.intro))); t.say(". ") }
  topics(w)
  if (role(w, ". ", " ")) t.say(".")
  t.say("\n")
  for (const x of p.extras) if (x !== "ip") { extra(w, x, true); t.say("\n") }
  if (p.phones) { w.say(cap(c.rng.pick(c.loc.w.call))); t.say(". ") }
  if (p.email) { w.say(cap(c.rng.pick(c.loc.w.mail))); t.say(".") }
  if (p.ref) { t.say(`\n${c.keys.ref}: `); w.say("{ref}") }
  word(w, "\n")
  t.say(`\n\n${bye(c)},\n`)
  if (!p.negOnly) w.say(c.rng.chance(0.7) ? "{sig}" : "{given}")
  else t.say(c.loc.brands[c.domain])
}

function sms(c: Ctx, t: Text): void {
  const w = writer(c, t, ["lower given", "given", "lower", "full"])
  const p = c.plan
  if (c.rng.chance(0.45)) {
    t.say(`${c.loc.brands[c.domain]}: `)
    if (!p.negOnly) { t.say(`${hi(c)} `); w.say("{given}"); t.say(", ") }
    topics(w)
    if (p.phones) { t.say(` ${c.keys.phone}: `); w.say("{phone}") }
    word(w)
    return
  }
  t.say(`${hi(c).toLocaleLowerCase()} `)
  if (!p.negOnly) { w.say(c.rng.pick(c.loc.w.intro)); t.say(". ") }
  topics(w)
  if (role(w, " ", " ")) t.say(".")
  if (p.phones) { t.say(" "); w.say(c.rng.pick(c.loc.w.call)) }
  for (const x of p.extras) if (x !== "ip") { t.say(" "); extra(w, x) }
  word(w)
  t.say(` ${bye(c).toLocaleLowerCase()}`)
}

function note(c: Ctx, t: Text): void {
  const w = writer(c, t, ["full", "full", "FAMILY given", "given"])
  const p = c.plan
  w.say("{date} ")
  t.not("time", time(c.rng, c.f))
  t.say(" – ")
  if (!p.negOnly) { w.say("{name}"); t.say(": ") }
  topics(w)
  if (role(w, "; ", " ")) t.say(".")
  if (p.phones) { t.say(` ${c.keys.phone} `); w.say("{phone}") }
  if (p.email) { t.say(` / `); w.say("{email}") }
  for (const x of p.extras) if (x !== "ip") { t.say(". "); extra(w, x, true) }
  if (p.ref) { t.say(`. ${c.keys.ref} `); w.say("{ref}") }
  word(w)
  if (p.agent && !p.negOnly) { t.say(" /"); w.say("{agent}") }
}

function summary(c: Ctx, t: Text): void {
  const w = writer(c, t, ["full", "FAMILY given", "full"])
  const p = c.plan
  t.say(`${c.loc.w.summary} – ${c.loc.brands[c.domain]}\n`)
  if (!p.negOnly) { t.say(`${c.loc.w.caller}: `); w.say("{name}"); t.say("\n") }
  t.say(`${c.keys.date}: `); w.say("{date}"); t.say(" "); t.not("time", time(c.rng, c.f)); t.say("\n")
  topics(w)
  t.say("\n")
  if (role(w)) t.say(".\n")
  if (p.phones) { t.say(`${c.keys.phone}: `); w.say("{phone}"); t.say("\n") }
  if (p.email) { t.say(`${c.keys.email}: `); w.say("{email}"); t.say("\n") }
  for (const x of p.extras) if (x !== "ip") { extra(w, x); t.say("\n") }
  if (p.postcode) { t.say(`${c.keys.postcode}: `); w.say("{postcode}"); t.say("\n") }
  if (p.word) { w.say(p.word); t.say("\n") }
  if (p.agent && !p.negOnly) { t.say(`${c.keys.agent}: `); w.say("{agent}") }
}

export const PROSE: Record<string, (c: Ctx, t: Text) => void> = { chat, email, sms, note, summary }
